package jp.mebuki.core.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

interface ReviewAssignments extends ListCrudRepository<ReviewAssignment, ReviewAssignmentId> {

    List<ReviewAssignment> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);

    List<ReviewAssignment> findByApplicationIdAndReviewRoundOrderByIdAsc(ApplicationId applicationId, int round);

    List<ReviewAssignment> findByReviewerIdAndStateInOrderByDueAtAsc(UserId reviewerId,
            Collection<AssignmentState> states);

    /**
     * Writes the state and the reminder count of an existing assignment, the only fields that change once it
     * exists, if it still has {@code version}: 1 row, or 0 when somebody else changed it since it was read.
     */
    @Modifying
    @Query("update review_assignment set state = :state, reminders_sent = :remindersSent, version = version + 1"
            + " where id = :id and version = :version")
    int updateProgress(long id, String state, int remindersSent, int version);
}
