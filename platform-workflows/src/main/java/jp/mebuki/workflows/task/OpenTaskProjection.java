package jp.mebuki.workflows.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.review.ReviewAssignmentId;
import jp.mebuki.core.shared.TransactionMemo;
import jp.mebuki.workflows.mentoring.MentorAssignmentProcess;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;

/**
 * The inbox's read model (tables {@code open_task} and {@code open_task_candidate_group}, Flyway V8): one
 * row per open user task of a {@link TaskKind}, with what the inbox shows, so that a page of a user's
 * tasks is one indexed query instead of a task query plus a variable read per task.
 * <p>
 * Kept in step by this listener, which {@link OpenTaskProjectionPlugin} adds as a built-in listener to
 * every user task of every deployed model (built-in: not skipped by "skip custom listeners"). It writes
 * through the engine's own transaction (the same Spring-managed connection), so a rolled-back command
 * leaves no row behind. Reads join the engine's {@code ACT_RU_TASK} by primary key, so a task that is
 * suspended, or was removed without listeners, is never shown.
 */
@Component
class OpenTaskProjection implements TaskListener {

    private static final String COLUMNS = "o.task_id, o.task_definition_key, o.name, o.application_id,"
            + " o.review_assignment_id, o.mentoring_match_id, o.created_at_epoch_ms, o.due_at_epoch_ms";
    /** Overdue and earliest due first; tasks without a due date last; then oldest first. */
    private static final String UNION_ORDER = " order by due_at_epoch_ms nulls last, created_at_epoch_ms, task_id";
    private static final String ACTIVE_IN_ENGINE = " join ACT_RU_TASK t on t.ID_ = o.task_id and t.SUSPENSION_STATE_ = 1";

    private final JdbcClient jdbc;
    /** The assignee this transaction last wrote for a task (its row already says so). */
    private final TransactionMemo<String, String> written = new TransactionMemo<>("open tasks written");

    OpenTaskProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- kept in step by the engine

    @Override
    public void notify(DelegateTask task) {
        // only user tasks the inbox shows carry this listener (OpenTaskProjectionPlugin)
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> insert(task);
            case EVENTNAME_ASSIGNMENT -> {
                // the engine announces a model's assignee right after creating the task: the row has it already
                if (!Objects.equals(String.valueOf(task.getAssignee()), written.peek(task.getId()))) {
                    updateRow(task);
                }
            }
            case EVENTNAME_UPDATE -> update(task);
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> delete(task.getId());
            default -> {
                // a timeout listener event changes nothing the inbox shows
            }
        }
    }

    private void insert(DelegateTask task) {
        TaskKind kind = kindOf(task.getTaskDefinitionKey());
        // a task just created has no variables of its own: read from its execution, which skips the engine's
        // query for the task's local variables
        DelegateExecution scope = task.getExecution();
        Long applicationId;
        Long reviewAssignmentId = null;
        Long mentoringMatchId = null;
        if (kind.isMentoring()) {
            boolean gapFund = MenteeKind.GAP_FUND_APPLICATION.name()
                    .equals(MentorAssignmentProcess.MENTEE_KIND.from(scope).getOrNull());
            applicationId = gapFund ? MentorAssignmentProcess.MENTEE_ID.from(scope).getOrNull() : null;
            mentoringMatchId = MentorAssignmentProcess.MENTORING_MATCH_ID.from(scope).getOrNull();
        } else {
            applicationId = applicationOf(scope);
            if (kind != TaskKind.DECIDE && kind != TaskKind.GENERIC) {
                reviewAssignmentId = GapFundScreeningProcess.REVIEW_ASSIGNMENT_ID.from(scope).getOrNull();
            }
        }
        jdbc.sql("insert into open_task (task_id, task_definition_key, name, assignee, process_instance_id,"
                + " application_id, review_assignment_id, mentoring_match_id, created_at_epoch_ms, due_at_epoch_ms)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                        task.getProcessInstanceId(), applicationId, reviewAssignmentId, mentoringMatchId,
                        task.getCreateTime().getTime(), epochMillis(task.getDueDate()))
                .update();
        written.put(task.getId(), String.valueOf(task.getAssignee()));
        insertCandidateGroups(task);
    }

    /**
     * The application a task is about. In a screening it is the business key, from the process instance the
     * engine holds already: the variable would have to be looked up through the scopes above a review slot's
     * task (the multi-instance body, the process instance), loading their variables if the command has not.
     * The process key comes from the engine's deployment cache, not the parsed model, whose DOM look-ups
     * synchronise on one document shared by all threads.
     */
    private static Long applicationOf(DelegateExecution scope) {
        if (scope instanceof ExecutionEntity execution
                && GapFundScreeningProcess.KEY.equals(execution.getProcessDefinition().getKey())) {
            Long fromKey = GapFundScreeningProcess.applicationIdOf(scope.getProcessBusinessKey());
            if (fromKey != null) {
                return fromKey;
            }
        }
        return GapFundScreeningProcess.APPLICATION_ID.from(scope).getOrNull();
    }

    /** A new assignee (also right after creation, when the model assigns by expression) changes only the row. */
    private int updateRow(DelegateTask task) {
        written.put(task.getId(), String.valueOf(task.getAssignee()));
        return jdbc.sql("update open_task set name = ?, assignee = ?, due_at_epoch_ms = ? where task_id = ?")
                .params(task.getName(), task.getAssignee(), epochMillis(task.getDueDate()), task.getId()).update();
    }

    private void update(DelegateTask task) {
        if (updateRow(task) > 0) {
            // candidates may have been added or removed through the task service
            deleteCandidates(task.getId());
            insertCandidateGroups(task);
        }
    }

    /** The groups (the models' role names) and, for tasks added in the Modeler, the users a task is offered to. */
    private void insertCandidateGroups(DelegateTask task) {
        task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct()
                .forEach(group -> jdbc.sql("insert into open_task_candidate_group (task_id, group_id) values (?, ?)")
                        .params(task.getId(), group).update());
        task.getCandidates().stream().map(IdentityLink::getUserId).filter(Objects::nonNull).distinct()
                .forEach(user -> jdbc.sql("insert into open_task_candidate_user (task_id, user_id) values (?, ?)")
                        .params(task.getId(), user).update());
    }

    private void deleteCandidates(String taskId) {
        jdbc.sql("delete from open_task_candidate_group where task_id = ?").param(taskId).update();
        jdbc.sql("delete from open_task_candidate_user where task_id = ?").param(taskId).update();
    }

    /** The candidate rows go with it ({@code on delete cascade}). */
    private void delete(String taskId) {
        jdbc.sql("delete from open_task where task_id = ?").param(taskId).update();
    }

    // ---------------------------------------------------------------- read by the inbox

    /**
     * A page of the tasks assigned to the user or offered to one of the groups, in inbox order. One indexed
     * branch per way a task reaches the user, their union sorted once (H2 ran the former {@code task_id in
     * (…union…)} form as a scan of every open task: 2.3 s for a PM with 2,000 decisions open).
     */
    List<WorkTask> visibleTo(String username, List<String> groups, int offset, int limit) {
        return visibleTo(username, groups, List.of(), null, offset, limit);
    }

    /**
     * The same, only tasks whose model id is one of {@code taskDefinitionKeys} (all when empty) and, when
     * {@code applicationId} is given, only those about that application: a page opened from one application
     * reads its task through the index on {@code application_id}, not the user's whole inbox.
     */
    List<WorkTask> visibleTo(String username, List<String> groups, List<String> taskDefinitionKeys,
            Long applicationId, int offset, int limit) {
        String filter = (taskDefinitionKeys.isEmpty() ? "" : " and o.task_definition_key in (:keys)")
                + (applicationId == null ? "" : " and o.application_id = :application");
        String select = "select " + COLUMNS + " from open_task o";
        String rows = select + ACTIVE_IN_ENGINE + " where o.assignee = :user" + filter
                + " union " + select + " join open_task_candidate_user u on u.task_id = o.task_id" + ACTIVE_IN_ENGINE
                + " where u.user_id = :user" + filter;
        if (!groups.isEmpty()) {
            rows += " union " + select + " join open_task_candidate_group g on g.task_id = o.task_id" + ACTIVE_IN_ENGINE
                    + " where g.group_id in (:groups)" + filter;
        }
        JdbcClient.StatementSpec query = jdbc.sql(rows + UNION_ORDER + " limit :limit offset :offset")
                .param("user", username).param("limit", limit).param("offset", offset);
        if (!groups.isEmpty()) {
            query = query.param("groups", groups);
        }
        if (!taskDefinitionKeys.isEmpty()) {
            query = query.param("keys", taskDefinitionKeys);
        }
        if (applicationId != null) {
            query = query.param("application", applicationId);
        }
        return query.query(OpenTaskProjection::toWorkTask).list();
    }

    /** The task, if it is open, active and assigned to the user or offered to one of the groups. */
    Optional<WorkTask> find(String taskId, String username, List<String> groups) {
        String offered = groups.isEmpty() ? ""
                : " or exists (select 1 from open_task_candidate_group g where g.task_id = o.task_id"
                        + " and g.group_id in (:groups))";
        JdbcClient.StatementSpec query = jdbc.sql("select " + COLUMNS + " from open_task o" + ACTIVE_IN_ENGINE
                + " where o.task_id = :id and (o.assignee = :user"
                + " or exists (select 1 from open_task_candidate_user u where u.task_id = o.task_id and u.user_id = :user)"
                + offered + ")")
                .param("id", taskId).param("user", username);
        if (!groups.isEmpty()) {
            query = query.param("groups", groups);
        }
        return query.query(OpenTaskProjection::toWorkTask).optional();
    }

    private static WorkTask toWorkTask(ResultSet row, int rowNumber) throws SQLException {
        return new WorkTask(row.getString("task_id"), kindOf(row.getString("task_definition_key")),
                row.getString("name"), id(row, "application_id", ApplicationId::new),
                id(row, "review_assignment_id", ReviewAssignmentId::new),
                Instant.ofEpochMilli(row.getLong("created_at_epoch_ms")), instant(row, "due_at_epoch_ms"),
                id(row, "mentoring_match_id", MentoringMatchId::new));
    }

    /** A task of no dedicated kind is one an administrator added with form fields. */
    private static TaskKind kindOf(String taskDefinitionKey) {
        return TaskKind.ofUserTask(taskDefinitionKey).orElse(TaskKind.GENERIC);
    }

    private static <T> T id(ResultSet row, String column, java.util.function.LongFunction<T> type) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : type.apply(value);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Long epochMillis(Date date) {
        return date == null ? null : date.getTime();
    }
}
