package jp.mebuki.core.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

interface ReviewAssignments extends ListCrudRepository<ReviewAssignment, ReviewAssignmentId> {

    List<ReviewAssignment> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);

    List<ReviewAssignment> findByApplicationIdAndReviewRoundOrderByIdAsc(ApplicationId applicationId, int round);

    List<ReviewAssignment> findByReviewerIdAndStateInOrderByDueAtAsc(UserId reviewerId,
            Collection<AssignmentState> states);
}
