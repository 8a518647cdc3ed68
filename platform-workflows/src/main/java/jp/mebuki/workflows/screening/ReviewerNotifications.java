package jp.mebuki.workflows.screening;

import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.review.ReviewAssignment;

/** The notifications reviewers get about their slots, shared by the delegates that open or move a slot. */
@Component
class ReviewerNotifications {

    private final Notifier notifier;

    ReviewerNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    void assigned(Application application, ReviewAssignment assignment) {
        notifier.notify(assignment.reviewerId(), application.getId(), NotificationKind.REVIEW_ASSIGNED,
                application.getTitle(), Texts.dueDate(assignment.dueAt()));
    }

    void reminded(Application application, ReviewAssignment assignment) {
        notifier.notify(assignment.reviewerId(), application.getId(), NotificationKind.REVIEW_REMINDER,
                application.getTitle(), Texts.dueDate(assignment.dueAt()));
    }

    void overdueReassigned(Application application, ReviewAssignment assignment) {
        notifier.notify(assignment.reviewerId(), application.getId(), NotificationKind.REVIEW_REASSIGNED_OVERDUE,
                application.getTitle(), Texts.dueDate(assignment.dueAt()));
    }
}
