package jp.mebuki.web.ui.sbir;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jp.mebuki.core.sbir.ProjectStatus;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirPhaseRules;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.stagegate.GateAssignment;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.sbir.SbirProcessService;

/** Puts one project on a page: phases with their budget ranges, the report due, gate outcomes. */
@Component
class ProjectPages {

    private final SbirProjectService projects;
    private final SbirProcessService lifecycle;
    private final StageGateService gates;
    private final SbirPhaseRules rules;
    private final UserDirectory users;
    private final Clock clock;

    ProjectPages(SbirProjectService projects, SbirProcessService lifecycle, StageGateService gates,
            SbirPhaseRules rules, UserDirectory users, Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.gates = gates;
        this.rules = rules;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The project as its awardee or a PM sees it. Reviewer names and their single scores only for staff:
     * the awardee sees the mean scores, the decision and its reason.
     */
    void addProject(Model model, SbirProject project, boolean staff) {
        Instant now = clock.instant();
        boolean awaitsReport = project.getStatus() == ProjectStatus.ACTIVE && lifecycle.awaitsReport(project.getId());
        List<GateReview> reviews = gates.reviewsOf(SbirProjectService.AUDIT_SUBJECT, project.getId().value());
        model.addAttribute("project", project);
        model.addAttribute("awardeeName", users.require(project.getAwardeeId()).displayName());
        model.addAttribute("ranges", project.getPhases().stream().map(p -> p.phase())
                .filter(p -> p != SbirPhase.COMMERCIALIZATION).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        p -> rules.rangeOf(p, project.getTechnologyField()))));
        model.addAttribute("awaitsReport", awaitsReport);
        model.addAttribute("reportDue", awaitsReport ? projects.reportDueAt(project) : null);
        model.addAttribute("reportOverdue", awaitsReport && projects.reportDueAt(project).isBefore(now));
        model.addAttribute("gates", reviews);
        model.addAttribute("now", now);
        if (staff) {
            Map<Long, List<GateAssignment>> slots = reviews.stream().collect(Collectors.toMap(
                    r -> r.id().value(), r -> gates.assignmentsOf(r.id())));
            model.addAttribute("gateSlots", slots);
            model.addAttribute("reviewerNames", slots.values().stream().flatMap(List::stream)
                    .map(GateAssignment::reviewerId).distinct()
                    .collect(Collectors.toMap(id -> id.value(), id -> users.require(id).displayName())));
        }
    }
}
