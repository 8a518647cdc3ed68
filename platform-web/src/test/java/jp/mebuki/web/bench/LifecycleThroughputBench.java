package jp.mebuki.web.bench;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.cluster.ClusterNode;
import jp.mebuki.web.cluster.ScreeningDriver;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.config.JobThreadsDefault;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Bench (Maven profile {@code bench}): gap-fund applications from submit through eligibility, three reviews
 * and the PM's decision, driven in process through the platform's own services (ApplicationService,
 * ScreeningProcessService, WorkTaskService), against the same BPMN and DMN on a bare engine with no-op
 * delegates ({@link BareEngine}); both in this JVM, on the same database (first H2 file with the platform's URL settings, then PostgreSQL),
 * with the same driver threads ({@code -Dbench.threads}, default 4), history FULL and the same job executor
 * settings. The schema is migrated by Flyway first, the bare engine runs, then the platform starts on that
 * database, then the bare engine runs once more (A-B-A; {@code -Dbench.lifecycle.bare-again=false} skips it):
 * the platform and the second bare run work on tables holding the earlier runs' history; the ratio is taken
 * against the mean of the two bare runs.
 * Each side runs a warm-up batch first ({@code -Dbench.lifecycle.warm-up}, default 1,000): with 50, the first bare
 * run still paid for the JIT compiler's warm-up on two cores (25/s against 39/s for the same engine after the
 * platform, at 1,000 applications), which flattered the platform's ratio. Each run's report gives the seconds
 * of each phase. The applicants' drafts are written first, untimed (the lifecycle,
 * like the bare engine's, starts at the submission). Phases (timed together): submit all, the job executor
 * checks eligibility and assigns the reviewers (async before the check), every reviewer declares no
 * conflict, then scores, the job executor joins the reviews and computes the scores, the PM rejects every
 * application, all processes end. Also counts database round trips (JDBC statement
 * executions, commits and rollbacks) per application and, on PostgreSQL, the tables read by sequential scans.
 * {@code -Dbench.lifecycle.applications=N} (default 5,000). Writes {@code target/bench/lifecycle-throughput.txt}.
 */
class LifecycleThroughputBench {

    private static final int APPLICATIONS = Integer.getInteger("bench.lifecycle.applications", 5000);
    private static final int WARM_UP = Integer.getInteger("bench.lifecycle.warm-up", 1000);
    private static final Duration PATIENCE = Duration.ofMinutes(60);
    /** Runs the bare engine again after the platform (A-B-A), unless {@code -Dbench.lifecycle.bare-again=false}. */
    private static final boolean BARE_AGAIN = Boolean.parseBoolean(System.getProperty("bench.lifecycle.bare-again", "true"));
    private static final int TOP_STATEMENTS = Integer.getInteger("bench.lifecycle.top-statements", 60);

    private final StringBuilder report = new StringBuilder();

    @Test
    void comparesThePlatformWithTheBareEngine() throws Exception {
        report.append("date: ").append(java.time.Instant.now()).append(", applications per run: ").append(APPLICATIONS)
                .append(" (after a warm-up of ").append(WARM_UP).append("), driver threads: ").append(DriverPool.THREADS)
                .append(", history FULL, cores: ").append(Runtime.getRuntime().availableProcessors())
                .append(", job threads on both sides: ")
                .append(JobThreadsDefault.threadsFor(Runtime.getRuntime().availableProcessors())).append('\n');
        List<String> summary = new ArrayList<>();
        for (String kind : System.getProperty("bench.databases", "H2,PostgreSQL").split(",")) {
            BenchDatabase database = BenchDatabase.fresh(kind);
            try {
                Flyway.configure().dataSource(database.url(), database.user(), database.password()).load().migrate();
                Run bare = bare(database);
                Run platform = platform(database);
                report.append(kind).append(" bare: ").append(bare).append('\n');
                report.append(kind).append(" platform: ").append(platform).append('\n');
                if (!BARE_AGAIN) {
                    summary.add(String.format("%-10s bare engine %7.1f applications/s, platform %7.1f applications/s, ratio %.0f%%",
                            kind, bare.perSecond(), platform.perSecond(), 100 * platform.perSecond() / bare.perSecond()));
                    continue;
                }
                // A-B-A: the bare engine once more after the platform, on the tables now holding both runs' history and
                // in a JVM whose compiler has seen both; the mean of the two bare runs cancels what drifts with the order
                Run bareAfter = bare(database);
                report.append(kind).append(" bare again: ").append(bareAfter).append('\n');
                double bareMean = (bare.perSecond() + bareAfter.perSecond()) / 2;
                summary.add(String.format("%-10s bare engine %7.1f applications/s before and %.1f/s after the platform (mean %.1f/s), "
                        + "platform %7.1f applications/s, ratio %.0f%% against the mean (%.0f%% against the bare run before, "
                        + "%.0f%% against the one after)", kind, bare.perSecond(), bareAfter.perSecond(), bareMean,
                        platform.perSecond(), 100 * platform.perSecond() / bareMean, 100 * platform.perSecond() / bare.perSecond(),
                        100 * platform.perSecond() / bareAfter.perSecond()));
            } finally {
                // an H2 run leaves a file of tens of GB (a chunk per commit); nothing reads it afterwards
                database.discard();
            }
        }
        summary.forEach(line -> report.append(line).append('\n'));
        Path file = Path.of("target", "bench", "lifecycle-throughput.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(summary).isNotEmpty();
    }

    // ---------------------------------------------------------------- the bare engine

    private Run bare(BenchDatabase database) throws Exception {
        StatementCounter counter = new StatementCounter();
        try (HikariDataSource pool = database.pool(); DriverPool drivers = new DriverPool();
                BareEngine engine = new BareEngine(counter.wrap(pool), database.postgres())) {
            runBare(engine, drivers, 0, WARM_UP, new Phases());
            Phases phases = new Phases();
            return measure(database, counter, drivers, phases,
                    () -> runBare(engine, drivers, WARM_UP, APPLICATIONS, phases));
        }
    }

    private static Void runBare(BareEngine engine, DriverPool drivers, int first, int count, Phases phases)
            throws Exception {
        phases.start();
        drivers.forEach(ids(first, count), engine::start);
        phases.mark("submit");
        // the eligibility check and the reviewer assignment run in the job after each start (async before)
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> engine.count("UserTaskDeclareConflict") == 3L * count);
        phases.mark("eligibility jobs");
        drivers.forEach(engine.openTasks("UserTaskDeclareConflict"), engine::complete);
        phases.mark("conflicts");
        drivers.forEach(engine.openTasks("UserTaskScoreApplication"), engine::complete);
        phases.mark("reviews");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> engine.count(BareEngine.DECIDE) == count);
        phases.mark("score jobs");
        List<Task> decide = engine.openTasks(BareEngine.DECIDE);
        drivers.forEach(decide, engine::reject);
        phases.mark("decisions");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> engine.running() == 0);
        phases.mark("ends");
        assertThat(engine.incidents()).isZero();
        return null;
    }

    // ---------------------------------------------------------------- the platform

    private Run platform(BenchDatabase database) throws Exception {
        StatementCounter counter = new StatementCounter();
        try (ClusterNode node = ClusterNode.start("throughput", database.springProperties(), new MutableClock(),
                new DiscardingMailServer(), context -> context.registerBean("benchStatementCounter",
                        BeanPostProcessor.class, counter::wrapper),
                "--logging.level.jp.mebuki=WARN", "--logging.level.org.camunda=WARN");
                DriverPool drivers = new DriverPool()) {
            Platform platform = new Platform(node);
            platform.run(drivers, platform.drafts(drivers, 0, WARM_UP), new Phases());
            // the lifecycle starts at the submission: the applicants' drafts are written before the clock starts
            Map<Long, ApplicationId> drafts = platform.drafts(drivers, WARM_UP, APPLICATIONS);
            Phases phases = new Phases();
            return measure(database, counter, drivers, phases, () -> platform.run(drivers, drafts, phases));
        }
    }

    /** Drives screenings through the facades the REST controllers call. */
    private static final class Platform {

        private final ApplicationService applications;
        private final ScreeningProcessService screening;
        private final WorkTaskService inbox;
        private final TaskService engineTasks;
        private final RuntimeService runtime;
        private final List<UserAccount> applicants;
        private final List<UserAccount> reviewers;
        private final UserAccount pm;
        private final CallId call;

        Platform(ClusterNode node) {
            applications = node.bean(ApplicationService.class);
            screening = node.bean(ScreeningProcessService.class);
            inbox = node.bean(WorkTaskService.class);
            engineTasks = node.bean(TaskService.class);
            runtime = node.bean(RuntimeService.class);
            UserDirectory users = node.bean(UserDirectory.class);
            applicants = ScreeningDriver.APPLICANTS.stream().map(users::requireByUsername).toList();
            reviewers = users.withRole(Role.REVIEWER);
            pm = users.requireByUsername("pm.sato");
            call = node.bean(CallCatalog.class).findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id();
        }

        Map<Long, ApplicationId> drafts(DriverPool drivers, int first, int count) throws Exception {
            Map<Long, ApplicationId> drafts = new ConcurrentHashMap<>();
            drivers.forEach(ids(first, count), i -> drafts.put(i, draft(i)));
            return drafts;
        }

        Void run(DriverPool drivers, Map<Long, ApplicationId> drafts, Phases phases) throws Exception {
            int count = drafts.size();
            phases.start();
            drivers.forEach(drafts.entrySet(), draft -> {
                UserAccount applicant = applicantOf(draft.getKey());
                screening.submit(draft.getValue(), applicant.id(), Actor.user(applicant.username()));
            });
            phases.mark("submit");
            // as on the bare side: the job executor checks eligibility and assigns the reviewers after each submit
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(
                    () -> engineTasks.createTaskQuery().taskDefinitionKey("UserTaskDeclareConflict").count() == 3L * count);
            phases.mark("eligibility jobs");
            drivers.forEach(tasksOfReviewers(TaskKind.DECLARE_CONFLICT),
                    work -> inbox.declareConflict(work.task().id(), work.user(), false, null));
            phases.mark("conflicts");
            drivers.forEach(tasksOfReviewers(TaskKind.SCORE_APPLICATION), work -> {
                int score = 2 + (int) (work.task().applicationId().value() % 3);
                inbox.submitReview(work.task().id(), work.user(), Map.of("TECHNOLOGY", score, "MARKET", score,
                        "TEAM", score, "PLAN", score, "IMPACT", score), "Scored by the bench.", Recommendation.ADOPT);
            });
            phases.mark("reviews");
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(
                    () -> engineTasks.createTaskQuery().taskDefinitionKey("UserTaskDecide").count() == count);
            phases.mark("score jobs");
            List<WorkTask> decide = inbox.openTasksOf(pm).stream().filter(t -> t.kind() == TaskKind.DECIDE).toList();
            drivers.forEach(decide, task -> inbox.decide(task.id(), pm, DecisionOutcome.REJECT,
                    "The market case is not yet convincing."));
            phases.mark("decisions");
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> runtime.createProcessInstanceQuery().count() == 0);
            phases.mark("ends");
            assertThat(runtime.createIncidentQuery().count()).isZero();
            return null;
        }

        private ApplicationId draft(long i) {
            UserAccount applicant = applicantOf(i);
            ApplicationContent content = new ApplicationContent("Throughput " + i,
                    "Field trial of a sensor network in the Sanriku fisheries.", "ROBOTICS_DRONES", GrowthStage.SEED,
                    2_000_000L, applicant.institutionCode(), List.of(new TeamMember(applicant.displayName(), "lead",
                            applicant.institutionCode())));
            Application draft = applications.createDraft(applicant.id(), Actor.user(applicant.username()), call, content);
            return draft.getId();
        }

        private UserAccount applicantOf(long i) {
            return applicants.get((int) (i % applicants.size()));
        }

        private List<ReviewWork> tasksOfReviewers(TaskKind kind) {
            return reviewers.stream().flatMap(reviewer -> inbox.openTasksOf(reviewer).stream()
                    .filter(task -> task.kind() == kind).map(task -> new ReviewWork(reviewer, task)))
                    .collect(Collectors.toList());
        }
    }

    private record ReviewWork(UserAccount user, WorkTask task) {
    }

    // ---------------------------------------------------------------- measuring

    private Run measure(BenchDatabase database, StatementCounter counter, DriverPool drivers, Phases phases,
            Callable<Void> run) throws Exception {
        Map<String, Long> scansBefore = database.sequentialScans();
        LongSupplier commits = database::commits;
        long commitsBefore = commits.getAsLong();
        long roundTripsBefore = counter.roundTrips();
        Map<String, Long> sqlBefore = counter.executionsBySql();
        Map<String, Long> nanosBefore = counter.nanosBySql();
        long retriesBefore = drivers.retries();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        WaitSampler sampler = WaitSampler.start(database);
        try (sampler) {
            run.call();
        }
        // after the sampling thread has stopped: its counts are final
        String waits = sampler.report();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long roundTrips = counter.roundTrips() - roundTripsBefore;
        // the statistics collector reports with a short delay
        Thread.sleep(1500);
        Map<String, Long> scans = new HashMap<>(database.sequentialScans());
        scans.replaceAll((table, count) -> count - scansBefore.getOrDefault(table, 0L));
        String topScans = scans.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        Map<String, Long> sql = counter.executionsBySql();
        sql.replaceAll((text, count) -> count - sqlBefore.getOrDefault(text, 0L));
        Map<String, Long> nanos = counter.nanosBySql();
        nanos.replaceAll((text, total) -> total - nanosBefore.getOrDefault(text, 0L));
        String slowestSql = nanos.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .map(e -> String.format("  %8.1f s in all, %6.2f per application, %7.3f ms each  %s", e.getValue() / 1e9,
                        sql.getOrDefault(e.getKey(), 0L) / (double) APPLICATIONS,
                        e.getValue() / 1e6 / Math.max(1, sql.getOrDefault(e.getKey(), 1L)), shorten(e.getKey())))
                .collect(Collectors.joining("\n"));
        String topSql = "  by time in the driver:\n" + slowestSql + "\n  by count:\n" + sql.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_STATEMENTS)
                .map(e -> String.format("  %7.2f per application  %s", e.getValue() / (double) APPLICATIONS,
                        shorten(e.getKey())))
                .collect(Collectors.joining("\n"));
        return new Run(APPLICATIONS, seconds, cpuSeconds, roundTrips, commits.getAsLong() - commitsBefore,
                drivers.retries() - retriesBefore, phases.toString(), topScans, waits + topSql);
    }

    /**
     * The CPU time of this JVM so far (every thread: drivers, job executor, the embedded H2; not an external
     * PostgreSQL server's): CPU per application tells work from waiting, where the throughput alone cannot.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The statement's first 200 characters, and the platform frames behind it if they were recorded. */
    private static String shorten(String statement) {
        int callers = statement.indexOf('\n');
        String sql = callers < 0 ? statement : statement.substring(0, callers);
        return (sql.length() > 200 ? sql.substring(0, 200) + "…" : sql) + (callers < 0 ? "" : statement.substring(callers));
    }

    private record Run(int applications, double seconds, double cpuSeconds, long roundTrips, long commits, long retries,
            String phases, String seqScans, String topStatements) {

        double perSecond() {
            return applications / seconds;
        }

        @Override
        public String toString() {
            return String.format("%,d applications in %.1f s = %.1f/s; JVM CPU %.1f ms per application (%.0f %% of %d cores);"
                    + " %.1f database round trips per application%s; %d driver retries%s", applications, seconds,
                    perSecond(), 1000 * cpuSeconds / applications,
                    100 * cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors(), roundTrips / (double) applications,
                    commits < 0 ? "" : String.format(", %.1f commits per application", commits / (double) applications),
                    retries, seqScans.isEmpty() ? "" : "; sequential scans by table: " + seqScans)
                    + "\n seconds by phase: " + phases + "\n the most frequent statements:\n" + topStatements;
        }
    }

    /**
     * The wall-clock time of each phase of a run (the phases follow one another; the driver threads and the job
     * executor work within a phase), to see where the platform's extra time goes.
     */
    private static final class Phases {

        private final StringBuilder marks = new StringBuilder();
        private long last;

        void start() {
            last = System.nanoTime();
        }

        void mark(String phase) {
            long now = System.nanoTime();
            marks.append(marks.length() == 0 ? "" : ", ").append(phase)
                    .append(String.format(" %.1f", (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return marks.toString();
        }
    }

    private static List<Long> ids(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> (long) i + 1).toList();
    }

    /**
     * On PostgreSQL, what the server's busy sessions are doing, sampled every 20 ms from {@code pg_stat_activity}
     * (the embedded server has no {@code pg_stat_statements}): the share of samples per wait event (none = on the
     * CPU or queued for it) and per statement, to tell lock waits from work. Nothing on H2.
     */
    private static final class WaitSampler implements AutoCloseable {

        private final Map<String, Long> byWait = new ConcurrentHashMap<>();
        private final Map<String, Long> byStatement = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;
        private long samples;

        private WaitSampler(BenchDatabase database) {
            thread = database.postgres() ? new Thread(() -> sample(database), "bench-pg-waits") : null;
        }

        static WaitSampler start(BenchDatabase database) {
            WaitSampler sampler = new WaitSampler(database);
            if (sampler.thread != null) {
                sampler.thread.setDaemon(true);
                sampler.thread.start();
            }
            return sampler;
        }

        private void sample(BenchDatabase database) {
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                    Statement statement = connection.createStatement()) {
                while (running) {
                    try (ResultSet rows = statement.executeQuery("select coalesce(wait_event_type || ':' || wait_event, 'CPU')"
                            + ", left(regexp_replace(query, '\\s+', ' ', 'g'), 90) from pg_stat_activity"
                            + " where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'")) {
                        while (rows.next()) {
                            byWait.merge(rows.getString(1), 1L, Long::sum);
                            byStatement.merge(rows.getString(1) + "  " + rows.getString(2), 1L, Long::sum);
                        }
                    }
                    samples++;
                    Thread.sleep(20);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String report() {
            if (thread == null || samples == 0) {
                return "";
            }
            return "  busy sessions on the server, mean per sample, by wait event (" + samples + " samples):\n"
                    + top(byWait, 8) + "  by wait event and statement:\n" + top(byStatement, 15);
        }

        private String top(Map<String, Long> counts, int limit) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                    .map(e -> String.format("  %6.2f  %s%n", e.getValue() / (double) samples, e.getKey()))
                    .collect(Collectors.joining());
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            }
        }
    }

    /** A fresh database of one kind, reached by the bare engine and the platform alike. */
    private record BenchDatabase(String url, String user, String password, Path directory) {

        static BenchDatabase fresh(String kind) throws Exception {
            if (kind.equals("H2")) {
                Path dir = Files.createTempDirectory("mebuki-bench");
                return new BenchDatabase("jdbc:h2:file:" + dir.resolve("bench")
                        + System.getProperty("bench.h2.options", platformH2Options()), "sa", "", dir);
            }
            Map<String, Object> properties = new HashMap<>();
            jp.mebuki.core.testsupport.EmbeddedPostgresSupport
                    .registerFreshDatabase((name, value) -> properties.put(name, value.get()));
            return new BenchDatabase((String) properties.get("spring.datasource.url"),
                    (String) properties.get("spring.datasource.username"),
                    (String) properties.get("spring.datasource.password"), null);
        }

        /** Deletes the H2 file's folder; an embedded PostgreSQL database goes with its server at the JVM's end. */
        void discard() throws IOException {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory);
            }
        }

        /**
         * The settings of the platform's own file H2 URL (application.yml): {@code WRITE_DELAY=0}, without which H2
         * acknowledges commits that a killed process loses (see the crash test). Both sides run with them; until
         * 2026-12-04 the benchmark ran H2 with its default write delay, which the platform never uses.
         * {@code -Dbench.h2.options} overrides them ({@code -Dbench.h2.options=} for H2's defaults).
         */
        static String platformH2Options() {
            YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
            yaml.setResources(new ClassPathResource("application.yml"));
            String url = yaml.getObject().getProperty("spring.datasource.url");
            assertThat(url).as("the platform's H2 URL in application.yml").startsWith("jdbc:h2:file:");
            int options = url.indexOf(';');
            return options < 0 ? "" : url.substring(options);
        }

        boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        Map<String, Object> springProperties() {
            return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                    "spring.datasource.password", password);
        }

        /** A connection pool as large as the platform's on this database (application.yml, application-postgres.yml). */
        HikariDataSource pool() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(postgres() ? 56 : 20);
            pool.setAutoCommit(false);
            return pool;
        }

        long commits() {
            if (!postgres()) {
                return -1;
            }
            return single("select xact_commit from pg_stat_database where datname = current_database()");
        }

        Map<String, Long> sequentialScans() {
            Map<String, Long> scans = new HashMap<>();
            if (!postgres()) {
                return scans;
            }
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select relname, seq_scan from pg_stat_user_tables")) {
                while (rows.next()) {
                    scans.put(rows.getString(1), rows.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return scans;
        }

        private long single(String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
