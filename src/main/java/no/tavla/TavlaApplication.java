package no.tavla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tavla: the intranet news and notice board for municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TavlaApplication {

    public static void main(String[] args) {
        SpringApplication.run(TavlaApplication.class, args);
    }
}
