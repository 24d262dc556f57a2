package no.tavla.organisation;

import java.util.Optional;
import java.util.Set;

/**
 * How much of each person someone sees in the people administration (decision 0011): administrators everyone in
 * full; a manager their own staff in full but for the employee number; everyone else who may look (other managers,
 * communications) what the directory shows (name, title, unit, work contact, who does what), and only of people who
 * work here now. The employee number is for administrators, and for the person themselves.
 */
public record PersonSight(boolean administrator, Optional<Long> self, Set<Long> ownStaffUnits, boolean looks) {

    public PersonSight {
        ownStaffUnits = Set.copyOf(ownStaffUnits);
    }

    /** How much of this person: by their id and primary unit. */
    public PersonView of(long personId, Long primaryUnitId) {
        if (administrator || self.filter(id -> id == personId).isPresent()) {
            return PersonView.FULL;
        }
        if (primaryUnitId != null && ownStaffUnits.contains(primaryUnitId)) {
            return PersonView.STAFF;
        }
        return looks ? PersonView.DIRECTORY : PersonView.NONE;
    }

    /** The levels, from most to nothing. */
    public enum PersonView {
        /** Everything, the employee number too. */
        FULL,
        /** Everything a manager needs of their own staff (work computer, left), not the employee number. */
        STAFF,
        /** What the directory shows anyone: name, title, unit, work contact, responsibilities. */
        DIRECTORY,
        NONE;

        public boolean employeeNumber() {
            return this == FULL;
        }

        public boolean staffDetails() {
            return this == FULL || this == STAFF;
        }
    }
}
