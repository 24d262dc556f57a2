package no.tavla.crisis;

import java.util.List;

/**
 * What communications keep ready for a crisis, shown on every crisis page: the emergency plan (beredskapsplanen, a
 * page on the intranet or an address) and whom to call.
 *
 * @param planName what the link says, e.g. "Beredskapsplan for Eksempel kommune"; null when none is set
 * @param planUrl  an https address, or a path on Tavla ({@code /units/BER}); null when none is set
 */
public record Preparedness(String planName, String planUrl, List<Contact> contacts) {

    /** Someone to call: a name, what they are (e.g. "Kriseledelsen, vakttelefon"), and the number. */
    public record Contact(String name, String role, String phone) {
    }

    public static final Preparedness NONE = new Preparedness(null, null, List.of());

    public Preparedness {
        contacts = List.copyOf(contacts);
    }

    public boolean hasPlan() {
        return planUrl != null;
    }
}
