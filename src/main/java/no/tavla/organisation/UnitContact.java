package no.tavla.organisation;

/** A unit's contact details; empty strings for what it does not have. */
public record UnitContact(String email, String phone, String visitingAddress) {

    public UnitContact {
        email = email == null ? "" : email.trim();
        phone = phone == null ? "" : phone.trim();
        visitingAddress = visitingAddress == null ? "" : visitingAddress.trim();
    }
}
