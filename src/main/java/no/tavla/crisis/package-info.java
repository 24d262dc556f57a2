/**
 * Crisis mode (decision 0020): one switch, for the crisis staff and communications, that replaces the normal plan while
 * it lasts; and a drill mode (øvelse) to practise it. The crisis in force, its scope, updates, confirmations and log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crisis")
package no.tavla.crisis;
