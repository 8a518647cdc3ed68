package jp.mebuki.web.ui.sbir;

import java.util.stream.Stream;

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

import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * A reviewer's stage-gate task (REVIEW_GATE), reached from the review inbox: the phase's final report
 * beside the gate criteria; score every criterion with a comment, or declare a conflict with a reason.
 */
@Controller
@RequestMapping("/reviewer/gate-tasks")
@PreAuthorize("hasRole('REVIEWER')")
class GateReviewController {

    private final WorkTaskService tasks;
    private final SbirProjectService projects;
    private final UserDirectory users;

    GateReviewController(WorkTaskService tasks, SbirProjectService projects, UserDirectory users) {
        this.tasks = tasks;
        this.projects = projects;
        this.users = users;
    }

    @GetMapping("/{taskId}")
    String task(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", new GateReviewForm());
        model.addAttribute("conflictForm", new GateConflictForm());
        return page(model, taskId, account(user));
    }

    @PostMapping("/{taskId}/score")
    String score(@PathVariable String taskId, @ModelAttribute("form") GateReviewForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = account(user);
        requireGateTask(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.scoreGate(taskId, account, form.getScores(), form.getComment());
                redirect.addFlashAttribute("notice", "sbir.notice.gateReviewed");
                return "redirect:/reviewer/tasks";
            } catch (InvalidInputException e) {
                // the domain names a score as scores.CODE; the form's field is scores[CODE]
                String field = e.field() != null && e.field().startsWith("scores.")
                        ? "scores[" + e.field().substring("scores.".length()) + "]" : e.field();
                FieldErrors.reject(result, new InvalidInputException(e.code(), field, e.getMessage()));
            }
        }
        model.addAttribute("conflictForm", new GateConflictForm());
        return page(model, taskId, account);
    }

    @PostMapping("/{taskId}/conflict")
    String conflict(@PathVariable String taskId, @ModelAttribute("conflictForm") GateConflictForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        requireGateTask(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.declareGateConflict(taskId, account, form.getReason());
                redirect.addFlashAttribute("notice", "notice.conflictDeclared");
                return "redirect:/reviewer/tasks";
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        model.addAttribute("form", new GateReviewForm());
        return page(model, taskId, account);
    }

    private String page(Model model, String taskId, UserAccount account) {
        WorkTask task = requireGateTask(taskId, account);
        GateReview review = tasks.gateReviewOf(taskId, account);
        SbirProject project = projects.require(tasks.projectOfTask(taskId, account));
        model.addAttribute("task", task);
        model.addAttribute("review", review);
        model.addAttribute("criteria", Stream.concat(review.criteriaSet().technical().stream(),
                review.criteriaSet().business().stream()).toList());
        model.addAttribute("project", project);
        model.addAttribute("report", project.latestReportOf(project.getPhase()).orElse(null));
        model.addAttribute("budgetYen", project.currentPhase().budgetYen());
        return "sbir/gate-review";
    }

    /** Only the reviewer's own open REVIEW_GATE task; anything else is not found. */
    private WorkTask requireGateTask(String taskId, UserAccount account) {
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (task.kind() != TaskKind.REVIEW_GATE) {
            throw new NotFoundException("gate task", taskId);
        }
        return task;
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }
}
