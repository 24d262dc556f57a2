/**
 * What IT operators need to see: the running version, the database, the sign-in and the clock, for administrators
 * only. Health and metrics are served by Spring Boot Actuator and guarded in {@code access}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package no.tavla.operations;
