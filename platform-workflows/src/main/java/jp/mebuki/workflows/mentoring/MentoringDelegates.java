package jp.mebuki.workflows.mentoring;

import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.CHECK_IN_CYCLE;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.CHECK_IN_GRACE;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.CHECK_IN_GRACE_DURATION;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.CHECK_IN_CYCLE_DEFAULT;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.FIELD_CODE;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.GROWTH_STAGE;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.INSTITUTION_CODE;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTEE_ID;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTEE_KIND;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTEE_USERNAME;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTORING_MATCH_ID;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTORING_PERIOD;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTORING_PERIOD_DEFAULT;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTOR_PROPOSED;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.MENTOR_USERNAME;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.NEXT_MENTOR_FOUND;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.RESPONSE_WINDOW;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.RESPONSE_WINDOW_DURATION;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.TITLE;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.mentor.Mentee;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MenteeRequest;
import jp.mebuki.core.mentor.MentorOffer;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserDirectory;

/**
 * The automatic steps of the mentor-assignment process. Each delegate does one domain call; the human
 * steps (confirm, override, answer, log, evaluate) go through {@code WorkTaskService}.
 */
final class MentoringDelegates {

    private MentoringDelegates() {
    }

    static MentoringMatchId matchOf(DelegateExecution execution) {
        return new MentoringMatchId(MENTORING_MATCH_ID.from(execution).get());
    }

    /**
     * {@code ServiceTaskProposeMentor}: opens the team's mentoring from the generic inputs, sets the
     * default schedule where the caller gave none, and proposes the best eligible mentor.
     */
    @Component("proposeMentor")
    static class ProposeMentorDelegate implements JavaDelegate {

        private final MentoringService mentoring;
        private final UserDirectory users;

        ProposeMentorDelegate(MentoringService mentoring, UserDirectory users) {
            this.mentoring = mentoring;
            this.users = users;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String lead = MENTEE_USERNAME.from(execution).getOrNull();
            String stage = GROWTH_STAGE.from(execution).getOrNull();
            MenteeRequest request = new MenteeRequest(
                    new Mentee(MenteeKind.valueOf(MENTEE_KIND.from(execution).get()), MENTEE_ID.from(execution).get()),
                    lead == null ? null : users.requireByUsername(lead).id(), TITLE.from(execution).get(),
                    FIELD_CODE.from(execution).getOrNull(), stage == null ? null : GrowthStage.valueOf(stage),
                    INSTITUTION_CODE.from(execution).getOrNull(), null);
            MentoringMatch match = mentoring.open(request);
            MENTORING_MATCH_ID.on(execution).set(match.getId().value());
            if (RESPONSE_WINDOW_DURATION.from(execution).getOrNull() == null) {
                RESPONSE_WINDOW_DURATION.on(execution).set(RESPONSE_WINDOW);
            }
            if (CHECK_IN_GRACE_DURATION.from(execution).getOrNull() == null) {
                CHECK_IN_GRACE_DURATION.on(execution).set(CHECK_IN_GRACE);
            }
            Optional<MentorOffer> proposal = mentoring.proposeBest(match.getId());
            MENTOR_PROPOSED.on(execution).set(proposal.isPresent());
        }
    }

    /** {@code ServiceTaskExpireOffer}: the response window passed without an answer. */
    @Component("expireMentoringOffer")
    static class ExpireOfferDelegate implements JavaDelegate {

        private final MentoringService mentoring;

        ExpireOfferDelegate(MentoringService mentoring) {
            this.mentoring = mentoring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mentoring.expireOffer(matchOf(execution));
        }
    }

    /** {@code ServiceTaskOfferNextMentor}: after a decline or timeout, straight to the next best mentor. */
    @Component("offerNextMentor")
    static class OfferNextMentorDelegate implements JavaDelegate {

        private final MentoringService mentoring;

        OfferNextMentorDelegate(MentoringService mentoring) {
            this.mentoring = mentoring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            MentoringMatchId id = matchOf(execution);
            Optional<MentorOffer> next = mentoring.offerNextBest(id);
            NEXT_MENTOR_FOUND.on(execution).set(next.isPresent());
            if (next.isPresent()) {
                MENTOR_USERNAME.on(execution).set(mentoring.mentorUsernameOf(id));
            }
        }
    }

    /** {@code ServiceTaskKickOffMentoring}: both sides are told; the check-in schedule is set. */
    @Component("kickOffMentoring")
    static class KickOffDelegate implements JavaDelegate {

        private final MentoringService mentoring;

        KickOffDelegate(MentoringService mentoring) {
            this.mentoring = mentoring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mentoring.kickOff(matchOf(execution));
            if (CHECK_IN_CYCLE.from(execution).getOrNull() == null) {
                CHECK_IN_CYCLE.on(execution).set(CHECK_IN_CYCLE_DEFAULT);
            }
            if (MENTORING_PERIOD.from(execution).getOrNull() == null) {
                MENTORING_PERIOD.on(execution).set(MENTORING_PERIOD_DEFAULT);
            }
        }
    }

    /** {@code ServiceTaskEscalateMissedCheckIn}: recorded as missed, PMs notified. */
    @Component("escalateMissedCheckIn")
    static class EscalateMissedCheckInDelegate implements JavaDelegate {

        private final MentoringService mentoring;

        EscalateMissedCheckInDelegate(MentoringService mentoring) {
            this.mentoring = mentoring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            MentoringMatchId id = matchOf(execution);
            mentoring.recordMissedCheckIn(id, mentoring.sessionsOf(id).size() + 1);
        }
    }

    /** {@code ServiceTaskCompleteMentoring}: both evaluations are in. */
    @Component("completeMentoring")
    static class CompleteMentoringDelegate implements JavaDelegate {

        private final MentoringService mentoring;

        CompleteMentoringDelegate(MentoringService mentoring) {
            this.mentoring = mentoring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mentoring.complete(matchOf(execution));
        }
    }
}
