package jp.mebuki.web.ui.mentor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.mebuki.core.mentor.MentorProfile;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * The PM's mentor proposals: every match (per call for gap-fund teams) with its proposals, their score
 * parts and answers; the PM's tasks on a match: confirm the proposal, assign another mentor with a
 * reason, or, when nobody eligible is left, choose one or close. The services keep the audit trail.
 */
@Controller
@RequestMapping("/pm/mentoring")
@PreAuthorize("hasAnyRole('PM', 'ADMIN')")
class PmMentoringController {

    private static final Set<TaskKind> PM_TASKS = Set.of(TaskKind.CONFIRM_MENTOR_PROPOSAL, TaskKind.ASSIGN_MENTOR);

    private final MentoringService mentoring;
    private final MentorProfileService profiles;
    private final WorkTaskService tasks;
    private final UserDirectory users;
    private final MatchDetails details;

    PmMentoringController(MentoringService mentoring, MentorProfileService profiles, WorkTaskService tasks,
            UserDirectory users, MatchDetails details) {
        this.mentoring = mentoring;
        this.profiles = profiles;
        this.tasks = tasks;
        this.users = users;
        this.details = details;
    }

    /** Every match, newest first, optionally only the teams of one call; the PM's open tasks marked. */
    @GetMapping
    String matches(@RequestParam(required = false) Long callId, @AuthenticationPrincipal PlatformUser user,
            Model model) {
        UserAccount account = account(user);
        List<MentoringMatch> all = mentoring.visibleTo(account).stream()
                .sorted(Comparator.comparing((MentoringMatch m) -> m.getId().value()).reversed()).toList();
        Map<Long, Call> callOf = details.addSummaries(model, all);
        List<MentoringMatch> shown = callId == null ? all : all.stream()
                .filter(m -> callOf.containsKey(m.getId().value())
                        && callOf.get(m.getId().value()).id().value() == callId).toList();
        model.addAttribute("matches", shown);
        model.addAttribute("callFilter", callOf.values().stream().distinct()
                .sorted(Comparator.comparing(c -> c.id().value())).toList());
        model.addAttribute("selectedCall", callId);
        model.addAttribute("pmTasks", pmTasks(account).stream()
                .collect(Collectors.toMap(t -> t.mentoringMatchId().value(), Function.identity(), (a, b) -> a)));
        model.addAttribute("names", details.namesOf(shown.stream().flatMap(m -> m.getOffers().stream())
                .map(o -> o.mentorId()).toList()));
        return "pm/mentoring";
    }

    @GetMapping("/{matchId}")
    String match(@PathVariable long matchId, @AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", new ReassignForm());
        model.addAttribute("closeForm", new ReasonForm());
        return matchPage(model, mentoring.require(new MentoringMatchId(matchId)), account(user));
    }

    @PostMapping("/tasks/{taskId}/confirm")
    @PreAuthorize("hasRole('PM')")
    String confirm(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = pmTask(taskId, account, TaskKind.CONFIRM_MENTOR_PROPOSAL);
        tasks.confirmMentorProposal(taskId, account, null, null);
        redirect.addFlashAttribute("notice", "mentor.notice.confirmed");
        return "redirect:/pm/mentoring/" + task.mentoringMatchId().value();
    }

    /** Another mentor than proposed, or one at all when none was eligible; a reason is required. */
    @PostMapping("/tasks/{taskId}/reassign")
    @PreAuthorize("hasRole('PM')")
    String reassign(@PathVariable String taskId, @Validated @ModelAttribute("form") ReassignForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = pmTask(taskId, account, null);
        if (!result.hasErrors()) {
            try {
                UserId mentor = new UserId(form.getMentorId());
                if (task.kind() == TaskKind.CONFIRM_MENTOR_PROPOSAL) {
                    tasks.confirmMentorProposal(taskId, account, mentor, form.getReason());
                } else {
                    tasks.assignMentor(taskId, account, mentor, form.getReason());
                }
                redirect.addFlashAttribute("notice", "mentor.notice.reassigned");
                return "redirect:/pm/mentoring/" + task.mentoringMatchId().value();
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            } catch (ConflictingStateException e) {
                if (!"mentor-at-capacity".equals(e.code())) {
                    throw e;
                }
                result.rejectValue("mentorId", "domain.mentor-at-capacity", e.getMessage());
            }
        }
        model.addAttribute("closeForm", new ReasonForm());
        return matchPage(model, mentoring.require(task.mentoringMatchId()), account);
    }

    /** With no eligible mentor left, the PM may end the mentoring without one (reason required). */
    @PostMapping("/tasks/{taskId}/close")
    @PreAuthorize("hasRole('PM')")
    String close(@PathVariable String taskId, @Validated @ModelAttribute("closeForm") ReasonForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = pmTask(taskId, account, TaskKind.ASSIGN_MENTOR);
        if (!result.hasErrors()) {
            try {
                tasks.assignMentor(taskId, account, null, form.getReason());
                redirect.addFlashAttribute("notice", "mentor.notice.closed");
                return "redirect:/pm/mentoring/" + task.mentoringMatchId().value();
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        model.addAttribute("form", new ReassignForm());
        return matchPage(model, mentoring.require(task.mentoringMatchId()), account);
    }

    // ---------------------------------------------------------------- helpers

    private String matchPage(Model model, MentoringMatch match, UserAccount account) {
        details.addMatch(model, match);
        List<MentorProfile> mentors = profiles.profiles().stream().filter(MentorProfile::available).toList();
        model.addAttribute("mentors", mentors);
        model.addAttribute("mentorNames", details.namesOf(mentors.stream().map(MentorProfile::userId).toList()));
        model.addAttribute("loads", mentors.stream()
                .collect(Collectors.toMap(p -> p.userId().value(), p -> profiles.currentLoad(p.userId()))));
        model.addAttribute("pmTask", pmTasks(account).stream()
                .filter(t -> match.getId().equals(t.mentoringMatchId())).findFirst().orElse(null));
        return "pm/mentoring-match";
    }

    private List<WorkTask> pmTasks(UserAccount account) {
        return tasks.openTasksOf(account, PM_TASKS);
    }

    /** The PM's open mentoring task of the given kind (either, when {@code kind} is null); else not found. */
    private WorkTask pmTask(String taskId, UserAccount account, TaskKind kind) {
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (!PM_TASKS.contains(task.kind()) || kind != null && task.kind() != kind) {
            throw new NotFoundException("mentoring task", taskId);
        }
        return task;
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }
}
