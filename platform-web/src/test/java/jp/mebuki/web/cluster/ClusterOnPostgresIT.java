package jp.mebuki.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.decision.DecisionService;
import jp.mebuki.core.notification.Notification;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.MutableClock;

/**
 * Two platform nodes on one PostgreSQL database, each with its own job executor. They start together on
 * a brand-new database (one creates the schemas, one version of each model is deployed), share a browser's
 * sign-in session (also after one of them stops), screen 200 applications whose review reminders fire while
 * node A is stopped mid-run, and node B finishes everything: every screening ends, nothing is done
 * twice (notifications, mails, reminders, decisions, audit entries) and no incident is left.
 */
class ClusterOnPostgresIT {

    private static final int APPLICATIONS = 200;
    private static final String REMINDER = "BoundaryEventReviewReminder";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final MutableClock clock = new MutableClock();
    private final RecordingMailServer mail = new RecordingMailServer();
    private final List<ClusterNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodesAndResetClocks() {
        nodes.forEach(ClusterNode::close);
        ClockUtil.reset();
        clock.reset();
    }

    @Test
    void twoNodesShareTheWorkAndTheSurvivorFinishesItWhenOneStops() throws Exception {
        Map<String, Object> database = freshDatabase();

        // a brand-new database: both nodes start at the same time; one creates Camunda's schema while the other
        // waits (SchemaCreationLock), both deploy the models and one version results; only A loads the demo data
        CompletableFuture<ClusterNode> startingA = CompletableFuture.supplyAsync(
                () -> ClusterNode.start("a", database, clock, mail,
                        "--camunda.bpm.generic-properties.properties.hostname=node-a"));
        CompletableFuture<ClusterNode> startingB = CompletableFuture.supplyAsync(
                () -> ClusterNode.start("b", database, clock, mail, "--mebuki.demo-data.enabled=false",
                        "--camunda.bpm.generic-properties.properties.hostname=node-b"));
        // both starts over, each started or failed: a node that did start is stopped after the test either way
        CompletableFuture.allOf(startingA, startingB).handle((started, failure) -> null).join();
        Stream.of(startingA, startingB).filter(start -> !start.isCompletedExceptionally()).map(CompletableFuture::join)
                .forEach(nodes::add);
        ClusterNode a = startingA.join();
        ClusterNode b = startingB.join();
        assertThat(nodes).as("nodes whose job executor runs")
                .allSatisfy(node -> assertThat(node.bean(JobExecutor.class).isActive()).as("%s", node).isTrue());
        RepositoryService repository = b.bean(RepositoryService.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("GapFundScreening").count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("GapFundEligibility").count())
                .isEqualTo(1);

        // a browser signs in on node A; node B knows the session (Spring Session JDBC), with no second sign-in
        String session = signInOn(a, "app.abe");
        assertThat(pageWithSession(b, session).statusCode()).as("a page on B with A's session").isEqualTo(200);
        assertThat(pageWithSession(b, "not-a-session").statusCode()).as("the same page without it").isEqualTo(302);

        // 200 applications, submitted half through each node
        List<ApplicationId> submitted = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            submitted.add(ScreeningDriver.submit(i % 2 == 0 ? a : b, ScreeningDriver.APPLICANTS.get(i % 5),
                    "Cluster application " + i));
        }
        RuntimeService runtime = b.bean(RuntimeService.class);
        ManagementService management = b.bean(ManagementService.class);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("GapFundScreening").count())
                .isEqualTo(APPLICATIONS);
        // each submit committed at once; both job executors check eligibility and assign the 600 reviewers
        ScreeningDriver.awaitEligibilityChecks(b, Duration.ofMinutes(3));
        ApplicationService applications = b.bean(ApplicationService.class);
        assertThat(submitted).as("applications after their eligibility jobs")
                .allSatisfy(id -> assertThat(applications.require(id).getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW));

        // eleven days later the 600 review reminders fall due, and node A stops mid-run. Node B's job executor pauses
        // until node A has sent a first one: the node whose acquisition wakes first may do every due job within a
        // second or two, and A must have had a share. A's job executor stops first (no new jobs; those it has taken
        // finish), so that A cannot finish the rest while its context closes.
        JobExecutor jobExecutorOfB = b.bean(JobExecutor.class);
        jobExecutorOfB.shutdown();
        Duration elevenDays = Duration.ofDays(11).plusHours(1);
        clock.advance(elevenDays);
        ClockUtil.offset(elevenDays.toMillis());
        HistoryService history = b.bean(HistoryService.class);
        Supplier<String> reminders = () -> reminderStatus(List.of(a, b), history, management);
        awaitOrExplain(Duration.ofMinutes(3), Duration.ofMillis(20), () -> reminderJobsDoneBy(history, "node-a") > 0,
                "node A sends a first reminder", reminders);
        a.bean(JobExecutor.class).shutdown();
        jobExecutorOfB.start();
        a.close();
        assertThat(pageWithSession(b, session).statusCode()).as("the session after node A stopped").isEqualTo(200);
        awaitOrExplain(Duration.ofMinutes(5), Duration.ofMillis(500),
                () -> management.createJobQuery().activityId(REMINDER).count() == 0, "node B sends the rest", reminders);
        long byA = reminderJobsDoneBy(history, "node-a");
        long byB = reminderJobsDoneBy(history, "node-b");
        System.out.printf("reminders: %d by node A before it stopped, %d by node B%n", byA, byB);
        assertThat(byA).as("reminders sent by node A before it stopped").isPositive();
        assertThat(byB).as("reminders sent by node B").isPositive();
        assertThat(byA + byB).as("each of the 600 reminder jobs succeeded exactly once").isEqualTo(3L * APPLICATIONS);
        assertThat(history.createHistoricJobLogQuery().activityIdIn(REMINDER).successLog().list())
                .extracting(log -> log.getJobId()).doesNotHaveDuplicates();

        // the reviewers and the PM finish their work through node B; its job executor joins and scores
        ScreeningDriver.reviewEverything(b);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> ScreeningDriver.decideTasks(b).size() == APPLICATIONS);
        ScreeningDriver.decideEverything(b);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> runtime.createProcessInstanceQuery().processDefinitionKey("GapFundScreening").count() == 0);

        // every screening reached its end; nothing twice; no incident, no job left
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("GapFundScreening").completed()
                .count()).isEqualTo(APPLICATIONS);
        assertThat(runtime.createIncidentQuery().count()).isZero();
        // (the nightly history cleanup job stays: it is not part of any screening)
        assertThat(management.createJobQuery().processDefinitionKey("GapFundScreening").count()).isZero();
        for (ApplicationId id : submitted) {
            assertNothingTwice(b, id);
        }
        Map<RecordingMailServer.Mail, Long> mails = mail.accepted().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(mails).allSatisfy((m, count) -> assertThat(count).as("copies of %s", m).isEqualTo(1));
        assertThat(mails).hasSize(APPLICATIONS * (3 + 3 + 1));
    }

    // ---------------------------------------------------------------- the work

    private static long reminderJobsDoneBy(HistoryService history, String hostname) {
        return history.createHistoricJobLogQuery().activityIdIn(REMINDER).hostname(hostname).successLog().count();
    }

    /**
     * Awaits the condition; if it does not hold in time, fails with what the cluster was doing, so that a failure on a
     * CI machine says whether a job executor stopped, jobs failed, or jobs stayed locked.
     */
    private static void awaitOrExplain(Duration atMost, Duration poll, Callable<Boolean> condition, String what,
            Supplier<String> status) {
        try {
            await().atMost(atMost).pollInterval(poll).until(condition);
        } catch (ConditionTimeoutException timeout) {
            throw new AssertionError("not within " + atMost + ": " + what + "; " + status.get(), timeout);
        }
    }

    /** One line: the reminders done by each node, those left (due, failing, locked by whom), each job executor. */
    private static String reminderStatus(List<ClusterNode> nodes, HistoryService history, ManagementService management) {
        List<Job> left = management.createJobQuery().activityId(REMINDER).list();
        Map<String, Long> lockOwners = left.stream().collect(Collectors.groupingBy(
                job -> String.valueOf(((JobEntity) job).getLockOwner()), Collectors.counting()));
        String executors = nodes.stream().map(node -> node + (node.isRunning()
                ? " job executor " + (node.bean(JobExecutor.class).isActive() ? "active" : "INACTIVE") : " stopped"))
                .collect(Collectors.joining(", "));
        return "reminders done by node-a " + reminderJobsDoneBy(history, "node-a") + ", by node-b "
                + reminderJobsDoneBy(history, "node-b") + ", failed attempts "
                + history.createHistoricJobLogQuery().activityIdIn(REMINDER).failureLog().count() + "; left " + left.size()
                + " (due " + left.stream().filter(job -> !job.getDuedate().after(ClockUtil.getCurrentTime())).count()
                + ", with exception " + left.stream().filter(job -> job.getExceptionMessage() != null).count()
                + ", lock owners " + lockOwners + "); all executable jobs " + management.createJobQuery().executable().count()
                + "; " + executors;
    }

    // ---------------------------------------------------------------- sessions

    /** Signs in with the login form of the node and returns the session cookie's value. */
    private static String signInOn(ClusterNode node, String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = URI.create("http://localhost:" + node.port() + "/login");
        String form = browser.send(HttpRequest.newBuilder(login).header("Accept", "text/html").GET().build(),
                BodyHandlers.ofString()).body();
        Matcher csrf = CSRF_FIELD.matcher(form);
        assertThat(csrf.find()).as("CSRF field of the login form").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + user + "&password=" + Api.PASSWORD + "&_csrf=" + csrf.group(1)))
                .build(), BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.headers()));
    }

    /** The applicant's list of applications, asked of the node with nothing but the session cookie. */
    private static HttpResponse<String> pageWithSession(ClusterNode node, String session)
            throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/applicant/applications"))
                        .header("Accept", "text/html").header("Cookie", "SESSION=" + session).GET().build(),
                BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- checks

    private static void assertNothingTwice(ClusterNode node, ApplicationId id) {
        Application application = node.bean(ApplicationService.class).require(id);
        assertThat(application.getStatus()).isIn(ApplicationStatus.ADOPTED, ApplicationStatus.REJECTED);
        assertThat(node.bean(DecisionService.class).decisionsOn(id)).hasSize(1);
        assertThat(node.bean(ReviewService.class).assignmentsOf(id)).hasSize(3)
                .allSatisfy(assignment -> assertThat(assignment.remindersSent()).isEqualTo(1));
        Map<String, Long> actions = node.bean(AuditLog.class).trailOf(ApplicationService.AUDIT_SUBJECT, id.value())
                .stream().collect(Collectors.groupingBy(AuditEntry::action, Collectors.counting()));
        Map<String, Long> expected = new HashMap<>();
        expected.put("APPLICATION_SUBMITTED", 1L);
        expected.put("REVIEWERS_ASSIGNED", 1L);
        expected.put("REVIEW_SUBMITTED", 3L);
        expected.put("DECISION_MADE", 1L);
        assertThat(actions).as("audit trail of %s", id).containsAllEntriesOf(expected);
        Map<NotificationKind, Long> told = node.bean(Notifier.class).aboutApplication(id).stream()
                .collect(Collectors.groupingBy(Notification::kind, Collectors.counting()));
        assertThat(told).as("notifications about %s", id).containsEntry(NotificationKind.REVIEW_ASSIGNED, 3L)
                .containsEntry(NotificationKind.REVIEW_REMINDER, 3L)
                .containsEntry(application.getStatus() == ApplicationStatus.ADOPTED ? NotificationKind.APPLICATION_ADOPTED
                        : NotificationKind.APPLICATION_REJECTED, 1L)
                .hasSize(3);
    }

    private static Map<String, Object> freshDatabase() {
        Map<String, Object> properties = new HashMap<>();
        EmbeddedPostgresSupport.registerFreshDatabase((name, value) -> properties.put(name, value.get()));
        return properties;
    }
}
