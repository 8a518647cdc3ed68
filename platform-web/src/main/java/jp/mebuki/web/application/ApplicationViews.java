package jp.mebuki.web.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.decision.DecisionService;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;

/**
 * Decides what of an application the caller may see and builds the view: staff see everything,
 * owners everything but scores, assigned reviewers the content (without identity on blind calls),
 * anybody else nothing (404).
 */
@Component
class ApplicationViews {

    private final ApplicationService applications;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final CallCatalog calls;
    private final UserDirectory users;
    private final ApplicationViewMapper mapper;

    ApplicationViews(ApplicationService applications, ReviewService reviews, DecisionService decisions,
            CallCatalog calls, UserDirectory users, ApplicationViewMapper mapper) {
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.calls = calls;
        this.users = users;
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public ApplicationView detail(ApplicationId id, PlatformUser caller) {
        Application application = applications.require(id);
        if (caller.isStaff()) {
            return mapper.toView(application, applicantOf(application), reviews.summarize(id),
                    decisions.decisionsOn(id));
        }
        if (application.isOwnedBy(caller.userId())) {
            return mapper.toView(application, caller.getUsername(), null, decisions.decisionsOn(id));
        }
        if (caller.hasRole(Role.REVIEWER) && reviews.mayReview(id, caller.userId())) {
            return isBlind(application) ? mapper.toBlindView(application)
                    : mapper.toReviewerView(application, applicantOf(application));
        }
        throw new NotFoundException("application", id);
    }

    /** Staff: all; applicants: their own; reviewers: those of their open assignments they may review. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> visibleTo(PlatformUser caller) {
        if (caller.isStaff()) {
            return applications.all().stream().map(a -> mapper.toSummary(a, applicantOf(a))).toList();
        }
        Map<ApplicationId, ApplicationSummary> visible = new LinkedHashMap<>();
        if (caller.hasRole(Role.APPLICANT)) {
            applications.ownedBy(caller.userId())
                    .forEach(a -> visible.put(a.getId(), mapper.toSummary(a, caller.getUsername())));
        }
        if (caller.hasRole(Role.REVIEWER)) {
            for (ReviewAssignment assignment : reviews.openAssignmentsOf(caller.userId())) {
                ApplicationId id = assignment.applicationId();
                if (!visible.containsKey(id) && reviews.mayReview(id, caller.userId())) {
                    Application a = applications.require(id);
                    visible.put(id, isBlind(a) ? mapper.toBlindSummary(a) : mapper.toSummary(a, applicantOf(a)));
                }
            }
        }
        return new ArrayList<>(visible.values());
    }

    public ApplicationView ownView(Application application, PlatformUser owner) {
        return mapper.toView(application, owner.getUsername(), null, decisions.decisionsOn(application.getId()));
    }

    private boolean isBlind(Application application) {
        return calls.requireCall(application.getCallId()).blindReview();
    }

    private String applicantOf(Application application) {
        return users.require(application.getApplicantId()).username();
    }
}
