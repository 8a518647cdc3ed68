package jp.mebuki.web.sbir;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.sbir.CommercializationOutcome;
import jp.mebuki.core.sbir.Milestone;
import jp.mebuki.core.sbir.PhaseReport;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.ProjectPhase;
import jp.mebuki.core.sbir.ResearchTheme;
import jp.mebuki.core.sbir.SbirKpis;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SupportRequest;
import jp.mebuki.core.sbir.SupportRequestId;
import jp.mebuki.core.sbir.ThemeId;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.GateReviewId;

@Mapper
interface SbirViewMapper {

    SbirViews.ThemeView toView(ResearchTheme theme);

    List<SbirViews.ThemeView> toThemeViews(List<ResearchTheme> themes);

    @Mapping(target = "themes", source = "themes")
    SbirViews.SbirCallView toView(Call call, List<ResearchTheme> themes);

    @Mapping(target = "currentBudgetYen", expression = "java(project.currentPhase().budgetYen())")
    @Mapping(target = "currentPlannedEnd", expression = "java(project.currentPhase().plannedEnd())")
    SbirViews.ProjectSummaryView toSummary(SbirProject project);

    List<SbirViews.ProjectSummaryView> toSummaries(List<SbirProject> projects);

    @Mapping(target = "id", source = "project.id")
    @Mapping(target = "awardee", source = "awardee")
    @Mapping(target = "gates", source = "gates")
    @Mapping(target = "supportRequests", source = "supportRequests")
    SbirViews.ProjectView toView(SbirProject project, String awardee, List<GateReview> gates,
            List<SupportRequest> supportRequests);

    SbirViews.PhaseView toView(ProjectPhase phase);

    SbirViews.MilestoneView toView(Milestone milestone);

    SbirViews.ReportView toView(PhaseReport report);

    SbirViews.GateView toView(GateReview gate);

    SbirViews.OutcomeView toView(CommercializationOutcome outcome);

    SbirViews.SupportView toView(SupportRequest request);

    SbirViews.AuditView toView(AuditEntry entry);

    SbirViews.KpisView toView(SbirKpis kpis);

    List<SbirViews.AuditView> toAuditViews(List<AuditEntry> entries);

    default long id(ProjectId id) {
        return id.value();
    }

    default long id(ApplicationId id) {
        return id.value();
    }

    default long id(ThemeId id) {
        return id.value();
    }

    default Long id(CallId id) {
        return id == null ? null : id.value();
    }

    default long id(GateReviewId id) {
        return id.value();
    }

    default long id(SupportRequestId id) {
        return id.value();
    }
}
