package no.tavla.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The service checks the caller again, whatever the view did. */
@TavlaIntegrationTest
class SystemStatusServiceIT {

    @Autowired
    SystemStatusService service;

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorSeesHowTavlaRuns() {
        SystemStatus status = service.status();
        assertThat(status.database()).contains("MariaDB");
        boolean external = System.getenv("SPRING_DATASOURCE_URL") != null;
        assertThat(status.embeddedDatabase()).isEqualTo(!external);
        assertThat(status.localSignIn()).isTrue();
        assertThat(status.zone().getId()).isEqualTo("Europe/Oslo");
        assertThat(status.databaseUrl()).startsWith("jdbc:mariadb://").doesNotContain("?")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    @WithMockUser(roles = {"EMPLOYEE", "COMMUNICATIONS"})
    void anyoneElseIsRefusedByTheServiceItself() {
        assertThatThrownBy(() -> service.status()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> service.status())
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }
}
