package jp.mebuki.workflows.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.workflows.RecordingMailGateway;
import jp.mebuki.workflows.ScreeningScenario;
import jp.mebuki.workflows.ScreeningScenario.Reviewer;
import jp.mebuki.workflows.ScreeningScenario.Screened;
import jp.mebuki.workflows.task.TaskKind;

/**
 * The mail server is down when the reminder timers fire: the reminder jobs fail, are retried with
 * growing back-off and end as incidents (what Cockpit shows), while the domain keeps no half-sent
 * reminder. Once the mail server is back and an operator retries the incident, each reviewer is
 * reminded exactly once.
 */
@SpringBootTest
class MailServerDownIT {

    @Autowired
    ScreeningScenario scenario;
    @Autowired
    RecordingMailGateway mail;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void startFresh() {
        scenario.reset();
    }

    @Test
    void retriesAFailingReminderWithBackOffThenRaisesAnIncidentAndLosesNothing() {
        Screened application = scenario.applicant("app.abe").submitsAnApplication();
        List<Reviewer> reviewers = application.currentReviewers();
        scenario.forgetMails();
        mail.goesDown();
        scenario.timePasses(Duration.ofDays(11).plusMinutes(1));

        List<Job> reminders = dueJobs(application);
        assertThat(reminders).hasSize(3);
        Job reminder = reminders.get(0);

        // every attempt fails; the engine counts down the retries and pushes the due date back further each time
        List<Duration> backOffs = new ArrayList<>();
        int attempts = 0;
        while (true) {
            Job before = management.createJobQuery().jobId(reminder.getId()).singleResult();
            if (before.getRetries() == 0) {
                break;
            }
            assertThatThrownBy(() -> management.executeJob(reminder.getId()))
                    .hasMessageContaining("mail server unreachable (test)");
            attempts++;
            Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
            assertThat(after.getRetries()).isEqualTo(before.getRetries() - 1);
            if (after.getRetries() > 0) {
                Date now = Date.from(scenario.clockNow());
                backOffs.add(Duration.between(now.toInstant(), after.getDuedate().toInstant()));
                scenario.timePasses(Duration.between(now.toInstant(), after.getDuedate().toInstant()).plusSeconds(1));
            }
        }
        // the first attempt and five retries, as WorkflowEngineConfiguration's PT1M,PT5M,PT15M,PT1H,PT4H says
        assertThat(attempts).isEqualTo(6);
        assertThat(backOffs).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ofHours(4));

        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(application.processInstanceId()).list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(incident.getConfiguration()).isEqualTo(reminder.getId());
            assertThat(incident.getIncidentMessage()).contains("mail server unreachable");
        });

        // nothing half done: no reminder counted or kept, no mail, the reviews are still open
        assertThat(application.openAssignments()).extracting(ReviewAssignment::remindersSent).containsOnly(0);
        for (Reviewer reviewer : reviewers) {
            assertThat(application.notificationsTo(reviewer.username())).containsExactly(NotificationKind.REVIEW_ASSIGNED);
            assertThat(reviewer.hasTask(application, TaskKind.DECLARE_CONFLICT)).isTrue();
        }
        assertThat(scenario.mailsTo(reviewers.get(0).username())).isEmpty();

        // the operator's "retry" in Cockpit once the mail server is back: the reminder goes out once
        mail.comesBack();
        management.setJobRetries(reminder.getId(), 1);
        management.executeJob(reminder.getId());
        assertThat(runtime.createIncidentQuery().processInstanceId(application.processInstanceId()).count()).isZero();
        assertThat(application.openAssignments()).extracting(ReviewAssignment::remindersSent)
                .containsExactlyInAnyOrder(1, 0, 0);
        long remindersSent = reviewers.stream()
                .filter(r -> application.notificationsTo(r.username()).contains(NotificationKind.REVIEW_REMINDER))
                .count();
        assertThat(remindersSent).isEqualTo(1);
        assertThat(reviewers.stream().mapToInt(r -> scenario.mailsTo(r.username()).size()).sum()).isEqualTo(1);
    }

    private List<Job> dueJobs(Screened application) {
        return management.createJobQuery().processInstanceId(application.processInstanceId()).executable().list();
    }
}
