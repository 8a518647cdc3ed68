package jp.mebuki.workflows.task;

import java.time.Instant;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.review.ReviewAssignmentId;

/**
 * An open task in someone's inbox, without engine types.
 *
 * @param reviewAssignmentId the reviewer's assignment; {@code null} for {@link TaskKind#DECIDE}
 * @param dueAt              {@code null} when the task has no due date
 */
public record WorkTask(String id, TaskKind kind, String name, ApplicationId applicationId,
        ReviewAssignmentId reviewAssignmentId, Instant createdAt, Instant dueAt) {
}
