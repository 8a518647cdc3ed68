package jp.mebuki.core.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.user.UserId;

interface Applications extends ListCrudRepository<Application, ApplicationId> {

    List<Application> findByApplicantIdOrderByIdAsc(UserId applicantId);

    List<Application> findByCallIdOrderByIdAsc(CallId callId);

    List<Application> findAllByOrderByIdAsc();

    @Query("select call_id from application where id = :id")
    Optional<Long> findCallIdById(long id);

    /**
     * Writes the columns that a step of the screening changes (everything but the content, which only a draft
     * or an edit sets), if the row still has {@code version}: 1 row, or 0 when somebody else changed it since
     * it was read.
     */
    @Modifying
    @Query("update application set status = :status, review_round = :reviewRound,"
            + " first_submitted_at = :firstSubmittedAt, last_submitted_at = :lastSubmittedAt,"
            + " weighted_mean_score = :weightedMeanScore, score_spread = :scoreSpread, version = version + 1"
            + " where id = :id and version = :version")
    int updateProgress(long id, String status, int reviewRound, Instant firstSubmittedAt, Instant lastSubmittedAt,
            BigDecimal weightedMeanScore, BigDecimal scoreSpread, int version);
}
