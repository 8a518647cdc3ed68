package jp.mebuki.core.review;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

interface Reviews extends ListCrudRepository<Review, ReviewId> {

    List<Review> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);

    List<Review> findByApplicationIdAndReviewRoundOrderByIdAsc(ApplicationId applicationId, int round);

    List<Review> findByReviewerIdOrderByIdDesc(UserId reviewerId);
}
