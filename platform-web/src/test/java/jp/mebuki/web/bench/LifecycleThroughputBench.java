package jp.mebuki.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;
import jp.mebuki.web.cluster.ClusterNode;
import jp.mebuki.web.cluster.RecordingMailServer;
import jp.mebuki.web.cluster.ScreeningDriver;
import jp.mebuki.web.support.MutableClock;

/**
 * Bench (Maven profile {@code bench}): gap-fund applications from submit through eligibility, three
 * reviews and the decision, driven in process through the platform's own services, against the same
 * BPMN and DMN on a bare engine with no-op delegates; same JVM, same database kind (a separate
 * database each, on the same PostgreSQL server or as H2 files), history FULL, job executors on.
 * Each side first runs a warm-up batch. {@code -Dbench.applications=5000} for the full size
 * (default 500 on the 2-core machine). Writes {@code target/bench/lifecycle-throughput.txt}.
 */
class LifecycleThroughputBench {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 500);
    private static final int WARM_UP = 50;

    @Test
    void comparesThePlatformWithTheBareEngine() throws Exception {
        StringBuilder report = new StringBuilder("date: " + Instant.now() + ", applications per run: " + APPLICATIONS
                + ", history FULL\n");
        for (String database : new String[] { "H2", "PostgreSQL" }) {
            double bare = bare(database);
            double platform = platform(database);
            report.append(String.format("%-10s bare engine %7.1f applications/s, platform %7.1f applications/s, ratio %.0f%%%n",
                    database, bare, platform, 100 * platform / bare));
        }
        Path file = Path.of("target", "bench", "lifecycle-throughput.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private double bare(String database) throws IOException {
        Map<String, Object> db = database(database);
        try (BareEngine engine = new BareEngine((String) db.get("spring.datasource.url"),
                (String) db.get("spring.datasource.username"), (String) db.get("spring.datasource.password"))) {
            runBare(engine, 0, WARM_UP);
            Instant start = Instant.now();
            runBare(engine, WARM_UP, APPLICATIONS);
            return APPLICATIONS / seconds(start);
        }
    }

    private static void runBare(BareEngine engine, int first, int count) {
        for (int i = 0; i < count; i++) {
            engine.start(first + i + 1L);
        }
        engine.reviewEverything();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> engine.decideTasks() == count);
        engine.decideEverything();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> engine.running() == 0);
    }

    private double platform(String database) throws IOException {
        try (ClusterNode node = ClusterNode.start("throughput", database(database), new MutableClock(),
                new RecordingMailServer(), "--logging.level.jp.mebuki=WARN")) {
            runPlatform(node, WARM_UP);
            Instant start = Instant.now();
            runPlatform(node, APPLICATIONS);
            return APPLICATIONS / seconds(start);
        }
    }

    private static void runPlatform(ClusterNode node, int count) {
        // waiting is measured with the same cheap count as on the bare engine; the work goes through the services
        TaskService tasks = node.bean(TaskService.class);
        for (int i = 0; i < count; i++) {
            ScreeningDriver.submit(node, ScreeningDriver.APPLICANTS.get(i % ScreeningDriver.APPLICANTS.size()),
                    "Throughput " + i);
        }
        ScreeningDriver.reviewEverything(node);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> tasks.createTaskQuery().taskDefinitionKey("UserTaskDecide").count() == count);
        ScreeningDriver.decideEverything(node);
        RuntimeService runtime = node.bean(RuntimeService.class);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> runtime.createProcessInstanceQuery().count() == 0);
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    private static Map<String, Object> database(String kind) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        if (kind.equals("H2")) {
            Path dir = Files.createTempDirectory("mebuki-bench");
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("bench-" + UUID.randomUUID()));
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        } else {
            EmbeddedPostgresSupport.registerFreshDatabase((name, value) -> properties.put(name, value.get()));
        }
        return properties;
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
