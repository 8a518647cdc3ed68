package jp.mebuki.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;
import jp.mebuki.web.support.MutableClock;

/**
 * Bench (Maven profile {@code bench}, not part of {@code verify}): how much PostgreSQL grows per finished
 * gap-fund application, history level FULL. Drives N applications from submit through three reviews to
 * the PM's decision on one node, measures every table before and after (after {@code VACUUM FULL}, i.e.
 * live data only) and extrapolates linearly to 10,000 applications. Writes
 * {@code target/bench/database-size.txt}.
 */
class DatabaseSizeBench {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 300);

    private final MutableClock clock = new MutableClock();
    private final RecordingMailServer mail = new RecordingMailServer();
    private final List<ClusterNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(ClusterNode::close);
    }

    @Test
    void measuresTheDatabaseGrowthPerFinishedApplication() throws Exception {
        Map<String, Object> database = new HashMap<>();
        EmbeddedPostgresSupport.registerFreshDatabase((name, value) -> database.put(name, value.get()));
        ClusterNode node = ClusterNode.start("bench", database, clock, mail);
        nodes.add(node);

        Map<String, Long> before = tableSizes(database);
        List<ApplicationId> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            ids.add(ScreeningDriver.submit(node, ScreeningDriver.APPLICANTS.get(i % ScreeningDriver.APPLICANTS.size()),
                    "Size bench application " + i));
        }
        ScreeningDriver.awaitEligibilityChecks(node, Duration.ofMinutes(10));
        ScreeningDriver.reviewEverything(node);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ScreeningDriver.decideTasks(node).size() == APPLICATIONS);
        ScreeningDriver.decideEverything(node);
        RuntimeService runtime = node.bean(RuntimeService.class);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> runtime.createProcessInstanceQuery().count() == 0);
        assertThat(node.bean(HistoryService.class).createHistoricProcessInstanceQuery().completed().count())
                .isEqualTo(APPLICATIONS);
        Map<String, Long> after = tableSizes(database);

        Map<String, Long> growth = new TreeMap<>();
        after.forEach((table, size) -> growth.merge(group(table), size - before.getOrDefault(table, 0L), Long::sum));
        long total = growth.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder report = new StringBuilder();
        report.append("date: ").append(Instant.now()).append('\n');
        report.append("applications finished: ").append(APPLICATIONS).append(" (submit, 3 reviews, decision), history FULL\n");
        report.append(String.format("growth: %,d bytes = %,.1f KiB per application%n", total, total / 1024.0 / APPLICATIONS));
        report.append(String.format("extrapolated to 10,000 applications: %,.0f MiB%n",
                total / (double) APPLICATIONS * 10_000 / 1024 / 1024));
        growth.forEach((group, bytes) -> report.append(String.format("  %-22s %,12d bytes  %,8.1f KiB/application%n",
                group, bytes, bytes / 1024.0 / APPLICATIONS)));
        Path file = Path.of("target", "bench", "database-size.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(total).isPositive();
    }

    private static String group(String table) {
        if (table.startsWith("act_hi_")) {
            return "engine history";
        }
        if (table.startsWith("act_ru_")) {
            return "engine runtime";
        }
        if (table.startsWith("act_")) {
            return "engine other";
        }
        return "domain (Flyway)";
    }

    /** Total size (table, indexes, TOAST) of every table after VACUUM FULL, i.e. live rows only. */
    private static Map<String, Long> tableSizes(Map<String, Object> database) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum full");
            Map<String, Long> sizes = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    select c.relname, pg_total_relation_size(c.oid) from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r'""")) {
                while (rows.next()) {
                    sizes.put(rows.getString(1).toLowerCase(), rows.getLong(2));
                }
            }
            return sizes;
        }
    }
}
