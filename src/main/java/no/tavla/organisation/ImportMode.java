package no.tavla.organisation;

/** Whether an HR import is the whole organisation (people missing from it have left) or only some changes. */
public enum ImportMode {
    /** The files list everyone: people with an employee number who are missing from them are deactivated. */
    FULL,
    /** The files list some units and people: nobody else is touched. */
    PARTIAL
}
