package jp.mebuki.core.decision;

import jp.mebuki.core.application.ApplicationStatus;

/** What a PM can decide, and the application status each leads to. */
public enum DecisionOutcome {
    ADOPT(ApplicationStatus.ADOPTED),
    REJECT(ApplicationStatus.REJECTED),
    REQUEST_REVISION(ApplicationStatus.REVISION_REQUESTED);

    private final ApplicationStatus resultingStatus;

    DecisionOutcome(ApplicationStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public ApplicationStatus resultingStatus() {
        return resultingStatus;
    }
}
