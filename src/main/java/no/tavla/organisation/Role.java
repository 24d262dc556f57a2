package no.tavla.organisation;

/** The roles beyond employee, which everyone signed in is. */
public enum Role {
    /** Hovedredaktør: posts for a unit and its sub-units. */
    EDITOR(true),
    /** Leder: follows up reach and prints notices for a unit and its sub-units. */
    MANAGER(true),
    /** The communications unit: approves and prioritises organisation-wide and external items. */
    COMMUNICATIONS(false),
    /** Systemansvarlig: units, people, roles, import, settings. */
    ADMIN(false),
    /**
     * Kriseledelse: the mayor, the chief executive and the crisis staff, who with communications switch crisis mode on
     * and off and post its updates. Granted by administrators, who do not hold it by being administrators.
     */
    CRISIS(false);

    private final boolean unitScoped;

    Role(boolean unitScoped) {
        this.unitScoped = unitScoped;
    }

    /** Unit-scoped roles hold for one unit and everything below it; the others hold everywhere. */
    public boolean unitScoped() {
        return unitScoped;
    }
}
