package jp.mebuki.web.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Drafts;

/**
 * Bench (Maven profile {@code bench}): the packaged jar as its own process with {@code -Xmx512m}, on a
 * file H2 database and on PostgreSQL (an embedded server of this JVM, the app with the {@code postgres}
 * profile). 8 clients create and submit applications (with Idempotency-Keys); the moment a client has
 * the {@value #DEFAULT_ACKNOWLEDGED_BEFORE_KILL}th acknowledgement of a submit, it kills the process
 * with SIGKILL, so the last acknowledged commits are as young as they can be; the process is started
 * again on the same database. Every submit that got a 2xx is there with exactly one running screening;
 * every submit that got an error is either wholly there (committed, answer lost) or not at all (still a
 * draft, no screening); retrying it with its key finishes it with exactly one screening. Also reports
 * the start-up time to a ready {@code /actuator/health/readiness}.
 */
class CrashRecoveryBench {

    private static final List<String> APPLICANTS = List.of("app.abe", "app.inoue", "app.kimura", "app.hayashi", "app.mori");
    private static final int CLIENTS = 8;
    private static final int DEFAULT_ACKNOWLEDGED_BEFORE_KILL = 40;

    enum Database {
        H2, POSTGRESQL
    }

    record Submission(String applicant, long id, String key, int status) {

        boolean acknowledged() {
            return status / 100 == 2;
        }
    }

    private Process platform;

    @AfterEach
    void stopPlatform() throws InterruptedException {
        if (platform != null && platform.isAlive()) {
            platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Both databases, or those named in {@code -Dcrash.databases=H2,POSTGRESQL}. */
    static Stream<Database> databases() {
        return Arrays.stream(System.getProperty("crash.databases", "H2,POSTGRESQL").split(","))
                .map(String::trim).map(Database::valueOf);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void acknowledgedSubmissionsSurviveAKillAndNoneIsHalfThere(Database database) throws Exception {
        Path jar = packagedJar();
        Path work = Files.createTempDirectory("mebuki-crash-" + database.name().toLowerCase());
        int port = freePort();
        Api api = new Api(port);
        List<String> arguments = arguments(database, port);
        int acknowledgedBeforeKill = Integer.getInteger("crash.acknowledged-before-kill", DEFAULT_ACKNOWLEDGED_BEFORE_KILL);

        Duration firstStart = start(jar, work, arguments);
        long callId = api.get("app.abe", "/api/calls").body().findParents("code").stream()
                .filter(c -> c.path("code").asText().equals(DemoDataLoader.OPEN_CALL)).findFirst().orElseThrow()
                .path("id").asLong();

        ConcurrentLinkedQueue<Submission> submissions = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger acknowledgements = new AtomicInteger();
        Process victim = platform;
        Instant loadBegan = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            String applicant = APPLICANTS.get(c % APPLICANTS.size());
            int client = c;
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    if (Instant.now().isAfter(loadBegan.plus(Duration.ofMinutes(3)))) {
                        // too slow to reach the acknowledgements: kill anyway; the size check below fails
                        running.set(false);
                        victim.destroyForcibly();
                    }
                    long id;
                    try {
                        Response created = api.post(applicant, "/api/applications",
                                Drafts.complete(callId, "Crash test " + client + "-" + n), UUID.randomUUID().toString());
                        if (created.status() != 201) {
                            continue;
                        }
                        id = created.body().path("id").asLong();
                    } catch (IllegalStateException connectionLost) {
                        continue;
                    }
                    String key = UUID.randomUUID().toString();
                    int status;
                    try {
                        status = api.post(applicant, "/api/applications/" + id + "/submit", "", key).status();
                    } catch (IllegalStateException connectionLost) {
                        status = -1;
                    }
                    submissions.add(new Submission(applicant, id, key, status));
                    if (status / 100 == 2 && acknowledgements.incrementAndGet() == acknowledgedBeforeKill) {
                        // kill -9 right behind an acknowledgement: its commit is at most milliseconds old
                        running.set(false);
                        victim.destroyForcibly();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Duration load = Duration.between(loadBegan, Instant.now());

        Duration restart = start(jar, work, arguments);
        List<Submission> acknowledged = submissions.stream().filter(Submission::acknowledged).toList();
        List<Submission> failed = submissions.stream().filter(s -> !s.acknowledged()).toList();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(acknowledgedBeforeKill);

        long waitingAtRestart = acknowledged.stream().filter(s -> "SUBMITTED".equals(
                api.get(s.applicant(), "/api/applications/" + s.id()).body().path("status").asText())).count();
        Instant screeningFrom = Instant.now();
        for (Submission s : acknowledged) {
            // an eligibility job the kill interrupted (or never started) runs on the restarted platform
            assertThat(statusOf(api, s)).as("acknowledged %s", s).isEqualTo("UNDER_REVIEW");
            assertThat(screenings(api, s.id())).as("screenings of acknowledged %s", s).isEqualTo(1);
        }
        Duration screenedAfterRestart = Duration.between(screeningFrom, Instant.now());
        int wholeButUnanswered = 0;
        List<Integer> failedStatuses = new ArrayList<>();
        for (Submission s : failed) {
            failedStatuses.add(s.status());
            String status = statusOf(api, s);
            long screenings = screenings(api, s.id());
            if (status.equals("DRAFT")) {
                assertThat(screenings).as("screenings of unsubmitted %s", s).isZero();
            } else {
                wholeButUnanswered++;
                assertThat(status).as("failed %s", s).isEqualTo("UNDER_REVIEW");
                assertThat(screenings).as("screenings of committed %s", s).isEqualTo(1);
            }
            // the client's retry with the same key finishes the job, once
            Response retry = api.post(s.applicant(), "/api/applications/" + s.id() + "/submit", "", s.key());
            assertThat(retry.status()).as("retry of %s: %s", s, retry.raw()).isEqualTo(200);
            assertThat(statusOf(api, s)).as("retried %s", s).isEqualTo("UNDER_REVIEW");
            assertThat(screenings(api, s.id())).as("screenings after retrying %s", s).isEqualTo(1);
        }

        String report = String.format("""
                %s — %s, %d cores, java -Xmx512m -jar (packaged platform)
                  first start to ready /actuator/health/readiness (empty database, demo data loaded): %d ms
                  load: %d clients for %d ms, killed with SIGKILL right behind acknowledgement no. %d
                  restart after the kill to ready: %d ms
                  submissions: %d acknowledged (2xx), all there after the restart with one screening;
                  %d of them still SUBMITTED at the restart, all screened by the restarted platform's job executor
                  %d ms later (their eligibility jobs, including those the killed process had locked);
                  %d without an answer (statuses %s; -1 = connection lost): %d committed (replayed on retry),
                  %d still drafts (submitted by the retry); every one has exactly one screening after its retry
                """, Instant.now(), database, Runtime.getRuntime().availableProcessors(), firstStart.toMillis(), CLIENTS,
                load.toMillis(), acknowledgedBeforeKill, restart.toMillis(), acknowledged.size(), waitingAtRestart,
                screenedAfterRestart.toMillis(), failed.size(), failedStatuses, wholeButUnanswered,
                failed.size() - wholeButUnanswered);
        Path file = Path.of("target", "bench", "crash-recovery.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(report);
    }

    private static List<String> arguments(Database database, int port) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--camunda.bpm.admin-user.password=crash-test-only"));
        if (database == Database.POSTGRESQL) {
            Map<String, Object> datasource = new HashMap<>();
            EmbeddedPostgresSupport.registerFreshDatabase((name, value) -> datasource.put(name, value.get()));
            arguments.add("--spring.profiles.active=postgres");
            datasource.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        }
        // H2: the application's own datasource, the file database ./data/mebuki below the working directory
        return arguments;
    }

    /**
     * The status once the screening's eligibility job, if one is waiting, has run (DRAFT stays DRAFT). A job
     * the killed process had acquired stays locked until its lock expires (`lock-time-in-millis`, 60 s), and
     * the restarted job executor looks again within `max-wait` (10 s): hence up to three minutes.
     */
    private static String statusOf(Api api, Submission s) {
        Response view = api.awaitScreening(s.applicant(), s.id(), Duration.ofMinutes(3));
        assertThat(view.status()).as("application %s after the restart", s).isEqualTo(200);
        return view.body().path("status").asText();
    }

    private static long screenings(Api api, long id) {
        Response count = api.get("admin", "/engine-rest/process-instance/count?processDefinitionKey=GapFundScreening"
                + "&businessKey=" + id);
        assertThat(count.status()).isEqualTo(200);
        return count.body().path("count").asLong();
    }

    private Duration start(Path jar, Path work, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString()));
        command.addAll(arguments);
        Instant begin = Instant.now();
        platform = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("platform.log").toFile()))
                .start();
        Api api = new Api(Integer.parseInt(arguments.get(0).substring("--server.port=".length())));
        // generous: on a machine shared with other builds a start has taken more than three minutes
        Instant deadline = begin.plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            try {
                Response health = api.get(null, "/actuator/health/readiness");
                if (health.status() == 200 && health.raw().contains("UP")) {
                    return Duration.between(begin, Instant.now());
                }
            } catch (IllegalStateException notYetListening) {
                // keep waiting
            }
            assertThat(platform.isAlive()).as("platform process (log in %s)", work).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("the platform was not ready within 10 minutes; log in " + work);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("platform-web-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("package the platform first (mvn -Pbench verify)"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
