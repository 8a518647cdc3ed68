package jp.mebuki.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/**
 * The reviewer workload that reviewer selection ranks by ({@code reviewer_workload}) against the truth it
 * stands for: the open assignments themselves. These tests commit, as the platform does; each cancels what
 * it opened, so that the shared database ends as it began.
 */
@SpringBootTest
class ReviewerWorkloadIT {

    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationService applications;
    @Autowired
    CallCatalog calls;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void followsAnAssignmentFromItsOpeningToItsEnd() {
        Map<Long, Integer> before = workload();
        ApplicationId application = underReview("AI");

        List<ReviewAssignmentId> ids = reviews.assignReviewers(application);
        ReviewAssignment conflicted = reviews.requireAssignment(ids.get(0));
        ReviewAssignment scored = reviews.requireAssignment(ids.get(1));
        assertThat(ids).hasSize(3);
        assertThat(workload()).isEqualTo(openAssignments());
        ids.stream().map(reviews::requireAssignment).map(ReviewAssignment::reviewerId)
                .forEach(reviewer -> assertThat(openOf(reviewer)).isEqualTo(before.getOrDefault(reviewer.value(), 0) + 1));

        reviews.declareConflict(conflicted.id(), conflicted.reviewerId(), actorOf(conflicted), true, "former student");
        assertThat(openOf(conflicted.reviewerId())).isEqualTo(before.getOrDefault(conflicted.reviewerId().value(), 0));
        ReviewAssignment replacement = reviews.requireAssignment(reviews.reassign(conflicted.id()).orElseThrow());
        reviews.declareConflict(scored.id(), scored.reviewerId(), actorOf(scored), false, null);
        // accepted is still open: the reviewer has the scoring ahead
        assertThat(openOf(scored.reviewerId())).isEqualTo(before.getOrDefault(scored.reviewerId().value(), 0) + 1);
        reviews.submitReview(scored.id(), scored.reviewerId(), actorOf(scored), Map.of("TECHNOLOGY", 4, "MARKET", 4,
                "TEAM", 4, "PLAN", 4, "IMPACT", 4), "Convincing field data.", Recommendation.ADOPT);
        assertThat(openOf(scored.reviewerId())).isEqualTo(before.getOrDefault(scored.reviewerId().value(), 0));
        assertThat(openOf(replacement.reviewerId()))
                .isEqualTo(before.getOrDefault(replacement.reviewerId().value(), 0) + 1);
        assertThat(workload()).isEqualTo(openAssignments());

        assertThat(reviews.cancelOpenAssignments(application)).isEqualTo(2);
        assertThat(workload()).isEqualTo(before).isEqualTo(openAssignments());
    }

    @Test
    void keepsNothingOfARolledBackAssignment() {
        Map<Long, Integer> before = workload();
        ApplicationId application = underReview("MATERIALS");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(reviews.assignReviewers(application)).hasSize(3);
            status.setRollbackOnly();
        });

        assertThat(workload()).isEqualTo(before).isEqualTo(openAssignments());
    }

    @Test
    void losesNoAssignmentOfConcurrentScreenings() throws Exception {
        Map<Long, Integer> before = workload();
        List<ApplicationId> screened = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            screened.add(underReview(i % 2 == 0 ? "AI" : "MATERIALS"));
        }

        ExecutorService screenings = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<ReviewAssignmentId>>> assigned = new ArrayList<>();
            screened.forEach(application -> assigned.add(screenings.submit(() -> reviews.assignReviewers(application))));
            for (Future<List<ReviewAssignmentId>> ids : assigned) {
                assertThat(ids.get()).hasSize(3);
            }
        } finally {
            screenings.shutdownNow();
        }

        Map<Long, Integer> after = workload();
        assertThat(after).isEqualTo(openAssignments());
        assertThat(after.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(before.values().stream().mapToInt(Integer::intValue).sum() + 3 * screened.size());
        screened.forEach(reviews::cancelOpenAssignments);
        assertThat(workload()).isEqualTo(before);
    }

    @Test
    void refusesAnAssignmentChangeRatherThanLoseItWhenACounterRowItHasSeenIsGone() {
        ApplicationId application = underReview("AI");
        List<ReviewAssignmentId> ids = reviews.assignReviewers(application);
        ReviewAssignment assignment = reviews.requireAssignment(ids.get(0));
        long reviewer = assignment.reviewerId().value();
        int open = openOf(assignment.reviewerId());
        // counter rows are never deleted; this node now skips the existence check for this reviewer
        jdbc.sql("delete from reviewer_workload where reviewer_id = ?").param(reviewer).update();
        try {
            assertThatThrownBy(() -> reviews.declareConflict(assignment.id(), assignment.reviewerId(),
                    actorOf(assignment), true, "former student"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("reviewer " + reviewer);
            // nothing half-saved: the assignment is still open
            assertThat(reviews.requireAssignment(assignment.id()).state()).isEqualTo(assignment.state());
        } finally {
            jdbc.sql("insert into reviewer_workload (reviewer_id, open_assignments) values (?, ?)").params(reviewer, open)
                    .update();
        }
        assertThat(workload()).isEqualTo(openAssignments());
        reviews.cancelOpenAssignments(application);
    }

    // ---------------------------------------------------------------- helpers

    /** A submitted application of app.abe in the given field, in its first review round (committed). */
    private ApplicationId underReview(String field) {
        return ApplicationsUnderReview.create(applications, calls, users, "Tidal energy monitoring", field).getId();
    }

    private Actor actorOf(ReviewAssignment assignment) {
        return Actor.user(users.require(assignment.reviewerId()).username());
    }

    private int openOf(UserId reviewer) {
        return workload().getOrDefault(reviewer.value(), 0);
    }

    /** The counter table, reviewers with no open assignment left out. */
    private Map<Long, Integer> workload() {
        return rows("select reviewer_id, open_assignments from reviewer_workload where open_assignments <> 0");
    }

    /** What the counters must say: the open assignments counted one by one. */
    private Map<Long, Integer> openAssignments() {
        return rows("select reviewer_id, count(*) from review_assignment where state in ('ASSIGNED', 'ACCEPTED')"
                + " group by reviewer_id");
    }

    private Map<Long, Integer> rows(String sql) {
        Map<Long, Integer> rows = new HashMap<>();
        jdbc.sql(sql).query((row, n) -> Map.entry(row.getLong(1), row.getInt(2))).list()
                .forEach(entry -> rows.put(entry.getKey(), entry.getValue()));
        return rows;
    }
}
