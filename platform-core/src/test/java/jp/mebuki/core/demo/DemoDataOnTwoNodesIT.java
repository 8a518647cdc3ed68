package jp.mebuki.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.mebuki.core.CoreTestApplication;
import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/**
 * Two nodes that reach their demo data at the same moment on one empty PostgreSQL database: both start, and the demo data is
 * there once (the loaders wait for each other on {@link DemoDataLock}; without it the second node's insert of
 * the same programme or user fails on its unique key and that node does not start).
 */
class DemoDataOnTwoNodesIT {

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartAndLoadTheDemoDataOnce() throws Exception {
        String url = EmbeddedPostgresSupport.freshDatabaseUrl();
        String user = EmbeddedPostgresSupport.USER;
        Flyway.configure().dataSource(url, user, user).load().migrate();
        // both nodes reach their demo data at the same moment: the programme table stays locked until both wait
        Connection gate = DriverManager.getConnection(url, user, user);
        gate.setAutoCommit(false);
        try (Statement lock = gate.createStatement()) {
            lock.execute("lock table programme in access exclusive mode");
        }
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            starting.add(starter.submit(() -> new SpringApplicationBuilder(CoreTestApplication.class)
                    .web(WebApplicationType.NONE)
                    // arguments, as the test's application.properties would win over default properties
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                            "--spring.datasource.password=" + user)));
        }
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (waitingForLocks(url) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(waitingForLocks(url)).as("both nodes wait at the gate").isEqualTo(2);
            gate.rollback();
            for (Future<ConfigurableApplicationContext> node : starting) {
                nodes.add(node.get(3, TimeUnit.MINUTES));
            }
            JdbcClient jdbc = nodes.get(0).getBean(JdbcClient.class);

            assertThat(count(jdbc, "select count(*) from programme where code = '"
                    + DemoDataLoader.GAP_FUND_PROGRAMME + "'")).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from app_user where username = 'pm.sato'")).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from app_user where username = '"
                    + MentoringDemoData.MENTORS.get(0).username() + "'")).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from funding_call where code = '" + DemoDataLoader.OPEN_CALL + "'"))
                    .isEqualTo(1);
        } finally {
            gate.close();
            nodes.forEach(ConfigurableApplicationContext::close);
            starter.shutdownNow();
        }
    }

    /** Sessions of this database that wait for a lock: the two nodes, once both have reached the gate. */
    private static int waitingForLocks(String url) throws Exception {
        // a connection of its own: inside a transaction pg_stat_activity keeps showing its first snapshot
        String user = EmbeddedPostgresSupport.USER;
        try (Connection connection = DriverManager.getConnection(url, user, user);
                Statement query = connection.createStatement(); ResultSet result = query.executeQuery(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
