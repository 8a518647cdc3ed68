package jp.mebuki.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, started once per test JVM from the binaries on Maven Central
 * (no installed server needed). Each Spring context gets its own database, so contexts never see
 * each other's rows.
 */
public final class EmbeddedPostgresSupport {

    /** The server's user name, also its password. */
    public static final String USER = "postgres";

    private static EmbeddedPostgres server;
    private static int databases;

    private EmbeddedPostgresSupport() {
    }

    /** Creates a fresh database and points the Spring datasource at it. */
    public static void registerFreshDatabase(DynamicPropertyRegistry registry) {
        String url = freshDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> USER);
    }

    /** Creates a fresh database and answers its JDBC URL (user and password {@value #USER}). */
    public static synchronized String freshDatabaseUrl() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresSupport::stop));
            }
            String database = "mebuki_" + (++databases);
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database " + database);
            }
            return server.getJdbcUrl(USER, database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
