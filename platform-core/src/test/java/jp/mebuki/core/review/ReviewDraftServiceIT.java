package jp.mebuki.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.StatusChange;
import jp.mebuki.core.application.StatusNote;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/**
 * Review drafts (V7) on the real schema: kept per assignment for its reviewer only, replaced on every save,
 * gone once the review is submitted; and the status notes' codes kept beside the English note.
 */
@SpringBootTest
@Transactional
class ReviewDraftServiceIT {

    @Autowired
    ReviewDraftService drafts;
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

    /** An application of app.mori under review with its reviewers assigned; returns one assignment. */
    private ReviewAssignment assignmentUnderReview() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"),
                calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent("Gripper for drafts", "A gentle gripper.", "ROBOTICS_DRONES", GrowthStage.SEED,
                        1_000_000L, "sendai-kosen", List.of(new TeamMember("Mori Kaito", "lead", null))));
        applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));
        applications.startReviewRound(draft.getId());
        return reviews.requireAssignment(reviews.assignReviewers(draft.getId()).get(0));
    }

    @Test
    void keepsAndReplacesTheReviewersDraftUntilTheReviewIsSubmitted() {
        ReviewAssignment assignment = assignmentUnderReview();
        UserAccount reviewer = users.require(assignment.reviewerId());
        Actor actor = Actor.user(reviewer.username());

        drafts.save(assignment.id(), reviewer.id(), actor, Map.of("TECHNOLOGY", 4), "first thoughts", null);
        drafts.save(assignment.id(), reviewer.id(), actor, Map.of("TECHNOLOGY", 3, "MARKET", 2), "second thoughts",
                Recommendation.REVISE);

        ReviewDraft kept = drafts.draftOf(assignment.id(), reviewer.id()).orElseThrow();
        assertThat(kept.scoresByCriterion()).containsExactly(Map.entry("MARKET", 2), Map.entry("TECHNOLOGY", 3));
        assertThat(kept.comment()).isEqualTo("second thoughts");
        assertThat(kept.recommendation()).isEqualTo(Recommendation.REVISE);
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, assignment.applicationId().value()))
                .extracting(AuditEntry::action).contains("REVIEW_DRAFT_SAVED");

        reviews.declareConflict(assignment.id(), reviewer.id(), actor, false, null);
        reviews.submitReview(assignment.id(), reviewer.id(), actor,
                Map.of("TECHNOLOGY", 3, "MARKET", 2, "TEAM", 4, "PLAN", 3, "IMPACT", 4), "final", Recommendation.ADOPT);
        assertThat(drafts.draftOf(assignment.id(), reviewer.id())).isEmpty();
    }

    @Test
    void refusesAnotherReviewersAccessAndScoresOutsideTheRubric() {
        ReviewAssignment assignment = assignmentUnderReview();
        UserAccount reviewer = users.require(assignment.reviewerId());
        UserAccount other = users.requireByUsername(reviewer.username().equals("rev.nakamura") ? "rev.yoshida"
                : "rev.nakamura");
        drafts.save(assignment.id(), reviewer.id(), Actor.user(reviewer.username()), Map.of("PLAN", 2), "mine", null);

        assertThatThrownBy(() -> drafts.draftOf(assignment.id(), other.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.save(assignment.id(), other.id(), Actor.user(other.username()),
                Map.of("PLAN", 5), "overwrite", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.save(assignment.id(), reviewer.id(), Actor.user(reviewer.username()),
                Map.of("PLAN", 9), "too high", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores.PLAN"));
        assertThatThrownBy(() -> drafts.save(assignment.id(), reviewer.id(), Actor.user(reviewer.username()),
                Map.of("CHARM", 3), "unknown", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scores.CHARM"));
        assertThat(drafts.draftOf(assignment.id(), reviewer.id()).orElseThrow().comment()).isEqualTo("mine");
    }

    @Test
    void keepsACodeAndItsArgumentsBesideTheEnglishNoteOfAStatusChange() {
        ReviewAssignment assignment = assignmentUnderReview();
        List<StatusChange> history = applications.require(assignment.applicationId()).getStatusHistory();

        StatusChange eligible = history.get(history.size() - 1);
        assertThat(eligible.note()).isEqualTo("eligible");
        assertThat(eligible.noteCode()).isEqualTo(StatusNote.ELIGIBLE);
        assertThat(eligible.noteArguments()).isEmpty();
        assertThat(history.get(0).noteCode()).isNull();
    }
}
