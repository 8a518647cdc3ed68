package jp.mebuki.web.ui.applicant;

import java.time.Instant;
import java.util.List;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationStatus;

/**
 * Where an application stands on the way to a decision, for the timeline: the four stages an
 * applicant knows, which of them are done, and what happens next (message key and the date it names).
 */
record ApplicationProgress(List<Stage> stages, String nextKey, Instant nextBy) {

    enum StageState {
        DONE, CURRENT, UPCOMING, STOPPED
    }

    record Stage(String key, StageState state) {
    }

    private static final List<String> STAGES = List.of("submitted", "eligibility", "review", "decision");

    static ApplicationProgress of(Application application, Instant reviewsDueBy, Instant callClosesAt) {
        ApplicationStatus status = application.getStatus();
        int reached = switch (status) {
            case DRAFT, WITHDRAWN -> -1;
            case SUBMITTED -> 1;
            case INELIGIBLE -> 1;
            case UNDER_REVIEW -> 2;
            case AWAITING_DECISION -> 3;
            case REVISION_REQUESTED, ADOPTED, REJECTED -> 4;
        };
        boolean stopped = status == ApplicationStatus.INELIGIBLE;
        List<Stage> stages = new java.util.ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            StageState state;
            if (i < reached) {
                state = StageState.DONE;
            } else if (i == reached) {
                state = stopped ? StageState.STOPPED : StageState.CURRENT;
            } else {
                state = StageState.UPCOMING;
            }
            if (stopped && i == 1) {
                state = StageState.STOPPED;
            }
            stages.add(new Stage(STAGES.get(i), state));
        }
        Instant by = switch (status) {
            case DRAFT -> callClosesAt;
            case UNDER_REVIEW -> reviewsDueBy;
            default -> null;
        };
        return new ApplicationProgress(stages, "next." + status.name(), by);
    }
}
