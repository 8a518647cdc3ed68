package jp.mebuki.workflows.task;

import java.time.Instant;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.review.ReviewAssignmentId;

/**
 * An open task in someone's inbox, without engine types.
 *
 * @param applicationId      the application; for a mentoring task the mentored gap-fund application, {@code null}
 *                           when the mentee is another kind of team (SBIR project)
 * @param reviewAssignmentId the reviewer's assignment; {@code null} for {@link TaskKind#DECIDE} and mentoring tasks
 * @param dueAt              {@code null} when the task has no due date
 * @param mentoringMatchId   the mentoring match of a mentoring task, else {@code null}
 */
public record WorkTask(String id, TaskKind kind, String name, ApplicationId applicationId,
        ReviewAssignmentId reviewAssignmentId, Instant createdAt, Instant dueAt, MentoringMatchId mentoringMatchId) {
}
