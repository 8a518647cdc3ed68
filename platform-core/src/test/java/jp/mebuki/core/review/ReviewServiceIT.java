package jp.mebuki.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/** Reviewer selection and the review life cycle on the real schema (each test rolls back). */
@SpringBootTest
@Transactional
class ReviewServiceIT {

    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationService applications;
    @Autowired
    CallCatalog calls;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    /** A submitted, eligible application of app.abe (Tohoku University) in the given field, under review. */
    private Application underReview(String field) {
        return ApplicationsUnderReview.create(applications, calls, users, "Edge AI for aquaculture", field);
    }

    private List<String> reviewerNames(List<ReviewAssignmentId> ids) {
        return ids.stream().map(reviews::requireAssignment).map(a -> users.require(a.reviewerId()).username()).toList();
    }

    @Test
    void assignsThreeReviewersPreferringTheFieldAndNeverTheApplicantsInstitution() {
        Application application = underReview("AI");

        List<String> chosen = reviewerNames(reviews.assignReviewers(application.getId()));

        // rev.takahashi knows AI but is at Tohoku University like the applicant
        assertThat(chosen).hasSize(3).doesNotContain("rev.takahashi")
                .contains("rev.yoshida", "rev.matsumoto");
    }

    @Test
    void fillsSlotsOutsideTheFieldWithTheLeastLoadedReviewer() {
        Application first = underReview("AI");
        List<String> firstChosen = reviewerNames(reviews.assignReviewers(first.getId()));
        Application second = underReview("AI");

        List<String> secondChosen = reviewerNames(reviews.assignReviewers(second.getId()));

        // both AI reviewers outside Tohoku University take both; the third slot goes to the
        // alphabetically first idle reviewer, who is no longer idle the second time
        assertThat(firstChosen).containsExactly("rev.matsumoto", "rev.yoshida", "rev.ito");
        assertThat(secondChosen).containsExactly("rev.matsumoto", "rev.yoshida", "rev.kato");
    }

    @Test
    void passesAConflictedSlotToTheNextBestReviewerAndNeverBack() {
        Application application = underReview("AI");
        List<ReviewAssignmentId> ids = reviews.assignReviewers(application.getId());
        ReviewAssignment first = reviews.requireAssignment(ids.get(0));
        UserAccount conflicted = users.require(first.reviewerId());

        reviews.declareConflict(first.id(), conflicted.id(), Actor.user(conflicted.username()), true,
                "co-author of the applicant");
        ReviewAssignmentId next = reviews.reassign(first.id()).orElseThrow();

        ReviewAssignment replacement = reviews.requireAssignment(next);
        assertThat(replacement.slot()).isEqualTo(first.slot());
        assertThat(replacement.reviewerId()).isNotEqualTo(conflicted.id());
        assertThat(reviewerNames(List.of(next))).doesNotContain("rev.takahashi");
        assertThat(reviews.requireAssignment(first.id()).state()).isEqualTo(AssignmentState.CONFLICT_DECLARED);
        assertThat(reviews.mayReview(application.getId(), conflicted.id())).isFalse();
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, application.getId().value()))
                .extracting(AuditEntry::action).contains("CONFLICT_DECLARED", "REVIEWER_REASSIGNED");
    }

    @Test
    void marksAnOverdueReviewAndHandsTheSlotOn() {
        Application application = underReview("MATERIALS");
        ReviewAssignmentId first = reviews.assignReviewers(application.getId()).get(0);

        ReviewAssignmentId next = reviews.reassign(first).orElseThrow();

        assertThat(reviews.requireAssignment(first).state()).isEqualTo(AssignmentState.OVERDUE);
        assertThat(reviews.requireAssignment(next).state()).isEqualTo(AssignmentState.ASSIGNED);
    }

    @Test
    void requiresAReasonForADeclaredConflictAndChangesNothingWithout() {
        Application application = underReview("AI");
        ReviewAssignment assignment = reviews.requireAssignment(reviews.assignReviewers(application.getId()).get(0));
        UserAccount reviewer = users.require(assignment.reviewerId());

        assertThatThrownBy(() -> reviews.declareConflict(assignment.id(), reviewer.id(), Actor.user(reviewer.username()),
                true, " ")).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");
        assertThat(reviews.requireAssignment(assignment.id()).state()).isEqualTo(AssignmentState.ASSIGNED);
    }

    @Test
    void refusesToChangeAnAssignmentThatSomebodyElseChangedSinceItWasRead() {
        Application application = underReview("AI");
        ReviewAssignment read = reviews.requireAssignment(reviews.assignReviewers(application.getId()).get(0));
        UserAccount reviewer = users.require(read.reviewerId());
        // another node's transaction moves the row on after this one read it
        jdbc.update("update review_assignment set version = version + 1 where id = ?", read.id().value());

        assertThatThrownBy(() -> reviews.declareConflict(read.id(), reviewer.id(), Actor.user(reviewer.username()),
                false, null)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select state from review_assignment where id = ?", String.class,
                read.id().value())).isEqualTo("ASSIGNED");
    }

    @Test
    void movesAnAssignmentOnOneVersionAtATime() {
        Application application = underReview("AI");
        ReviewAssignment assigned = reviews.requireAssignment(reviews.assignReviewers(application.getId()).get(0));
        UserAccount reviewer = users.require(assigned.reviewerId());

        reviews.declareConflict(assigned.id(), reviewer.id(), Actor.user(reviewer.username()), false, null);

        ReviewAssignment accepted = reviews.requireAssignment(assigned.id());
        assertThat(accepted.state()).isEqualTo(AssignmentState.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(assigned.version() + 1);
        // the row holds what the next reader gets: the new state and version, the rest as assigned
        List<Object> row = jdbc.queryForObject("select state, version, reviewer_id, slot from review_assignment where id = ?",
                (result, n) -> List.<Object>of(result.getString(1), result.getInt(2), result.getLong(3), result.getInt(4)),
                assigned.id().value());
        assertThat(row)
                .containsExactly("ACCEPTED", accepted.version(), reviewer.id().value(), assigned.slot());
    }

    @Test
    void hidesAnAssignmentFromAnotherReviewer() {
        Application application = underReview("AI");
        ReviewAssignment assignment = reviews.requireAssignment(reviews.assignReviewers(application.getId()).get(0));
        UserId someoneElse = users.requireByUsername("rev.kato").id();

        assertThatThrownBy(() -> reviews.declareConflict(assignment.id(), someoneElse, Actor.user("rev.kato"), false, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesScoresBeforeTheConflictQuestionIsAnswered() {
        Application application = underReview("AI");
        ReviewAssignment assignment = reviews.requireAssignment(reviews.assignReviewers(application.getId()).get(0));

        assertThatThrownBy(() -> reviews.submitReview(assignment.id(), assignment.reviewerId(), Actor.user("x"),
                fullScores(4), "fine", Recommendation.ADOPT)).isInstanceOf(ConflictingStateException.class);
    }

    @Test
    void summarisesTheRoundWithWeightedMeanAndSpread() {
        Application application = underReview("AI");
        List<ReviewAssignmentId> ids = reviews.assignReviewers(application.getId());
        int[] levels = {5, 3, 4};
        for (int i = 0; i < ids.size(); i++) {
            ReviewAssignment assignment = reviews.requireAssignment(ids.get(i));
            Actor actor = Actor.user(users.require(assignment.reviewerId()).username());
            reviews.declareConflict(assignment.id(), assignment.reviewerId(), actor, false, null);
            reviews.submitReview(assignment.id(), assignment.reviewerId(), actor, fullScores(levels[i]),
                    "solid work", Recommendation.ADOPT);
        }

        ScoreSummary summary = reviews.summarize(application.getId());

        assertThat(summary.reviewCount()).isEqualTo(3);
        assertThat(summary.weightedMean()).isEqualByComparingTo("4.000");
        assertThat(summary.spread()).isEqualByComparingTo("2.000");
        assertThat(summary.standardDeviation()).isEqualByComparingTo("0.816");
    }

    private static Map<String, Integer> fullScores(int level) {
        return Map.of("TECHNOLOGY", level, "MARKET", level, "TEAM", level, "PLAN", level, "IMPACT", level);
    }
}
