package jp.mebuki.core.notification;

/** Why someone is told something; each kind has a subject and a body in the notifications bundle. */
public enum NotificationKind {
    APPLICATION_INELIGIBLE,
    APPLICATION_ADOPTED,
    APPLICATION_REJECTED,
    REVISION_REQUESTED,
    APPLICATION_WITHDRAWN,
    REVIEW_ASSIGNED,
    REVIEW_REMINDER,
    REVIEW_REASSIGNED_OVERDUE,
    SBIR_REPORT_REMINDER,
    SBIR_REPORT_OVERDUE,
    SBIR_GATE_DECIDED,
    // mentoring ({0} = the team's title, {1} = detail)
    MENTORING_OFFERED,
    MENTORING_STARTED,
    MENTORING_CHECK_IN_MISSED,
    MENTORING_NO_ELIGIBLE_MENTOR
}
