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
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;

/**
 * Builds the API's view of an application for the caller, as {@link ApplicationAccess} decides: staff
 * see everything, owners everything but scores, assigned reviewers the content (without identity on
 * blind calls), anybody else nothing (404).
 */
@Component
class ApplicationViews {

    private final ApplicationService applications;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final UserDirectory users;
    private final ApplicationViewMapper mapper;
    private final ApplicationAccess access;

    ApplicationViews(ApplicationService applications, ReviewService reviews, DecisionService decisions,
            UserDirectory users, ApplicationViewMapper mapper, ApplicationAccess access) {
        this.access = access;
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.users = users;
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public ApplicationView detail(ApplicationId id, PlatformUser caller) {
        Application application = applications.require(id);
        return switch (access.audienceOf(application, caller)) {
            case STAFF -> mapper.toView(application, applicantOf(application), reviews.summarize(id),
                    decisions.decisionsOn(id));
            case OWNER -> mapper.toView(application, caller.getUsername(), null, decisions.decisionsOn(id));
            case REVIEWER -> mapper.toReviewerView(application, applicantOf(application));
            case BLIND_REVIEWER -> mapper.toBlindView(application);
        };
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
        return access.isBlind(application);
    }

    private String applicantOf(Application application) {
        return users.usernameOf(application.getApplicantId());
    }
}
