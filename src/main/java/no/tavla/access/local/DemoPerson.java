package no.tavla.access.local;

import java.util.List;

/**
 * A person offered on the local sign-in page.
 *
 * @param subject        the OpenID subject
 * @param name           full name
 * @param title          job title and unit, as shown on the sign-in page
 * @param kind           what this person shows of Tavla (employee, editor, ...), as shown on the sign-in page
 * @param employeeNumber the HR employee number
 * @param roles          global roles sent in the {@code roles} claim
 */
public record DemoPerson(String subject, String name, String title, String kind, String employeeNumber,
                         List<String> roles) {

    public String email() {
        String local = name.toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replaceAll("[^a-z]+", ".");
        return local + "@demo.kommune.no";
    }

    /** The demo people of the local sign-in: one of each kind. Issue 3 gives them units and unit roles. */
    public static List<DemoPerson> all() {
        return List.of(
                new DemoPerson("demo-kari", "Kari Nordmann", "Helsefagarbeider, hjemmetjenesten",
                        "Ansatt uten PC / employee without a PC", "10001", List.of()),
                new DemoPerson("demo-jonas", "Jonas Berg", "Rådgiver, plan og bygg",
                        "Ansatt / employee", "10002", List.of()),
                new DemoPerson("demo-ola", "Ola Hansen", "Rektor, Solberg skole",
                        "Hovedredaktør / unit editor", "10003", List.of()),
                new DemoPerson("demo-per", "Per Lie", "Virksomhetsleder, hjemmetjenesten",
                        "Leder / manager", "10004", List.of()),
                new DemoPerson("demo-ingrid", "Ingrid Solheim", "Kommunikasjonsrådgiver",
                        "Kommunikasjon / communications", "10005", List.of("COMMUNICATIONS")),
                new DemoPerson("demo-siri", "Siri Dahl", "Systemansvarlig, IKT",
                        "Administrator", "10006", List.of("ADMIN")));
    }
}
