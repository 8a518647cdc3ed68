package jp.mebuki.web.ui.reviewer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationOverview;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.document.DocumentService;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.review.Review;
import jp.mebuki.core.review.ReviewDraft;
import jp.mebuki.core.review.ReviewDraftService;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.application.ApplicationAccess;
import jp.mebuki.web.application.ApplicationAccess.Audience;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

@Controller
@RequestMapping("/reviewer")
@PreAuthorize("hasRole('REVIEWER')")
class ReviewerController {

    private final WorkTaskService tasks;
    private final ApplicationService applications;
    private final ApplicationAccess access;
    private final ReviewService reviews;
    private final CallCatalog calls;
    private final UserDirectory users;
    private final Clock clock;
    private final DocumentService documents;
    private final ReviewDraftService drafts;

    ReviewerController(WorkTaskService tasks, ApplicationService applications, ApplicationAccess access,
            ReviewService reviews, CallCatalog calls, UserDirectory users, Clock clock, DocumentService documents,
            ReviewDraftService drafts) {
        this.documents = documents;
        this.drafts = drafts;
        this.tasks = tasks;
        this.applications = applications;
        this.access = access;
        this.reviews = reviews;
        this.calls = calls;
        this.users = users;
        this.clock = clock;
    }

    /** Open review tasks, overdue and earliest due first (the facade's order). */
    @GetMapping("/tasks")
    String inbox(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<WorkTask> all = tasks.openTasksOf(account(user));
        List<WorkTask> open = all.stream().filter(t -> t.kind() != TaskKind.DECIDE && t.kind() != TaskKind.GENERIC)
                .toList();
        // tasks added in the Modeler with a form of their own (generic), listed below the review tasks
        List<WorkTask> formTasks = all.stream().filter(t -> t.kind() == TaskKind.GENERIC).toList();
        // the titles of all the page's applications in one query, not an aggregate load per task
        Map<Long, String> titles = applications.overviewsOf(all.stream().map(WorkTask::applicationId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))
                .values().stream().collect(Collectors.toMap(overview -> overview.id().value(), ApplicationOverview::title));
        model.addAttribute("formTasks", formTasks);
        model.addAttribute("formTaskTitles", titles);
        model.addAttribute("tasks", open);
        model.addAttribute("titles", titles);
        model.addAttribute("now", clock.instant());
        return "reviewer/inbox";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user, Model model) {
        WorkTask task = tasks.requireOpenTaskOf(taskId, account(user));
        if (task.kind() == TaskKind.DECLARE_CONFLICT) {
            model.addAttribute("form", new ConflictForm());
            return conflictPage(model, task, user);
        }
        if (task.kind() == TaskKind.SCORE_APPLICATION) {
            ReviewForm form = new ReviewForm();
            drafts.draftOf(task.reviewAssignmentId(), user.userId()).ifPresent(draft -> {
                form.getScores().putAll(draft.scoresByCriterion());
                form.setComment(draft.comment());
                form.setRecommendation(draft.recommendation());
            });
            model.addAttribute("form", form);
            return scorePage(model, task, user);
        }
        throw new NotFoundException("task", taskId);
    }

    @PostMapping("/tasks/{taskId}/conflict")
    String declareConflict(@PathVariable String taskId, @Validated @ModelAttribute("form") ConflictForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.declareConflict(taskId, account, form.getConflict(), form.getReason());
                redirect.addFlashAttribute("notice",
                        form.getConflict() ? "notice.conflictDeclared" : "notice.noConflict");
                return "redirect:/reviewer/tasks";
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        return conflictPage(model, task, user);
    }

    @PostMapping("/tasks/{taskId}/review")
    String review(@PathVariable String taskId, @ModelAttribute("form") ReviewForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.submitReview(taskId, account, form.getScores(), form.getComment(), form.getRecommendation());
                redirect.addFlashAttribute("notice", "notice.reviewSubmitted");
                return "redirect:/reviewer/tasks";
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, scoreField(e));
            }
        }
        return scorePage(model, task, user);
    }

    /** Keeps the scores and comment so far without submitting them; the scoring page shows them again. */
    @PostMapping("/tasks/{taskId}/draft")
    String saveDraft(@PathVariable String taskId, @ModelAttribute("form") ReviewForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (task.kind() != TaskKind.SCORE_APPLICATION) {
            throw new NotFoundException("task", taskId);
        }
        if (!result.hasErrors()) {
            try {
                drafts.save(task.reviewAssignmentId(), user.userId(), user.actor(), form.getScores(), form.getComment(),
                        form.getRecommendation());
                redirect.addFlashAttribute("notice", "score.draft.saved");
                return "redirect:/reviewer/tasks/" + taskId;
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, scoreField(e));
            }
        }
        return scorePage(model, task, user);
    }

    /** An application the reviewer is assigned to (404 for any other), as the reviewer may see it. */
    @GetMapping("/applications/{id}")
    String application(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model) {
        Application application = applications.require(new ApplicationId(id));
        Audience audience = access.audienceOf(application, user);
        if (audience != Audience.REVIEWER && audience != Audience.BLIND_REVIEWER) {
            throw new NotFoundException("application", application.getId());
        }
        addApplication(model, application, audience);
        return "reviewer/application";
    }

    @GetMapping("/reviews")
    String history(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<Review> mine = reviews.reviewsBy(user.userId());
        model.addAttribute("reviews", mine);
        model.addAttribute("titles", mine.stream().map(Review::applicationId).distinct()
                .collect(Collectors.toMap(ApplicationId::value, id -> applications.require(id).getTitle())));
        return "reviewer/history";
    }

    // ---------------------------------------------------------------- helpers

    private String conflictPage(Model model, WorkTask task, PlatformUser user) {
        Application application = applications.require(task.applicationId());
        addApplication(model, application, access.audienceOf(application, user));
        model.addAttribute("task", task);
        return "reviewer/conflict";
    }

    /** The domain names a score as scores.CODE; the form's field is scores[CODE]. */
    private static InvalidInputException scoreField(InvalidInputException e) {
        String field = e.field() != null && e.field().startsWith("scores.")
                ? "scores[" + e.field().substring("scores.".length()) + "]" : e.field();
        return new InvalidInputException(e.code(), field, e.getMessage());
    }

    private String scorePage(Model model, WorkTask task, PlatformUser user) {
        model.addAttribute("draftSavedAt", drafts.draftOf(task.reviewAssignmentId(), user.userId())
                .map(ReviewDraft::savedAt).orElse(null));
        Application application = applications.require(task.applicationId());
        addApplication(model, application, access.audienceOf(application, user));
        model.addAttribute("task", task);
        model.addAttribute("rubric", calls.requireCall(application.getCallId()).rubric());
        model.addAttribute("recommendations", Recommendation.values());
        return "reviewer/score";
    }

    /** The application's content; identity (applicant, institution, team) only when not blind. */
    private void addApplication(Model model, Application application, Audience audience) {
        model.addAttribute("app", application);
        model.addAttribute("showIdentity", audience.seesIdentity());
        model.addAttribute("documents", documents.documentsOf(application.getId()));
        model.addAttribute("fieldNames", calls.technologyFields().stream()
                .collect(Collectors.toMap(f -> f.code(), Function.identity())));
        if (audience.seesIdentity()) {
            model.addAttribute("applicantName", users.require(application.getApplicantId()).displayName());
            model.addAttribute("institution", calls.findInstitution(application.getInstitutionCode()).orElse(null));
        }
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }

}
