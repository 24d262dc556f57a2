package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/** What ./mvnw spring-boot:run shows a newcomer: the demo, not Vaadin's development tools over the header. */
class LocalProfileTest {

    private static PropertySourcesPropertyResolver local(Map<String, Object> environment) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("environment", environment));
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("local",
                new ClassPathResource("application-local.yaml"))) {
            sources.addLast(source);
        }
        return new PropertySourcesPropertyResolver(sources);
    }

    @Test
    void theDemoStartsWithoutVaadinsDevelopmentToolsUnlessADeveloperAsks() throws IOException {
        assertThat(local(Map.of()).getProperty("vaadin.devmode.devTools.enabled", Boolean.class)).isFalse();
        assertThat(local(Map.of("TAVLA_DEV_TOOLS", "true")).getProperty("vaadin.devmode.devTools.enabled",
                Boolean.class)).isTrue();
    }
}
