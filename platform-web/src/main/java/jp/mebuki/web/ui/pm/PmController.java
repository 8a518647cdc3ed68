package jp.mebuki.web.ui.pm;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.decision.DecisionService;
import jp.mebuki.core.document.DocumentService;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

@Controller
@RequestMapping("/pm")
@PreAuthorize("hasAnyRole('PM', 'ADMIN')")
class PmController {

    private final CallCatalog calls;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final WorkTaskService tasks;
    private final UserDirectory users;
    private final Clock clock;
    private final DocumentService documents;

    PmController(CallCatalog calls, ApplicationService applications, ReviewService reviews,
            DecisionService decisions, WorkTaskService tasks, UserDirectory users, Clock clock,
            DocumentService documents) {
        this.documents = documents;
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/calls")
    String calls(Model model) {
        List<Call> all = calls.allCalls();
        model.addAttribute("calls", all);
        model.addAttribute("counts", all.stream().collect(Collectors.toMap(c -> c.id().value(),
                c -> applications.ofCall(c.id()).stream().filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                        .count())));
        model.addAttribute("now", clock.instant());
        return "pm/calls";
    }

    /** The pipeline: one column per status, drafts left out (they are the applicants' own business). */
    @GetMapping("/calls/{callId}")
    String pipeline(@PathVariable long callId, Model model) {
        Call call = calls.requireCall(new CallId(callId));
        Map<ApplicationStatus, List<Application>> board = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ApplicationStatus.DRAFT) {
                board.put(status, new java.util.ArrayList<>());
            }
        }
        applications.ofCall(call.id()).stream().filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .forEach(a -> board.get(a.getStatus()).add(a));
        model.addAttribute("call", call);
        model.addAttribute("board", board);
        model.addAttribute("applicants", applicantNames(board.values().stream().flatMap(List::stream).toList()));
        return "pm/pipeline";
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model) {
        Application application = applications.require(new ApplicationId(id));
        List<ReviewAssignment> assignments = reviews.assignmentsOf(application.getId());
        model.addAttribute("app", application);
        model.addAttribute("call", calls.requireCall(application.getCallId()));
        model.addAttribute("applicantName", users.require(application.getApplicantId()).displayName());
        model.addAttribute("institution", calls.findInstitution(application.getInstitutionCode()).orElse(null));
        model.addAttribute("assignments", assignments);
        model.addAttribute("reviewers", assignments.stream().map(ReviewAssignment::reviewerId).distinct()
                .collect(Collectors.toMap(UserId::value, r -> users.require(r).displayName())));
        model.addAttribute("reviews", reviews.reviewsOf(application.getId()));
        model.addAttribute("summary", reviews.summarize(application.getId()));
        model.addAttribute("decisions", decisions.decisionsOn(application.getId()));
        model.addAttribute("documents", documents.documentsOf(application.getId()));
        model.addAttribute("decideTask", decideTaskFor(application.getId(), user).orElse(null));
        model.addAttribute("now", clock.instant());
        return "pm/application";
    }

    @GetMapping("/tasks/{taskId}/decide")
    @PreAuthorize("hasRole('PM')")
    String decisionPage(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user, Model model) {
        WorkTask task = tasks.requireOpenTaskOf(taskId, account(user));
        model.addAttribute("form", new DecisionForm());
        return decisionPage(model, task);
    }

    @PostMapping("/tasks/{taskId}/decide")
    @PreAuthorize("hasRole('PM')")
    String decide(@PathVariable String taskId, @ModelAttribute("form") DecisionForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.decide(taskId, account, form.getOutcome(), form.getReason());
                redirect.addFlashAttribute("notice", "notice.decided");
                return "redirect:/pm/applications/" + task.applicationId().value();
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        return decisionPage(model, task);
    }

    /** Reviews past their due date and decisions waiting, oldest first. */
    @GetMapping("/overdue")
    String overdue(@AuthenticationPrincipal PlatformUser user, Model model) {
        Instant now = clock.instant();
        List<Application> all = applications.all();
        List<ReviewAssignment> late = all.stream().flatMap(a -> reviews.assignmentsOf(a.getId()).stream())
                .filter(a -> a.state().isOpen() && a.dueAt().isBefore(now))
                .sorted(Comparator.comparing(ReviewAssignment::dueAt)).toList();
        List<Application> waiting = all.stream().filter(a -> a.getStatus() == ApplicationStatus.AWAITING_DECISION)
                .sorted(Comparator.comparing(PmController::since)).toList();
        model.addAttribute("late", late);
        model.addAttribute("waiting", waiting);
        model.addAttribute("since", waiting.stream().collect(Collectors.toMap(a -> a.getId().value(), PmController::since)));
        model.addAttribute("titles", all.stream().collect(Collectors.toMap(a -> a.getId().value(), Application::getTitle)));
        model.addAttribute("reviewers", late.stream().map(ReviewAssignment::reviewerId).distinct()
                .collect(Collectors.toMap(UserId::value, r -> users.require(r).displayName())));
        model.addAttribute("now", now);
        return "pm/overdue";
    }

    // ---------------------------------------------------------------- helpers

    private String decisionPage(Model model, WorkTask task) {
        Application application = applications.require(task.applicationId());
        model.addAttribute("task", task);
        model.addAttribute("app", application);
        model.addAttribute("summary", reviews.summarize(application.getId()));
        model.addAttribute("reviews", reviews.reviewsOf(application.getId()).stream()
                .filter(r -> r.reviewRound() == application.getReviewRound()).toList());
        model.addAttribute("outcomes", DecisionOutcome.values());
        return "pm/decide";
    }

    private Optional<WorkTask> decideTaskFor(ApplicationId id, PlatformUser user) {
        return tasks.openTaskOf(account(user), TaskKind.DECIDE, id);
    }

    private Map<Long, String> applicantNames(List<Application> shown) {
        return shown.stream().map(Application::getApplicantId).distinct()
                .collect(Collectors.toMap(UserId::value, u -> users.require(u).displayName(), (a, b) -> a));
    }

    private static Instant since(Application application) {
        return application.getStatusHistory().get(application.getStatusHistory().size() - 1).changedAt();
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }

}
