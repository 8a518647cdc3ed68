package jp.mebuki.web.ui.sbir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirPhaseRules;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/** SBIR projects for PMs and administrators, and the PM's gate decision (a CONFIRM_GATE_DECISION task). */
@Controller
@RequestMapping("/pm")
@PreAuthorize("hasAnyRole('PM', 'ADMIN')")
class PmProjectController {

    private final SbirProjectService projects;
    private final WorkTaskService tasks;
    private final StageGateService gates;
    private final SbirPhaseRules rules;
    private final ProjectPages pages;
    private final UserDirectory users;

    PmProjectController(SbirProjectService projects, WorkTaskService tasks, StageGateService gates,
            SbirPhaseRules rules, ProjectPages pages, UserDirectory users) {
        this.projects = projects;
        this.tasks = tasks;
        this.gates = gates;
        this.rules = rules;
        this.pages = pages;
        this.users = users;
    }

    @GetMapping("/projects")
    String projects(@AuthenticationPrincipal PlatformUser user, Model model) {
        UserAccount account = account(user);
        List<SbirProject> all = projects.visibleTo(account);
        model.addAttribute("projects", all);
        model.addAttribute("awardees", all.stream().map(SbirProject::getAwardeeId).distinct()
                .collect(Collectors.toMap(id -> id.value(), id -> users.require(id).displayName())));
        model.addAttribute("gateTasks", gateTasksByApplication(account));
        return "sbir/pm-projects";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model) {
        UserAccount account = account(user);
        SbirProject project = projects.requireVisible(new ProjectId(id), account);
        pages.addProject(model, project, true);
        model.addAttribute("gateTask", gateTasksByApplication(account).get(project.getApplicationId().value()));
        return "sbir/project";
    }

    @GetMapping("/gate-tasks/{taskId}")
    @PreAuthorize("hasRole('PM')")
    String gateDecisionPage(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user, Model model) {
        UserAccount account = account(user);
        GateReview review = requireDecisionTask(taskId, account);
        GateDecisionForm form = new GateDecisionForm();
        form.setDecision(review.proposedDecision());
        model.addAttribute("form", form);
        return decisionPage(model, taskId, account, review);
    }

    @PostMapping("/gate-tasks/{taskId}")
    @PreAuthorize("hasRole('PM')")
    String decideGate(@PathVariable String taskId, @ModelAttribute("form") GateDecisionForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        GateReview review = requireDecisionTask(taskId, account);
        ProjectId project = tasks.projectOfTask(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.confirmGateDecision(taskId, account, form.toConfirmation());
                redirect.addFlashAttribute("notice", "sbir.notice.gateDecided");
                return "redirect:/pm/projects/" + project.value();
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            } catch (ConflictingStateException e) {
                if (!"rework-limit-reached".equals(e.code())) {
                    throw e;
                }
                result.rejectValue("decision", "domain." + e.code(), e.getMessage());
            }
        }
        return decisionPage(model, taskId, account, review);
    }

    // ---------------------------------------------------------------- helpers

    private GateReview requireDecisionTask(String taskId, UserAccount account) {
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (task.kind() != TaskKind.CONFIRM_GATE_DECISION) {
            throw new ConflictingStateException("wrong-task-kind", "task " + taskId + " is not a gate decision");
        }
        return tasks.gateReviewOf(taskId, account);
    }

    private String decisionPage(Model model, String taskId, UserAccount account, GateReview review) {
        SbirProject project = projects.require(tasks.projectOfTask(taskId, account));
        pages.addProject(model, project, true);
        SbirPhase next = project.getPhase().next();
        model.addAttribute("taskId", taskId);
        model.addAttribute("review", review);
        model.addAttribute("slots", gates.assignmentsOf(review.id()));
        model.addAttribute("decisions", GateDecision.values());
        model.addAttribute("nextPhase", next);
        model.addAttribute("nextRange", rules.rangeOf(next, project.getTechnologyField()));
        model.addAttribute("reworksLeft", projects.reworksLeft(project));
        model.addAttribute("skipAllowed", projects.skipToPhase3Allowed(project));
        return "sbir/gate-decision";
    }

    /** The PM's open gate decisions, by the project's application (the tasks carry the application id). */
    private Map<Long, WorkTask> gateTasksByApplication(UserAccount account) {
        return tasks.openTasksOf(account, Set.of(TaskKind.CONFIRM_GATE_DECISION)).stream()
                .collect(Collectors.toMap(t -> t.applicationId().value(), t -> t, (a, b) -> a));
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }
}
