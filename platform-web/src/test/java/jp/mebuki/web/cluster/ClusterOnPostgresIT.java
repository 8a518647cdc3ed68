package jp.mebuki.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import jp.mebuki.web.support.MutableClock;

/**
 * Two platform nodes on one PostgreSQL database, each with its own job executor. They start together
 * (one version of each model is deployed), screen 200 applications whose review reminders fire while
 * node A is stopped mid-run, and node B finishes everything: every screening ends, nothing is done
 * twice (notifications, mails, reminders, decisions, audit entries) and no incident is left.
 */
class ClusterOnPostgresIT {

    private static final int APPLICATIONS = 200;
    private static final String REMINDER = "BoundaryEventReviewReminder";

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
    void twoNodesShareTheWorkAndTheSurvivorFinishesItWhenOneStops() {
        Map<String, Object> database = freshDatabase();

        // first start of a new database: one node creates the schemas and the demo data, deploying nothing
        try (ClusterNode setup = ClusterNode.start("setup", database, clock, mail,
                "--camunda.bpm.auto-deployment-enabled=false")) {
            assertThat(setup.bean(RepositoryService.class).createDeploymentQuery().count()).isZero();
        }

        // both nodes start at the same time and both deploy the models: one version results
        CompletableFuture<ClusterNode> startingA = CompletableFuture.supplyAsync(
                () -> ClusterNode.start("a", database, clock, mail, "--mebuki.demo-data.enabled=false",
                        "--camunda.bpm.generic-properties.properties.hostname=node-a"));
        CompletableFuture<ClusterNode> startingB = CompletableFuture.supplyAsync(
                () -> ClusterNode.start("b", database, clock, mail, "--mebuki.demo-data.enabled=false",
                        "--camunda.bpm.generic-properties.properties.hostname=node-b"));
        ClusterNode a = startingA.join();
        ClusterNode b = startingB.join();
        nodes.addAll(List.of(a, b));
        RepositoryService repository = b.bean(RepositoryService.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("GapFundScreening").count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("GapFundEligibility").count())
                .isEqualTo(1);

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

        // eleven days later the 600 review reminders fall due; both job executors take them; node A stops mid-run
        Duration elevenDays = Duration.ofDays(11).plusHours(1);
        clock.advance(elevenDays);
        ClockUtil.offset(elevenDays.toMillis());
        HistoryService history = b.bean(HistoryService.class);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> reminderJobsDoneBy(history, "node-a") > 0);
        a.close();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> management.createJobQuery().activityId(REMINDER).count() == 0);
        long byA = reminderJobsDoneBy(history, "node-a");
        long byB = reminderJobsDoneBy(history, "node-b");
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
