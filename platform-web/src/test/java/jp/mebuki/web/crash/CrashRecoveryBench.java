package jp.mebuki.web.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Drafts;

/**
 * Bench (Maven profile {@code bench}): the packaged jar as its own process with {@code -Xmx512m} on a
 * file H2 database; 8 clients create and submit applications (with Idempotency-Keys); the process is
 * killed with SIGKILL mid-load and started again on the same files. Every submit that got a 2xx is
 * there with exactly one running screening; every submit that got an error is either wholly there
 * (committed, answer lost) or not at all (still a draft, no screening); retrying it with its key
 * finishes it with exactly one screening. Also reports the start-up time to a ready health endpoint.
 */
class CrashRecoveryBench {

    private static final List<String> APPLICANTS = List.of("app.abe", "app.inoue", "app.kimura", "app.hayashi", "app.mori");
    private static final int CLIENTS = 8;

    record Submission(String applicant, long id, String key, int status) {
    }

    private Process platform;

    @AfterEach
    void stopPlatform() {
        if (platform != null && platform.isAlive()) {
            platform.destroyForcibly();
        }
    }

    @Test
    void acknowledgedSubmissionsSurviveAKillAndNoneIsHalfThere() throws Exception {
        Path jar = packagedJar();
        Path work = Files.createTempDirectory("mebuki-crash");
        int port = freePort();
        Api api = new Api(port);

        Duration firstStart = start(jar, work, port);
        long callId = api.get("app.abe", "/api/calls").body().findParents("code").stream()
                .filter(c -> c.path("code").asText().equals(DemoDataLoader.OPEN_CALL)).findFirst().orElseThrow()
                .path("id").asLong();

        ConcurrentLinkedQueue<Submission> submissions = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            String applicant = APPLICANTS.get(c % APPLICANTS.size());
            int client = c;
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
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
                }
                return null;
            });
        }
        Thread.sleep(8_000);
        long acknowledgedBeforeKill = submissions.stream().filter(s -> s.status() / 100 == 2).count();
        platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(500);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Duration restart = start(jar, work, port);
        List<Submission> acknowledged = submissions.stream().filter(s -> s.status() / 100 == 2).toList();
        List<Submission> failed = submissions.stream().filter(s -> s.status() / 100 != 2).toList();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo((int) acknowledgedBeforeKill).isNotEmpty();

        for (Submission s : acknowledged) {
            assertThat(statusOf(api, s)).as("acknowledged %s", s).isEqualTo("UNDER_REVIEW");
            assertThat(screenings(api, s.id())).as("screenings of acknowledged %s", s).isEqualTo(1);
        }
        int wholeButUnanswered = 0;
        for (Submission s : failed) {
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
            assertThat(screenings(api, s.id())).as("screenings after retrying %s", s).isEqualTo(1);
        }

        String report = String.format("""
                date: %s
                first start to ready health (-Xmx512m, file H2, empty database): %d ms
                restart after kill -9 to ready health: %d ms
                submissions: %d acknowledged (2xx), %d failed at the kill (%d of them committed but unanswered,
                the rest still drafts); all acknowledged there with one screening; all failed ones finished by a
                retry with their Idempotency-Key
                """, Instant.now(), firstStart.toMillis(), restart.toMillis(), acknowledged.size(), failed.size(),
                wholeButUnanswered, failed.size() - wholeButUnanswered);
        Path file = Path.of("target", "bench", "crash-recovery.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static String statusOf(Api api, Submission s) {
        Response view = api.get(s.applicant(), "/api/applications/" + s.id());
        assertThat(view.status()).as("application %s after the restart", s).isEqualTo(200);
        return view.body().path("status").asText();
    }

    private static long screenings(Api api, long id) {
        Response count = api.get("admin", "/engine-rest/process-instance/count?processDefinitionKey=GapFundScreening"
                + "&businessKey=" + id);
        assertThat(count.status()).isEqualTo(200);
        return count.body().path("count").asLong();
    }

    private Duration start(Path jar, Path work, int port) throws IOException, InterruptedException {
        // the application's own datasource: the file H2 database ./data/mebuki below the working directory
        Instant begin = Instant.now();
        platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--camunda.bpm.admin-user.password=crash-test-only")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("platform.log").toFile()))
                .start();
        Api api = new Api(port);
        Instant deadline = begin.plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                Response health = api.get(null, "/actuator/health");
                if (health.status() == 200 && health.raw().contains("UP")) {
                    return Duration.between(begin, Instant.now());
                }
            } catch (IllegalStateException notYetListening) {
                // keep waiting
            }
            assertThat(platform.isAlive()).as("platform process (log in %s)", work).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the platform was not ready within 3 minutes; log in " + work);
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
