package jp.mebuki.web.ui.applicant;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.decision.DecisionService;
import jp.mebuki.core.document.DocumentService;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.screening.ScreeningProcessService;

@Controller
@RequestMapping("/applicant")
@PreAuthorize("hasRole('APPLICANT')")
class ApplicantController {

    /** The form's steps; the last one shows everything and submits. */
    static final int LAST_STEP = 4;

    private final CallCatalog calls;
    private final ApplicationService applications;
    private final ScreeningProcessService screening;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final ApplicationFormMapper mapper;
    private final DocumentService documents;

    ApplicantController(CallCatalog calls, ApplicationService applications, ScreeningProcessService screening,
            ReviewService reviews, DecisionService decisions, ApplicationFormMapper mapper, DocumentService documents) {
        this.documents = documents;
        this.calls = calls;
        this.applications = applications;
        this.screening = screening;
        this.reviews = reviews;
        this.decisions = decisions;
        this.mapper = mapper;
    }

    @GetMapping("/calls")
    String openCalls(Model model) {
        model.addAttribute("calls", calls.openCalls());
        return "applicant/calls";
    }

    @GetMapping("/applications")
    String myApplications(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<Application> mine = applications.ownedBy(user.userId()).stream()
                .sorted(Comparator.comparing(Application::getCreatedAt).reversed()).toList();
        model.addAttribute("applications", mine);
        model.addAttribute("callsById", calls.allCalls().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id().value(), c -> c)));
        return "applicant/applications";
    }

    @GetMapping("/applications/new")
    String newApplication(@RequestParam long callId, Model model) {
        Call call = calls.requireCall(new CallId(callId));
        ApplicationForm form = new ApplicationForm();
        form.setCallId(callId);
        form.padTeam();
        return formPage(model, form, call, null, 1);
    }

    /** Step 1 of a new application: creates the draft, then continues with step 2. */
    @PostMapping("/applications")
    String create(@Validated @ModelAttribute("form") ApplicationForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model) {
        Call call = calls.requireCall(new CallId(Objects.requireNonNull(form.getCallId(), "callId")));
        if (result.hasErrors()) {
            form.padTeam();
            return formPage(model, form, call, null, 1);
        }
        try {
            Application draft = applications.createDraft(user.userId(), user.actor(), call.id(), mapper.toContent(form));
            return "redirect:/applicant/applications/" + draft.getId().value() + "/edit?step=2&saved";
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e);
            form.padTeam();
            return formPage(model, form, call, null, stepOf(result, 1));
        }
    }

    @GetMapping("/applications/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "1") int step,
            @AuthenticationPrincipal PlatformUser user, Model model) {
        Application application = editable(id, user);
        ApplicationForm form = mapper.toForm(application);
        form.padTeam();
        return formPage(model, form, calls.requireCall(application.getCallId()), application, clamp(step));
    }

    /** Saves the draft from any step; "next"/"back" move between steps, "save" stays. */
    @PostMapping("/applications/{id}/edit")
    String save(@PathVariable long id, @RequestParam int step, @RequestParam(defaultValue = "save") String go,
            @Validated @ModelAttribute("form") ApplicationForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model) {
        Application application = editable(id, user);
        Call call = calls.requireCall(application.getCallId());
        if (result.hasErrors()) {
            form.padTeam();
            return formPage(model, form, call, application, stepOf(result, step));
        }
        try {
            applications.editDraft(application.getId(), user.userId(), user.actor(), mapper.toContent(form));
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e);
            form.padTeam();
            return formPage(model, form, call, application, stepOf(result, step));
        }
        int next = switch (go) {
            case "next" -> clamp(step + 1);
            case "back" -> clamp(step - 1);
            default -> clamp(step);
        };
        return "redirect:/applicant/applications/" + id + "/edit?step=" + next + "&saved";
    }

    /** Submits (or resubmits after a revision request) through the screening facade. */
    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        Application application = editable(id, user);
        try {
            screening.submit(application.getId(), user.userId(), user.actor());
        } catch (InvalidInputException e) {
            ApplicationForm form = mapper.toForm(application);
            form.padTeam();
            BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
            FieldErrors.reject(result, e);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            return formPage(model, form, calls.requireCall(application.getCallId()), application,
                    stepOf(result, LAST_STEP));
        }
        redirect.addFlashAttribute("notice", "notice.submitted");
        return "redirect:/applicant/applications/" + id;
    }

    @GetMapping("/applications/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model) {
        Application application = applications.requireOwned(new ApplicationId(id), user.userId());
        Call call = calls.requireCall(application.getCallId());
        Instant reviewsDue = reviews.assignmentsOf(application.getId()).stream()
                .filter(a -> a.reviewRound() == application.getReviewRound() && a.state().isOpen())
                .map(ReviewAssignment::dueAt).max(Comparator.naturalOrder()).orElse(null);
        model.addAttribute("app", application);
        model.addAttribute("call", call);
        model.addAttribute("progress", ApplicationProgress.of(application, reviewsDue, call.closesAt()));
        model.addAttribute("decisions", decisions.decisionsOn(application.getId()));
        model.addAttribute("institution", calls.findInstitution(application.getInstitutionCode()).orElse(null));
        model.addAttribute("fields", calls.technologyFields());
        model.addAttribute("documents", documents.documentsOf(application.getId()));
        model.addAttribute("maxDocumentBytes", documents.maxBytes());
        return "applicant/application";
    }

    /** A PDF for the draft (or the application being revised); a refusal is shown above the upload form. */
    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) throws IOException {
        try {
            documents.upload(new ApplicationId(id), user.userId(), user.actor(),
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "notice.uploaded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("uploadError", "domain." + e.code());
        }
        return "redirect:/applicant/applications/" + id + "#documents";
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
        screening.withdraw(new ApplicationId(id), user.userId(), user.actor(),
                reason == null || reason.isBlank() ? null : reason);
        redirect.addFlashAttribute("notice", "notice.withdrawn");
        return "redirect:/applicant/applications/" + id;
    }

    // ---------------------------------------------------------------- helpers

    private Application editable(long id, PlatformUser user) {
        Application application = applications.requireOwned(new ApplicationId(id), user.userId());
        if (!application.getStatus().isEditable()) {
            throw new ConflictingStateException("not-editable",
                    "application " + id + " is " + application.getStatus() + " and can no longer be edited");
        }
        return application;
    }

    private String formPage(Model model, ApplicationForm form, Call call, Application application, int step) {
        model.addAttribute("form", form);
        model.addAttribute("call", call);
        model.addAttribute("app", application);
        model.addAttribute("revision", application != null
                && application.getStatus() == ApplicationStatus.REVISION_REQUESTED);
        model.addAttribute("step", step);
        model.addAttribute("lastStep", LAST_STEP);
        model.addAttribute("fields", calls.technologyFields());
        model.addAttribute("institutions", calls.institutions());
        model.addAttribute("stages", GrowthStage.values());
        if (application != null) {
            model.addAttribute("decisions", decisions.decisionsOn(application.getId()));
        }
        return "applicant/form";
    }

    /** The step that holds the first field in error, so the message shows beside its field. */
    private static int stepOf(BindingResult result, int current) {
        if (result.getFieldError() == null) {
            return current;
        }
        String field = result.getFieldError().getField();
        if (field.equals("title") || field.equals("technologyField") || field.equals("growthStage")
                || field.equals("institutionCode")) {
            return 1;
        }
        if (field.equals("abstractText") || field.equals("requestedAmountYen")) {
            return 2;
        }
        if (field.startsWith("team")) {
            return 3;
        }
        return current;
    }

    private static int clamp(int step) {
        return Math.max(1, Math.min(LAST_STEP, step));
    }
}
