package jp.mebuki.core.review;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

interface Reviews extends ListCrudRepository<Review, ReviewId> {

    List<Review> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);

    List<Review> findByReviewerIdOrderByIdDesc(UserId reviewerId);

    /** The weighted scores of one round: one query, where loading the reviews adds one per review for its scores. */
    @Query("select weighted_score from review where application_id = :applicationId and review_round = :round order by id")
    List<BigDecimal> findWeightedScores(long applicationId, int round);
}
