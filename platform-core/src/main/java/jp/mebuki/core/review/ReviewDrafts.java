package jp.mebuki.core.review;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewDrafts extends ListCrudRepository<ReviewDraft, Long> {

    Optional<ReviewDraft> findByAssignmentId(ReviewAssignmentId assignmentId);

    /** Whether the reviewer kept a draft, without reading it: most reviews are submitted without one. */
    @Query("select id from review_draft where assignment_id = :assignmentId")
    Optional<Long> findIdByAssignmentId(long assignmentId);
}
