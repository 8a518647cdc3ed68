package jp.mebuki.web.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.web.security.PlatformUser;

/**
 * Who may look at an application, and as whom: staff see everything, owners everything but scores,
 * assigned reviewers without a declared conflict the content (without identity on blind calls),
 * anybody else nothing (404). Shared by the REST API and the web pages so both apply one rule.
 */
@Component
public class ApplicationAccess {

    /** The way a caller sees an application. */
    public enum Audience {
        STAFF, OWNER, REVIEWER, BLIND_REVIEWER;

        /** Whether applicant, institution and team may be shown. */
        public boolean seesIdentity() {
            return this != BLIND_REVIEWER;
        }

        /** Scores are for programme managers and administrators only. */
        public boolean seesScores() {
            return this == STAFF;
        }

        /** Decisions are for the owner and the staff. */
        public boolean seesDecisions() {
            return this == STAFF || this == OWNER;
        }
    }

    private final ReviewService reviews;
    private final CallCatalog calls;

    ApplicationAccess(ReviewService reviews, CallCatalog calls) {
        this.reviews = reviews;
        this.calls = calls;
    }

    /** The caller's audience for the application; not found when the caller may not see it at all. */
    @Transactional(readOnly = true)
    public Audience audienceOf(Application application, PlatformUser caller) {
        if (caller.isStaff()) {
            return Audience.STAFF;
        }
        if (application.isOwnedBy(caller.userId())) {
            return Audience.OWNER;
        }
        if (caller.hasRole(Role.REVIEWER) && reviews.mayReview(application.getId(), caller.userId())) {
            return isBlind(application) ? Audience.BLIND_REVIEWER : Audience.REVIEWER;
        }
        throw new NotFoundException("application", application.getId());
    }

    /** Whether reviewers of this application's call must not learn who applied. */
    @Transactional(readOnly = true)
    public boolean isBlind(Application application) {
        return calls.requireCall(application.getCallId()).blindReview();
    }
}
