/**
 * The organisation: the unit tree (sector, unit, department, project rooms), the people in it with their unit roles,
 * the HR import and the unit pages. Empty until issue 3 fills it; its tables will live in {@code db/organisation/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package no.tavla.organisation;
