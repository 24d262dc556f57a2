package no.tavla.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A second Tavla on the tests' database, with its own scheduler, ShedLock executor, listeners and (local profile)
 * mail server: what two instances behind a load balancer are. Close it when done.
 */
public final class SecondTavla {

    private SecondTavla() {
    }

    /**
     * Starts it on free ports.
     *
     * @param extra  the test's own components to add to it
     * @param args   further settings, as command-line arguments ({@code --tavla.news.release-check=PT1H})
     */
    public static ConfigurableApplicationContext start(List<Class<?>> extra, String... args) {
        List<Class<?>> sources = new ArrayList<>(List.of(no.tavla.TavlaApplication.class));
        sources.addAll(extra);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tavla.local.sign-in-port=0"));
        arguments.addAll(Arrays.asList(args));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .profiles("local", "test")
                .initializers(context -> context.getBeanFactory().registerSingleton("skipTestClasses",
                        new SkipTestClasses()))
                // command-line arguments, not properties(): those are only defaults, which application.yaml's
                // ${PORT:8080} would override (a Tavla running here holds 8080)
                .run(arguments.toArray(String[]::new));
    }

    /** Like the test contexts, the second instance does not pick up the tests' own classes when it scans. */
    static final class SkipTestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws java.io.IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestClasses;
        }

        @Override
        public int hashCode() {
            return SkipTestClasses.class.hashCode();
        }
    }
}
