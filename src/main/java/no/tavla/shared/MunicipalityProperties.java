package no.tavla.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this Tavla: the municipality's name and logo, shown in the shell and on printouts.
 *
 * @param name    e.g. "Løten kommune" ({@code TAVLA_MUNICIPALITY_NAME})
 * @param logoUrl path or URL of the logo ({@code TAVLA_MUNICIPALITY_LOGO}); the default is the profile's logo
 * @param accessibilityContact where staff report what they cannot use ({@code TAVLA_ACCESSIBILITY_CONTACT}): an
 *                             e-mail address or a phone number; empty: the IT service desk, unnamed
 * @param accessibilityStatementUrl the municipality's published statement on uustatus.no
 *                                  ({@code TAVLA_ACCESSIBILITY_STATEMENT_URL}); empty: none linked
 */
@ConfigurationProperties("tavla.municipality")
public record MunicipalityProperties(
        @DefaultValue("Demo kommune") String name,
        @DefaultValue("/profile/logo.svg") String logoUrl,
        @DefaultValue("") String accessibilityContact,
        @DefaultValue("") String accessibilityStatementUrl) {

    public MunicipalityProperties {
        if (name == null || name.isBlank()) {
            throw new ConfigurationProblem("TAVLA_MUNICIPALITY_NAME", "is empty",
                    "Set TAVLA_MUNICIPALITY_NAME to the municipality's name, e.g. \"Løten kommune\".");
        }
        if (logoUrl == null || logoUrl.isBlank()) {
            throw new ConfigurationProblem("TAVLA_MUNICIPALITY_LOGO", "is empty",
                    "Leave TAVLA_MUNICIPALITY_LOGO unset for the profile's logo, or give a path or https URL.");
        }
        accessibilityContact = accessibilityContact == null ? "" : accessibilityContact.strip();
        accessibilityStatementUrl = accessibilityStatementUrl == null ? "" : accessibilityStatementUrl.strip();
        if (!accessibilityStatementUrl.isEmpty() && !accessibilityStatementUrl.startsWith("https://")) {
            throw new ConfigurationProblem("TAVLA_ACCESSIBILITY_STATEMENT_URL", "is not an https address",
                    "Give the https address of the municipality's statement, e.g. https://uustatus.no/nb/erklaringer/publisert/...");
        }
    }
}
