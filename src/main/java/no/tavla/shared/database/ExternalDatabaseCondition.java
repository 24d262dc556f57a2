package no.tavla.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a database server is configured ({@code SPRING_DATASOURCE_URL}); Tavla then never starts its own. */
final class ExternalDatabaseCondition implements Condition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isExternal(context.getEnvironment().getProperty(URL_PROPERTY));
    }

    static boolean isExternal(String url) {
        return url != null && !url.isBlank();
    }

    /** The opposite: no server configured, so the embedded one is used. */
    static final class Absent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isExternal(context.getEnvironment().getProperty(URL_PROPERTY));
        }
    }
}
