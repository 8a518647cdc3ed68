package jp.mebuki.workflows.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.workflows.ScreeningScenario;
import jp.mebuki.workflows.ScreeningScenario.Reviewer;
import jp.mebuki.workflows.ScreeningScenario.Screened;

/**
 * The inbox's read model ({@code open_task}) stays in step with the engine's open tasks: after every step
 * of a screening, its rows for the process are exactly the engine's tasks, with the same assignee, candidate
 * groups, due date and creation time.
 */
@SpringBootTest
class OpenTaskProjectionIT {

    @Autowired
    ScreeningScenario scenario;
    @Autowired
    WorkTaskService inbox;
    @Autowired
    TaskService engineTasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void startFresh() {
        scenario.reset();
    }

    @Test
    void keepsOneRowPerOpenTaskFromCreationToCompletion() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication();
        assertInStepWithTheEngine(application, 3);

        Reviewer first = application.reviewerOfSlot(1).declaresNoConflictOn(application);
        assertInStepWithTheEngine(application, 3);
        assertThat(first.openTask(application, TaskKind.SCORE_APPLICATION)).isNotNull();

        first.scores(application, 4);
        application.reviewerOfSlot(2).declaresNoConflictOn(application).scores(application, 4);
        application.reviewerOfSlot(3).declaresNoConflictOn(application).scores(application, 4);
        scenario.runDueJobs(application);
        assertInStepWithTheEngine(application, 1);
        assertThat(rowsOf(application)).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("UserTaskDecide");
            assertThat(row.assignee()).isNull();
            assertThat(row.groups()).containsExactly("PM");
        });

        scenario.pm("pm.sato").decides(application, jp.mebuki.core.decision.DecisionOutcome.REJECT, "Not convincing.");
        assertInStepWithTheEngine(application, 0);
    }

    @Test
    void followsAnAssignmentADueDateAndACandidateGroupMadeThroughTheTaskService() {
        Screened application = scenario.applicant("app.abe").submitsAnApplication().isReviewedBy(4);
        Task decide = engineTasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult();
        UserAccount suzuki = scenario.user("pm.suzuki");

        engineTasks.setAssignee(decide.getId(), "pm.suzuki");
        assertInStepWithTheEngine(application, 1);
        assertThat(rowsOf(application).get(0).assignee()).isEqualTo("pm.suzuki");

        Task task = engineTasks.createTaskQuery().taskId(decide.getId()).singleResult();
        task.setDueDate(Date.from(scenario.clockNow().plus(Duration.ofDays(3))));
        engineTasks.saveTask(task);
        engineTasks.addCandidateGroup(decide.getId(), "ADMIN");
        assertInStepWithTheEngine(application, 1);
        assertThat(inbox.requireOpenTaskOf(decide.getId(), suzuki).dueAt())
                .isEqualTo(scenario.clockNow().plus(Duration.ofDays(3)));
        assertThat(inbox.requireOpenTaskOf(decide.getId(), scenario.user("admin")).kind()).isEqualTo(TaskKind.DECIDE);
    }

    @Test
    void movesTheSlotToTheNextReviewerWhenAReviewerDeclaresAConflict() {
        Screened application = scenario.applicant("app.inoue").submitsAnApplication();
        Reviewer conflicted = application.reviewerOfSlot(2);
        String oldTask = conflicted.openTask(application, TaskKind.DECLARE_CONFLICT).id();

        conflicted.declaresConflictOn(application, "My former doctoral student leads the team.");

        assertInStepWithTheEngine(application, 3);
        Reviewer next = application.reviewerOfSlot(2);
        assertThat(next.username()).isNotEqualTo(conflicted.username());
        assertThat(next.hasTask(application, TaskKind.DECLARE_CONFLICT)).isTrue();
        assertThat(conflicted.hasTask(application, TaskKind.DECLARE_CONFLICT)).isFalse();
        assertThat(rowsOf(application)).noneMatch(row -> row.id().equals(oldTask));
    }

    @Test
    void movesAnOverdueReviewToTheNextReviewer() {
        Screened application = scenario.applicant("app.hayashi").submitsAnApplication();
        Reviewer late = application.reviewerOfSlot(1);
        application.reviewerOfSlot(2).declaresNoConflictOn(application);

        scenario.timePasses(Duration.ofDays(14).plusMinutes(1));
        scenario.runDueJobs(application);

        assertInStepWithTheEngine(application, 3);
        assertThat(late.hasTask(application, TaskKind.DECLARE_CONFLICT)).isFalse();
        assertThat(application.reviewerOfSlot(1).hasTask(application, TaskKind.DECLARE_CONFLICT)).isTrue();
    }

    @Test
    void dropsTheOpenReviewsWhenAWithdrawalEndsTheProcess() {
        Screened application = scenario.applicant("app.mori").submitsAnApplication();
        List<Reviewer> reviewers = application.currentReviewers();
        reviewers.get(0).declaresNoConflictOn(application);

        application.applicant().withdraws(application, "We found a private investor.");

        assertInStepWithTheEngine(application, 0);
        reviewers.forEach(r -> assertThat(r.inbox()).noneMatch(t -> t.applicationId().equals(application.id())));
    }

    @Test
    void writesNothingWhenTheEngineTransactionRollsBack() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication();
        Reviewer reviewer = application.reviewerOfSlot(1);
        WorkTask task = reviewer.openTask(application, TaskKind.DECLARE_CONFLICT);
        List<ProjectedRow> before = rowsOf(application);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            engineTasks.complete(task.id());
            assertThat(rowsOf(application)).hasSize(3).noneMatch(row -> row.id().equals(task.id()));
            throw new IllegalStateException("the surrounding transaction fails after the completion");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rowsOf(application)).isEqualTo(before);
        assertThat(reviewer.openTask(application, TaskKind.DECLARE_CONFLICT)).isEqualTo(task);
    }

    @Test
    void hidesTheTasksOfASuspendedProcessUntilItIsActivatedAgain() {
        Screened application = scenario.applicant("app.abe").submitsAnApplication();
        Reviewer reviewer = application.reviewerOfSlot(1);
        WorkTask task = reviewer.openTask(application, TaskKind.DECLARE_CONFLICT);

        runtime.suspendProcessInstanceById(application.processInstanceId());
        assertThat(reviewer.hasTask(application, TaskKind.DECLARE_CONFLICT)).isFalse();
        assertThatThrownBy(() -> inbox.declareConflict(task.id(), reviewer.account(), false, null))
                .isInstanceOf(jp.mebuki.core.shared.NotFoundException.class);

        runtime.activateProcessInstanceById(application.processInstanceId());
        assertThat(reviewer.openTask(application, TaskKind.DECLARE_CONFLICT)).isEqualTo(task);
    }

    @Test
    void pagesThroughTheInboxInItsOrder() {
        for (int i = 0; i < 4; i++) {
            scenario.applicant("app.mori").submitsAnApplication().isReviewedBy(3);
            scenario.timePasses(Duration.ofHours(1));
        }
        UserAccount pm = scenario.user("pm.sato");
        List<WorkTask> all = inbox.openTasksOf(pm);
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);

        List<WorkTask> paged = new ArrayList<>();
        for (int page = 0; paged.size() < all.size(); page++) {
            List<WorkTask> slice = inbox.openTasksOf(pm, page, 3);
            assertThat(slice).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            paged.addAll(slice);
        }
        assertThat(paged).isEqualTo(all);
        assertThatThrownBy(() -> inbox.openTasksOf(pm, -1, 10)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("page");
        assertThatThrownBy(() -> inbox.openTasksOf(pm, 0, WorkTaskService.MAX_PAGE_SIZE + 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("size");
    }

    @Test
    void findsTheOpenTaskAboutOneApplicationForItsUserOnly() {
        Screened first = scenario.applicant("app.kimura").submitsAnApplication().isReviewedBy(4);
        Screened second = scenario.applicant("app.kimura").submitsAnApplication().isReviewedBy(3);
        UserAccount pm = scenario.user("pm.sato");

        String decideFirst = engineTasks.createTaskQuery().processInstanceId(first.processInstanceId())
                .taskDefinitionKey("UserTaskDecide").singleResult().getId();
        assertThat(inbox.openTaskOf(pm, TaskKind.DECIDE, first.id())).get()
                .satisfies(task -> assertThat(task.applicationId()).isEqualTo(first.id()))
                .satisfies(task -> assertThat(task.id()).isEqualTo(decideFirst));
        assertThat(inbox.openTaskOf(pm, TaskKind.DECIDE, second.id())).get()
                .satisfies(task -> assertThat(task.applicationId()).isEqualTo(second.id()));
        assertThat(inbox.openTasksOf(pm, Set.of(TaskKind.DECIDE))).extracting(WorkTask::applicationId)
                .contains(first.id(), second.id()).doesNotContainNull();
        // the same question from someone the task is not offered to, or about another kind, finds nothing
        assertThat(inbox.openTaskOf(scenario.user("app.kimura"), TaskKind.DECIDE, first.id())).isEmpty();
        assertThat(inbox.openTaskOf(scenario.user("rev.yoshida"), TaskKind.DECIDE, first.id())).isEmpty();
        assertThat(inbox.openTaskOf(pm, TaskKind.SCORE_APPLICATION, first.id())).isEmpty();
        assertThatThrownBy(() -> inbox.openTasksOf(pm, Set.of(TaskKind.GENERIC)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- helpers

    record ProjectedRow(String id, String key, String assignee, Long createdAt, Long dueAt, Set<String> groups) {
    }

    private void assertInStepWithTheEngine(Screened application, int expectedOpenTasks) {
        List<ProjectedRow> engine = engineTasks.createTaskQuery().processInstanceId(application.processInstanceId())
                .list().stream()
                .map(t -> new ProjectedRow(t.getId(), t.getTaskDefinitionKey(), t.getAssignee(),
                        t.getCreateTime().getTime(), t.getDueDate() == null ? null : t.getDueDate().getTime(),
                        engineTasks.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
                                .filter(g -> g != null).collect(Collectors.toCollection(TreeSet::new))))
                .sorted(java.util.Comparator.comparing(ProjectedRow::id)).toList();
        assertThat(rowsOf(application)).isEqualTo(engine).hasSize(expectedOpenTasks);
        // the screening's business key names the application, as its variable does
        assertThat(jdbc.sql("select application_id from open_task where process_instance_id = ?")
                .param(application.processInstanceId()).query(Long.class).list())
                .hasSize(expectedOpenTasks).allMatch(id -> id == application.id().value());
    }

    private List<ProjectedRow> rowsOf(Screened application) {
        return jdbc.sql("select task_id, task_definition_key, assignee, created_at_epoch_ms, due_at_epoch_ms"
                + " from open_task where process_instance_id = ? order by task_id")
                .param(application.processInstanceId())
                .query((row, n) -> new ProjectedRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getLong(4), (Long) row.getObject(5, Long.class),
                        new TreeSet<>(jdbc.sql("select group_id from open_task_candidate_group where task_id = ?")
                                .param(row.getString(1)).query(String.class).list())))
                .list();
    }
}
