package jp.mebuki.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.cluster.ClusterNode;
import jp.mebuki.web.support.MutableClock;

/**
 * Bench (Maven profile {@code bench}): the inbox and the submission under load, on PostgreSQL (embedded;
 * H2 would answer repeated queries from its caches). One platform node with its HTTP port on loopback; a
 * Java load generator of {@value #CLIENTS} concurrent clients (a fixed thread pool, one
 * {@link HttpClient} each), authenticated as API clients should be: a bearer token per user from
 * {@code POST /api/auth/token}, issued before the timed load ({@code -Dbench.inbox.auth=basic}: HTTP Basic,
 * i.e. a BCrypt check, on every request instead).
 * <p>
 * Seeding (not timed), {@code -Dbench.inbox.reviewers} (1,000) × {@code -Dbench.inbox.tasks-per-reviewer}
 * (100): the reviewers and bench applicants are inserted by SQL (their passwords hashed with BCrypt cost 4,
 * so that the figures show the platform's work rather than the password hash, which at the demo's cost 10
 * takes tens of milliseconds of CPU per Basic request); 1,000 draft applications through
 * {@link ApplicationService}; one review assignment row per task by SQL (and the reviewers' workload counters
 * to match); then the open tasks by the engine
 * itself: a seed model, built with Camunda's model API and deployed by the bench, whose parallel
 * multi-instance user task {@code UserTaskScoreApplication} (the screening's score task id, so the inbox
 * lists them as SCORE_APPLICATION tasks) opens a reviewer's 100 tasks in one start, with the application and
 * assignment ids as local variables, so that the platform's task listeners fill the read model as they do
 * for real tasks.
 * <p>
 * Load: {@code GET /api/tasks} (first page of 50) as a random reviewer; then {@code POST
 * /api/applications/{id}/submit} of prepared eligible drafts, each once: the request commits the submission and
 * the screening's start; the job executor then checks eligibility, selects three of the 1,000 reviewers by load
 * and opens their tasks (reported: how long after the last answer all are under review). Both first from the
 * Java clients in this JVM and then, when {@code wrk} is on the PATH (Debian: {@code apt-get install wrk}), from
 * wrk: a separate C process, so that the load generator's CPU and garbage do not share the node's JVM (script
 * {@code bench/inbox.lua}; {@value #CLIENTS} connections on {@value #WRK_THREADS} threads; GET for 20 s after 5 s
 * of warm-up, submits for 8 s from {@code -Dbench.inbox.wrk-submissions} (5,000: a node whose jobs leave its
 * requests the cores answers 330 and more per second) further drafts). Writes {@code target/bench/inbox-load.txt}.
 */
class InboxLoadBench {

    private static final int CLIENTS = 16;
    private static final int REVIEWERS = Integer.getInteger("bench.inbox.reviewers", 1000);
    private static final int TASKS_PER_REVIEWER = Integer.getInteger("bench.inbox.tasks-per-reviewer", 100);
    private static final int SEED_APPLICATIONS = 1000;
    private static final int INBOX_REQUESTS = Integer.getInteger("bench.inbox.requests", 8000);
    private static final int SUBMISSIONS = Integer.getInteger("bench.inbox.submissions", 800);
    /** Drafts for wrk's timed submit run: more than it can send in {@link #WRK_SUBMIT_TIME}. */
    private static final int WRK_SUBMISSIONS = Integer.getInteger("bench.inbox.wrk-submissions", 5000);
    private static final Duration WRK_SUBMIT_TIME = Duration.ofSeconds(8);
    private static final int WRK_THREADS = 2;
    private static final String PASSWORD = "bench-password";
    private static final String SEED_PROCESS = "BenchInboxSeed";

    /** {@code -Dbench.inbox.auth=basic} measures with HTTP Basic (a BCrypt check) on every request instead. */
    /**
     * {@code -Dbench.inbox.worker-node=true}: the measured node is a web node without a job executor, as in a cluster
     * whose worker nodes run the jobs; a worker node starts after the timed requests and screens the submissions.
     */
    private static final boolean WORKER_NODE = Boolean.getBoolean("bench.inbox.worker-node");
    private static final boolean BEARER = !"basic".equalsIgnoreCase(System.getProperty("bench.inbox.auth", "bearer"));

    private final StringBuilder report = new StringBuilder();
    private final Map<String, String> credentials = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void measuresTheInboxAndTheSubmissionUnderLoad() throws Exception {
        try {
            measure();
        } finally {
            // also when a check fails: the figures measured up to then
            writeReport();
        }
    }

    private void measure() throws Exception {
        Map<String, Object> database = new HashMap<>();
        EmbeddedPostgresSupport.registerFreshDatabase((name, value) -> database.put(name, value.get()));
        List<String> nodeArgs = new ArrayList<>(List.of("--logging.level.jp.mebuki=WARN", "--logging.level.org.camunda=WARN",
                "--mebuki.security.api-token.lifetime=PT4H"));
        if (WORKER_NODE) {
            // a web node: it answers requests and leaves the jobs (the screening behind a submit) to a worker node
            nodeArgs.add("--camunda.bpm.job-execution.enabled=false");
        }
        // further settings of the measured node, e.g. -Dbench.inbox.node-args=--camunda.bpm.job-execution.max-pool-size=2
        for (String arg : System.getProperty("bench.inbox.node-args", "").split(" ")) {
            if (!arg.isBlank()) {
                nodeArgs.add(arg);
            }
        }
        try (ClusterNode node = ClusterNode.start("inbox", database, new MutableClock(), new DiscardingMailServer(),
                context -> context.registerBean("benchInboxSeed", BenchInboxSeed.class, BenchInboxSeed::new),
                nodeArgs.toArray(String[]::new))) {
            report.append("date: ").append(Instant.now()).append(", node settings: ").append(nodeArgs).append(", cores: ")
                    .append(Runtime.getRuntime().availableProcessors()).append(", job threads: ")
                    .append(node.setting("camunda.bpm.job-execution.max-pool-size")).append(", clients: ").append(CLIENTS)
                    .append(", PostgreSQL (embedded), history FULL\n");
            long seedStart = System.nanoTime();
            boolean wrk = BEARER && wrkAvailable();
            List<Draft> drafts = seed(node, database, "Bench submission ", SUBMISSIONS + 100);
            List<Draft> wrkDrafts = wrk ? drafts(node, "Bench wrk submission ", WRK_SUBMISSIONS) : List.of();
            report.append(String.format("seeded %,d open review tasks for %,d reviewers in %.0f s (open_task rows: %,d)%n",
                    (long) REVIEWERS * TASKS_PER_REVIEWER, REVIEWERS, (System.nanoTime() - seedStart) / 1e9,
                    count(database, "select count(*) from open_task")));

            String base = "http://127.0.0.1:" + node.port();
            if (BEARER) {
                long tokensStart = System.nanoTime();
                issueTokens(base, java.util.stream.Stream.concat(drafts.stream(), wrkDrafts.stream()).toList());
                report.append(String.format("authentication: bearer tokens (POST /api/auth/token once per user, %,d users,"
                        + " %.0f s, not timed)%n", credentials.size(), (System.nanoTime() - tokensStart) / 1e9));
            } else {
                report.append("authentication: HTTP Basic on every request (BCrypt cost 4)\n");
            }
            IntFunction<HttpRequest> inbox = i -> get(base + "/api/tasks",
                    "bench.rev." + ThreadLocalRandom.current().nextInt(REVIEWERS));
            load("warm-up GET /api/tasks", Integer.getInteger("bench.inbox.warm-up", 1000), inbox, 200);
            load("GET /api/tasks (page of 50)", INBOX_REQUESTS, inbox, 200);
            if (wrk) {
                // the same requests from wrk, a separate C process, so that the load generator's CPU and garbage
                // do not share the node's JVM
                List<String> reviewerTokens = new ArrayList<>();
                for (int r = 0; r < REVIEWERS; r++) {
                    reviewerTokens.add(credentials.get("bench.rev." + r));
                }
                wrk("wrk warm-up GET /api/tasks", base, Duration.ofSeconds(5), "get", reviewerTokens);
                wrk("wrk GET /api/tasks (page of 50)", base, Duration.ofSeconds(20), "get", reviewerTokens);
            } else {
                report.append("wrk: not on the PATH (apt-get install wrk), GET measured by the Java clients only\n");
            }

            List<Draft> warmUp = drafts.subList(0, 100);
            List<Draft> measured = drafts.subList(100, drafts.size());
            load("warm-up POST submit", warmUp.size(), i -> submit(base, warmUp.get(i)), 200);
            load("POST /api/applications/{id}/submit", measured.size(), i -> submit(base, measured.get(i)), 200);
            // the submit answers once the application and its screening are committed; the job executor checks
            // eligibility and assigns the reviewers behind it: how long until the last one is under review
            if (!WORKER_NODE) {
                awaitScreening(database, "Bench submission ", drafts.size());
            }
            long wrkSubmitted = 0;
            if (wrk) {
                wrk("wrk POST /api/applications/{id}/submit", base, WRK_SUBMIT_TIME, "submit",
                        wrkDrafts.stream().map(draft -> draft.id().value() + " " + credentials.get(draft.owner()))
                                .toList());
                // wrk reports the answers it received before its time was up; the requests still in flight then
                // are submitted too: count what the database holds once it stops changing
                String submitted = "select count(*) from application where status <> 'DRAFT'"
                        + " and title like 'Bench wrk submission %'";
                long[] last = { -1 };
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    long now = count(database, submitted);
                    boolean settled = now == last[0];
                    last[0] = now;
                    return settled;
                });
                wrkSubmitted = last[0];
                if (!WORKER_NODE) {
                    awaitScreening(database, "Bench wrk submission ", wrkSubmitted);
                }
            }
            if (WORKER_NODE) {
                // only now, after every timed request, a second node with a job executor screens what was submitted
                long workerStart = System.nanoTime();
                try (ClusterNode worker = ClusterNode.start("inboxworker", database, new MutableClock(),
                        new DiscardingMailServer(), "--logging.level.jp.mebuki=WARN", "--logging.level.org.camunda=WARN",
                        "--mebuki.demo-data.enabled=false")) {
                    report.append(String.format("worker node started in %.1f s after the last timed request%n",
                            (System.nanoTime() - workerStart) / 1e9));
                    awaitScreening(database, "Bench submission ", drafts.size());
                    if (wrk) {
                        awaitScreening(database, "Bench wrk submission ", wrkSubmitted);
                    }
                }
            }
        }
    }

    private void writeReport() throws java.io.IOException {
        Path file = Path.of("target", "bench", "inbox-load.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    /** Waits until none of the submitted drafts with the title prefix is still SUBMITTED; reports how long. */
    private void awaitScreening(Map<String, Object> database, String titlePrefix, long submitted) throws Exception {
        long lastAnswer = System.nanoTime();
        String stillSubmitted = "select count(*) from application where status = 'SUBMITTED' and title like '"
                + titlePrefix + "%'";
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> count(database, stillSubmitted) == 0);
        report.append(String.format("screened behind those submits (eligibility, 3 reviewers, notifications by the"
                + " job executor): all %,d under review %.1f s after the last answer%n", submitted,
                (System.nanoTime() - lastAnswer) / 1e9));
        assertThat(count(database, "select count(*) from application where status = 'UNDER_REVIEW' and title like '"
                + titlePrefix + "%'")).isEqualTo(submitted);
    }

    // ---------------------------------------------------------------- load

    private void load(String name, int requests, IntFunction<HttpRequest> request, int expectedStatus)
            throws Exception {
        Recorder latencies = new Recorder(3);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    for (long i; (i = next.getAndIncrement()) < requests;) {
                        HttpRequest r = request.apply((int) i);
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                            latencies.recordValue((System.nanoTime() - sent) / 1000);
                            if (response.statusCode() != expectedStatus) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 3) {
                                    firstErrors.add(response.statusCode() + " " + response.body());
                                }
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                            firstErrors.add(e.toString());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram histogram = latencies.getIntervalHistogram();
        report.append(String.format("%-36s %,6d requests in %5.1f s (%6.1f/s): p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms,"
                + " max %6.1f ms; errors %d%s%n", name, requests, seconds, requests / seconds,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0, errors.get(),
                firstErrors.isEmpty() ? "" : " " + firstErrors));
    }

    private static boolean wrkAvailable() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
            return true;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@value #CLIENTS} connections on {@value #WRK_THREADS} wrk threads for the given time ({@code bench/inbox.lua}:
     * mode {@code get} or {@code submit}, one line of its input per token or per draft).
     */
    private void wrk(String name, String base, Duration duration, String mode, List<String> lines) throws Exception {
        Path dir = Files.createTempDirectory("mebuki-wrk");
        Path input = dir.resolve(mode + ".txt");
        Files.write(input, lines);
        Path script = dir.resolve("inbox.lua");
        try (var lua = InboxLoadBench.class.getResourceAsStream("/bench/inbox.lua")) {
            Files.copy(lua, script);
        }
        Process wrk = new ProcessBuilder("wrk", "-t" + WRK_THREADS, "-c" + CLIENTS, "-d" + duration.toSeconds() + "s",
                "--timeout", "60s", "-s", script.toString(), base, "--", mode, input.toString(),
                String.valueOf(WRK_THREADS)).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor()).as(output).isZero();
        Map<String, Long> figures = new HashMap<>();
        output.lines().filter(line -> line.startsWith("WRK ")).findFirst().map(line -> line.substring(4))
                .orElseThrow(() -> new IllegalStateException("no result line from wrk:\n" + output))
                .lines().flatMap(line -> java.util.Arrays.stream(line.split(" ")))
                .map(pair -> pair.split("=")).forEach(pair -> figures.put(pair[0], Long.parseLong(pair[1])));
        long requests = figures.get("requests");
        double seconds = figures.get("duration_us") / 1e6;
        report.append(String.format("%-36s %,6d requests in %5.1f s (%6.1f/s): p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms,"
                + " max %6.1f ms; errors %d%n", name, requests, seconds, requests / seconds, figures.get("p50_us") / 1000.0,
                figures.get("p95_us") / 1000.0, figures.get("p99_us") / 1000.0, figures.get("max_us") / 1000.0,
                figures.get("non2xx") + figures.get("socket_errors")));
    }

    private HttpRequest get(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", credentialsOf(user)).GET()
                .timeout(Duration.ofSeconds(60)).build();
    }

    private HttpRequest submit(String base, Draft draft) {
        return HttpRequest.newBuilder(URI.create(base + "/api/applications/" + draft.id().value() + "/submit"))
                .header("Authorization", credentialsOf(draft.owner())).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build();
    }

    /** A bearer token per user when {@link #BEARER} (as API clients should work), else HTTP Basic every time. */
    private String credentialsOf(String user) {
        return BEARER ? "Bearer " + credentials.get(user) : basic(user);
    }

    private void issueTokens(String base, List<Draft> drafts) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        java.util.Set<String> users = new java.util.TreeSet<>();
        for (int r = 0; r < REVIEWERS; r++) {
            users.add("bench.rev." + r);
        }
        drafts.forEach(draft -> users.add(draft.owner()));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String user : users) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            credentials.put(user, json.readTree(response.body()).path("access_token").asText());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- seeding

    /** Users, the inbox's tasks and {@code submissions} drafts titled {@code titlePrefix + i}; returns the drafts. */
    private List<Draft> seed(ClusterNode node, Map<String, Object> database, String titlePrefix, int submissions)
            throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        UserDirectory users = node.bean(UserDirectory.class);
        String applicantSchool = users.requireByUsername("app.abe").institutionCode();
        try (Connection connection = connect(database)) {
            connection.setAutoCommit(false);
            insertUsers(connection, "bench.rev.", REVIEWERS, "REVIEWER", hash, null);
            insertUsers(connection, "bench.app.", CLIENTS, "APPLICANT", hash, applicantSchool);
            connection.commit();
        }
        List<ApplicationId> inboxApplications = drafts(node, "Bench inbox ", SEED_APPLICATIONS).stream()
                .map(Draft::id).toList();
        List<Draft> drafts = drafts(node, titlePrefix, submissions);
        long firstApplication = inboxApplications.get(0).value();
        // created one after another: consecutive ids, so that the seed model can compute them
        assertThat(inboxApplications.get(SEED_APPLICATIONS - 1).value() - firstApplication).isEqualTo(SEED_APPLICATIONS - 1);
        long firstAssignment = insertAssignments(database, inboxApplications);
        startSeedProcesses(node, database, firstApplication, firstAssignment);
        return drafts;
    }

    /** {@code count} complete, eligible drafts of the bench applicants, titled {@code titlePrefix + i}. */
    private static List<Draft> drafts(ClusterNode node, String titlePrefix, int count) {
        ApplicationService applications = node.bean(ApplicationService.class);
        UserDirectory users = node.bean(UserDirectory.class);
        CallId call = node.bean(CallCatalog.class).findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id();
        List<UserAccount> owners = LongStream.range(0, CLIENTS)
                .mapToObj(i -> users.requireByUsername("bench.app." + i)).toList();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(draft(applications, owners.get(i % CLIENTS), call, titlePrefix + i));
        }
        return drafts;
    }

    /** A complete, eligible draft of a bench applicant (a member school's), to be submitted by its owner. */
    private static Draft draft(ApplicationService applications, UserAccount owner, CallId call, String title) {
        ApplicationContent content = new ApplicationContent(title,
                "Field trial of a sensor network in the Sanriku fisheries.", "ROBOTICS_DRONES", GrowthStage.SEED,
                2_000_000L, owner.institutionCode(), List.of(new TeamMember(owner.displayName(), "lead",
                        owner.institutionCode())));
        return new Draft(applications.createDraft(owner.id(), Actor.user(owner.username()), call, content).getId(),
                owner.username());
    }

    private record Draft(ApplicationId id, String owner) {
    }

    private static void insertUsers(Connection connection, String prefix, int count, String role, String hash,
            String institution) throws Exception {
        try (PreparedStatement user = connection.prepareStatement("insert into app_user (username, password_hash,"
                + " display_name, email, institution_code, preferred_locale, enabled, version)"
                + " values (?, ?, ?, ?, ?, 'en', true, 0)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement roles = connection.prepareStatement(
                        "insert into app_user_role (app_user, role) values (?, ?)");
                PreparedStatement fields = connection.prepareStatement(
                        "insert into app_user_field (app_user, field_code) values (?, 'ROBOTICS_DRONES')")) {
            for (int i = 0; i < count; i++) {
                user.setString(1, prefix + i);
                user.setString(2, hash);
                user.setString(3, "Bench " + prefix + i);
                user.setString(4, prefix + i + "@bench.example");
                user.setString(5, institution);
                user.executeUpdate();
                try (ResultSet key = user.getGeneratedKeys()) {
                    key.next();
                    roles.setLong(1, key.getLong(1));
                    roles.setString(2, role);
                    roles.addBatch();
                    fields.setLong(1, key.getLong(1));
                    fields.addBatch();
                }
            }
            roles.executeBatch();
            fields.executeBatch();
        }
    }

    /** Reviewer r's assignments get consecutive ids; returns the first id. */
    private static long insertAssignments(Map<String, Object> database, List<ApplicationId> inboxApplications)
            throws Exception {
        try (Connection connection = connect(database)) {
            connection.setAutoCommit(false);
            Map<Integer, Long> reviewerIds = new HashMap<>();
            try (Statement s = connection.createStatement();
                    ResultSet rows = s.executeQuery("select id, username from app_user where username like 'bench.rev.%'")) {
                while (rows.next()) {
                    reviewerIds.put(Integer.parseInt(rows.getString(2).substring("bench.rev.".length())), rows.getLong(1));
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            Timestamp due = Timestamp.from(Instant.now().plus(Duration.ofDays(14)));
            long first = -1;
            try (PreparedStatement insert = connection.prepareStatement("insert into review_assignment (application_id,"
                    + " reviewer_id, review_round, slot, state, assigned_at, due_at, remind_at, reminders_sent, version)"
                    + " values (?, ?, 1, 1, 'ASSIGNED', ?, ?, ?, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                for (int r = 0; r < REVIEWERS; r++) {
                    for (int t = 0; t < TASKS_PER_REVIEWER; t++) {
                        insert.setLong(1, inboxApplications.get(applicationIndex(r, t)).value());
                        insert.setLong(2, reviewerIds.get(r));
                        insert.setTimestamp(3, now);
                        insert.setTimestamp(4, due);
                        insert.setTimestamp(5, due);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        if (first < 0) {
                            first = keys.getLong(1);
                        }
                    }
                }
            }
            // what ReviewService keeps for assignments it makes itself: each reviewer's open ones (Flyway V10)
            try (Statement workload = connection.createStatement()) {
                workload.executeUpdate("insert into reviewer_workload (reviewer_id, open_assignments)"
                        + " select reviewer_id, count(*) from review_assignment where state in ('ASSIGNED', 'ACCEPTED')"
                        + " and reviewer_id in (select id from app_user where username like 'bench.rev.%') group by reviewer_id");
            }
            connection.commit();
            return first;
        }
    }

    /** Which of the seed applications a reviewer's task is about (also for {@link BenchInboxSeed}). */
    static int applicationIndex(int reviewer, int task) {
        return (reviewer * 7 + task) % SEED_APPLICATIONS;
    }

    private static void startSeedProcesses(ClusterNode node, Map<String, Object> database, long firstApplication,
            long firstAssignment) throws Exception {
        SubProcessBuilder slot = Bpmn.createExecutableProcess(SEED_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().subProcess("SeedSlot");
        slot.multiInstance().parallel().cardinality(String.valueOf(TASKS_PER_REVIEWER)).multiInstanceDone();
        BpmnModelInstance model = slot.embeddedSubProcess().startEvent()
                .serviceTask("PrepareSlot").camundaExpression("${benchInboxSeed.prepare(execution)}")
                // declared for the deployment guard: a SCORE_APPLICATION task needs its form key and these variables
                .camundaOutputParameter("applicationId", "${applicationId}")
                .camundaOutputParameter("reviewAssignmentId", "${reviewAssignmentId}")
                .userTask("UserTaskScoreApplication").name("Score application")
                .camundaFormKey("mebuki:score-application")
                .camundaAssignee("${reviewer}").camundaDueDate("${dueAt}")
                .endEvent().subProcessDone()
                .endEvent().done();
        node.bean(RepositoryService.class).createDeployment().name("bench-inbox-seed")
                .addModelInstance(SEED_PROCESS + ".bpmn", model).deploy();
        RuntimeService runtime = node.bean(RuntimeService.class);
        try (DriverPool drivers = new DriverPool()) {
            drivers.forEach(LongStream.range(0, REVIEWERS).boxed().toList(), r -> {
                int reviewer = r.intValue();
                Map<String, Object> variables = new HashMap<>();
                variables.put("reviewerIndex", (long) reviewer);
                variables.put("firstApplicationId", firstApplication);
                variables.put("reviewer", "bench.rev." + reviewer);
                variables.put("dueAt", Date.from(Instant.now().plus(Duration.ofDays(1 + reviewer % 30))));
                variables.put("firstAssignmentId", firstAssignment + (long) reviewer * TASKS_PER_REVIEWER);
                runtime.startProcessInstanceByKey(SEED_PROCESS, variables);
            });
        }
    }

    private static Connection connect(Map<String, Object> database) throws Exception {
        return DriverManager.getConnection((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"));
    }

    private static long count(Map<String, Object> database, String sql) throws Exception {
        try (Connection connection = connect(database); Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
