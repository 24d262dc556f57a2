package no.tavla.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;

class ExternalDatabaseWaitTest {

    @Test
    void anUnreachableDatabaseStopsStartUpWithAClearMessageAfterTheRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/tavla?password=hemmelig";
        assertThatThrownBy(() -> new ExternalDatabaseWait(url, "tavla", "x", 2, Duration.ZERO).untilReachable())
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("2 attempts")
                .hasMessageNotContaining("hemmelig");
    }

    @Test
    void aRefusedUserIsExplainedWithBothLikelyCauses() {
        ConfigurationProblem problem = ExternalDatabaseWait.refused("tavla", new java.sql.SQLException(
                "Access denied for user 'tavla'@'localhost' (using password: YES)", "28000", 1045));
        assertThat(problem.getMessage()).contains("refused the user 'tavla'", "Access denied")
                .contains("SPRING_DATASOURCE_USERNAME").contains("SPRING_DATASOURCE_PASSWORD");
        assertThat(problem.fix()).contains("anonymous account", "mariadb-secure-installation", "''@'localhost'");
    }

    @Test
    void aUrlForAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> new ExternalDatabaseWait("jdbc:postgresql://db/tavla", "u", "p", 1, Duration.ZERO)
                .untilReachable())
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("not a MariaDB JDBC URL");
    }

    @Test
    void passwordsInTheUrlAreNeverLogged() {
        assertThat(ExternalDatabaseWait.redacted("jdbc:mariadb://db/tavla?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:mariadb://db/tavla?user=a&password=***&ssl=true");
    }
}
