package no.tavla.access;

/** The global roles, as Spring Security role names (without the {@code ROLE_} prefix). */
public final class TavlaRoles {

    /** Everyone signed in. */
    public static final String EMPLOYEE = "EMPLOYEE";
    /** The communications unit (kommunikasjonsenheten). */
    public static final String COMMUNICATIONS = "COMMUNICATIONS";
    /** The system administrators (systemansvarlig). */
    public static final String ADMIN = "ADMIN";
    /** A monitoring system holding the metrics token; never a person. */
    public static final String METRICS = "METRICS";

    private TavlaRoles() {
    }
}
