package no.tavla.organisation;

/**
 * The two CSV files of an HR import, as uploaded or sent by the nightly sync. Either may be empty when only the other
 * is imported; both empty is refused.
 *
 * @param units  the unit file (kode;navn;type;overordnet;...) or null
 * @param people the people file (ansattnummer;navn;e-post;stilling;enhet;...) or null
 */
public record ImportFiles(byte[] units, byte[] people) {

    public ImportFiles {
        units = units == null ? new byte[0] : units;
        people = people == null ? new byte[0] : people;
    }
}
