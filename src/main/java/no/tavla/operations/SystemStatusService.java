package no.tavla.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import no.tavla.access.SignInInfo;
import no.tavla.access.TavlaRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Tells administrators how this Tavla runs. */
@Service
@PreAuthorize("hasRole('" + TavlaRoles.ADMIN + "')")
public class SystemStatusService {

    private final DataSource dataSource;
    private final SignInInfo signIn;
    private final Clock clock;
    private final Environment environment;
    private final ObjectProvider<BuildProperties> build;

    SystemStatusService(DataSource dataSource, SignInInfo signIn, Clock clock, Environment environment,
                        ObjectProvider<BuildProperties> build) {
        this.dataSource = dataSource;
        this.signIn = signIn;
        this.clock = clock;
        this.environment = environment;
        this.build = build;
    }

    public SystemStatus status() {
        String database;
        String url;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            url = withoutParameters(meta.getURL());
        } catch (SQLException e) {
            database = "unavailable: " + e.getMessage();
            url = "";
        }
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        return new SystemStatus(version, database, embedded, url, signIn.issuer(), signIn.local(), clock.getZone(),
                clock.instant());
    }

    /** The address alone: driver parameters may carry a user or a password, and operators do not need them here. */
    static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
