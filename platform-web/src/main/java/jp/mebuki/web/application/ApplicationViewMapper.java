package jp.mebuki.web.application;

import java.util.List;

import org.mapstruct.IterableMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.StatusChange;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.decision.Decision;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.review.ScoreSummary;

/** Requests to domain content, domain applications to the API's views (full, reviewer's, blind). */
@Mapper
interface ApplicationViewMapper {

    ApplicationContent toContent(CreateApplicationRequest request);

    ApplicationContent toContent(EditApplicationRequest request);

    TeamMember toMember(TeamMemberRequest request);

    /** What the owner and the staff see; {@code scores} and {@code decisions} may be null (left out). */
    @Mapping(target = "id", source = "application.id")
    @Mapping(target = "callId", source = "application.callId")
    @Mapping(target = "applicant", source = "applicant")
    @Mapping(target = "scores", source = "scores")
    @Mapping(target = "decisions", source = "decisions")
    @Mapping(target = "identityHidden", constant = "false")
    ApplicationView toView(Application application, String applicant, ScoreSummary scores, List<Decision> decisions);

    /** What an assigned reviewer sees on a call that is not blind: no scores, no decisions. */
    @Mapping(target = "id", source = "application.id")
    @Mapping(target = "callId", source = "application.callId")
    @Mapping(target = "applicant", source = "applicant")
    @Mapping(target = "scores", ignore = true)
    @Mapping(target = "decisions", ignore = true)
    @Mapping(target = "identityHidden", constant = "false")
    ApplicationView toReviewerView(Application application, String applicant);

    /** What an assigned reviewer sees on a blind call: nothing that identifies the applicant. */
    @Mapping(target = "applicant", ignore = true)
    @Mapping(target = "institutionCode", ignore = true)
    @Mapping(target = "team", ignore = true)
    @Mapping(target = "statusHistory", qualifiedByName = "anonymous")
    @Mapping(target = "scores", ignore = true)
    @Mapping(target = "decisions", ignore = true)
    @Mapping(target = "identityHidden", constant = "true")
    ApplicationView toBlindView(Application application);

    ApplicationView.StatusChangeView toView(StatusChange change);

    @Named("anonymousChange")
    @Mapping(target = "actor", ignore = true)
    ApplicationView.StatusChangeView toAnonymousView(StatusChange change);

    @Named("anonymous")
    @IterableMapping(qualifiedByName = "anonymousChange")
    List<ApplicationView.StatusChangeView> toAnonymousViews(List<StatusChange> changes);

    ApplicationView.DecisionView toView(Decision decision);

    ApplicationView.ScoresView toView(ScoreSummary summary);

    @Mapping(target = "id", source = "application.id")
    @Mapping(target = "callId", source = "application.callId")
    @Mapping(target = "applicant", source = "applicant")
    ApplicationSummary toSummary(Application application, String applicant);

    @Mapping(target = "applicant", ignore = true)
    @Mapping(target = "institutionCode", ignore = true)
    ApplicationSummary toBlindSummary(Application application);

    default long id(ApplicationId id) {
        return id.value();
    }

    default long id(CallId id) {
        return id.value();
    }
}
