package no.tavla.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this Tavla: the municipality's name and logo, shown in the shell and on printouts.
 *
 * @param name    e.g. "Løten kommune" ({@code TAVLA_MUNICIPALITY_NAME})
 * @param logoUrl path or URL of the logo ({@code TAVLA_MUNICIPALITY_LOGO}); the default is the profile's logo
 */
@ConfigurationProperties("tavla.municipality")
public record MunicipalityProperties(
        @DefaultValue("Demo kommune") String name,
        @DefaultValue("/profile/logo.svg") String logoUrl) {

    public MunicipalityProperties {
        if (name == null || name.isBlank()) {
            throw new ConfigurationProblem("TAVLA_MUNICIPALITY_NAME", "is empty",
                    "Set TAVLA_MUNICIPALITY_NAME to the municipality's name, e.g. \"Løten kommune\".");
        }
        if (logoUrl == null || logoUrl.isBlank()) {
            throw new ConfigurationProblem("TAVLA_MUNICIPALITY_LOGO", "is empty",
                    "Leave TAVLA_MUNICIPALITY_LOGO unset for the profile's logo, or give a path or https URL.");
        }
    }
}
