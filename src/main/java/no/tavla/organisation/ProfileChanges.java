package no.tavla.organisation;

/** What everyone keeps up to date about themselves: how to reach them and who does what. */
public record ProfileChanges(String phone, String responsibilities, String tags) {
}
