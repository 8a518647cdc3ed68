package jp.mebuki.core.stagegate;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GateReviews extends ListCrudRepository<GateReview, GateReviewId> {

    List<GateReview> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);
}
