package no.tavla.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real MariaDB (the embedded one, or the server in {@code SPRING_DATASOURCE_URL}) with the
 * local sign-in on a free port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"local", "test"})
public @interface TavlaIntegrationTest {
}
