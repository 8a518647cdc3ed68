package jp.mebuki.core.application;

import java.util.Set;

/** Where an application stands. Terminal states never change again. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    INELIGIBLE,
    UNDER_REVIEW,
    AWAITING_DECISION,
    REVISION_REQUESTED,
    ADOPTED,
    REJECTED,
    WITHDRAWN;

    private static final Set<ApplicationStatus> TERMINAL = Set.of(INELIGIBLE, ADOPTED, REJECTED, WITHDRAWN);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Whether the applicant may still change the content. */
    public boolean isEditable() {
        return this == DRAFT || this == REVISION_REQUESTED;
    }
}
