package jp.mebuki.core.review;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewDrafts extends ListCrudRepository<ReviewDraft, Long> {

    Optional<ReviewDraft> findByAssignmentId(ReviewAssignmentId assignmentId);
}
