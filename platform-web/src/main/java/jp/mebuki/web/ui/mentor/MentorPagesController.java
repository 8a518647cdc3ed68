package jp.mebuki.web.ui.mentor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.mentor.MentoringState;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.web.ui.UiFormats;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * A mentor's pages: offers waiting for an answer (accept, or decline with a reason), the teams they
 * mentor and their check-ins. Another mentor's offer or team is 404, as in the API.
 */
@Controller
@RequestMapping("/mentor")
@PreAuthorize("hasRole('MENTOR')")
class MentorPagesController {

    private final WorkTaskService tasks;
    private final MentoringService mentoring;
    private final UserDirectory users;
    private final MatchDetails details;
    private final Clock clock;

    MentorPagesController(WorkTaskService tasks, MentoringService mentoring, UserDirectory users,
            MatchDetails details, Clock clock) {
        this.tasks = tasks;
        this.mentoring = mentoring;
        this.users = users;
        this.details = details;
        this.clock = clock;
    }

    /** Offers waiting for the mentor's answer, earliest due first (the facade's order). */
    @GetMapping("/proposals")
    String proposals(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<WorkTask> offers = tasks.openTasksOf(account(user), Set.of(TaskKind.RESPOND_TO_MENTORING_OFFER));
        Map<Long, MentoringMatch> matches = new HashMap<>();
        offers.forEach(t -> matches.put(t.mentoringMatchId().value(), mentoring.require(t.mentoringMatchId())));
        details.addSummaries(model, matches.values());
        model.addAttribute("offers", offers);
        model.addAttribute("matches", matches);
        return "mentor/proposals";
    }

    @GetMapping("/proposals/{taskId}")
    String proposal(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", new ReasonForm());
        return proposalPage(model, offerTask(taskId, account(user)));
    }

    @PostMapping("/proposals/{taskId}/accept")
    String accept(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = offerTask(taskId, account);
        tasks.respondToMentoringOffer(taskId, account, true, null);
        redirect.addFlashAttribute("notice", "mentor.notice.accepted");
        return "redirect:/mentor/mentees/" + task.mentoringMatchId().value();
    }

    @PostMapping("/proposals/{taskId}/decline")
    String decline(@PathVariable String taskId, @Validated @ModelAttribute("form") ReasonForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        WorkTask task = offerTask(taskId, account);
        if (!result.hasErrors()) {
            try {
                tasks.respondToMentoringOffer(taskId, account, false, form.getReason());
                redirect.addFlashAttribute("notice", "mentor.notice.declined");
                return "redirect:/mentor/proposals";
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        return proposalPage(model, task);
    }

    /** The teams the mentor mentors now or did: programme, since when, last check-in. */
    @GetMapping("/mentees")
    String mentees(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<MentoringMatch> mine = mentoring.visibleTo(account(user)).stream()
                .filter(m -> m.isMentoredBy(user.userId()) && m.getStartedAt() != null).toList();
        details.addSummaries(model, mine);
        Map<Long, LocalDate> lastCheckIns = new HashMap<>();
        mine.forEach(m -> details.lastCheckIn(m).ifPresent(s -> lastCheckIns.put(m.getId().value(), s.heldOn())));
        model.addAttribute("mentees", mine);
        model.addAttribute("lastCheckIns", lastCheckIns);
        return "mentor/mentees";
    }

    @GetMapping("/mentees/{matchId}")
    String mentee(@PathVariable long matchId, @AuthenticationPrincipal PlatformUser user, Model model) {
        CheckInForm form = new CheckInForm();
        form.setHeldOn(LocalDate.ofInstant(clock.instant(), UiFormats.JAPAN));
        model.addAttribute("form", form);
        return menteePage(model, ownMentee(matchId, account(user)), account(user));
    }

    /** Logs a check-in: it completes a due check-in task if there is one, else it is a session between check-ins. */
    @PostMapping("/mentees/{matchId}/check-ins")
    String logCheckIn(@PathVariable long matchId, @Validated @ModelAttribute("form") CheckInForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model,
            RedirectAttributes redirect) {
        UserAccount account = account(user);
        MentoringMatch match = ownMentee(matchId, account);
        if (!result.hasErrors()) {
            try {
                Optional<WorkTask> due = dueCheckIn(match, account);
                if (due.isPresent()) {
                    tasks.logCheckIn(due.get().id(), account, form.getHeldOn(), form.getDurationMinutes(),
                            form.getTopics(), form.getSummary());
                } else {
                    mentoring.logSession(match.getId(), account.id(), user.actor(), form.getHeldOn(),
                            form.getDurationMinutes(), form.getTopics(), form.getSummary());
                }
                redirect.addFlashAttribute("notice", "mentor.notice.checkInLogged");
                return "redirect:/mentor/mentees/" + matchId;
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        return menteePage(model, match, account);
    }

    // ---------------------------------------------------------------- helpers

    private String proposalPage(Model model, WorkTask task) {
        MentoringMatch match = mentoring.require(task.mentoringMatchId());
        details.addMatch(model, match);
        model.addAttribute("task", task);
        model.addAttribute("offer", match.current());
        return "mentor/proposal";
    }

    private String menteePage(Model model, MentoringMatch match, UserAccount account) {
        details.addMatch(model, match);
        model.addAttribute("sessions", mentoring.sessionsOf(match.getId()));
        model.addAttribute("active", match.getState() == MentoringState.ACTIVE);
        model.addAttribute("dueCheckIn", dueCheckIn(match, account).orElse(null));
        return "mentor/mentee";
    }

    /** The mentor's own open offer task; any other task id is not found. */
    private WorkTask offerTask(String taskId, UserAccount account) {
        WorkTask task = tasks.requireOpenTaskOf(taskId, account);
        if (task.kind() != TaskKind.RESPOND_TO_MENTORING_OFFER) {
            throw new NotFoundException("mentoring offer", taskId);
        }
        return task;
    }

    /** A team the mentor mentors (or did); another mentor's team, or an offer not yet accepted, is not found. */
    private MentoringMatch ownMentee(long matchId, UserAccount account) {
        MentoringMatch match = mentoring.requireVisibleTo(new MentoringMatchId(matchId), account);
        if (!match.isMentoredBy(account.id()) || match.getStartedAt() == null) {
            throw new NotFoundException("mentee", matchId);
        }
        return match;
    }

    private Optional<WorkTask> dueCheckIn(MentoringMatch match, UserAccount account) {
        return tasks.openTasksOf(account, Set.of(TaskKind.LOG_CHECK_IN)).stream()
                .filter(t -> match.getId().equals(t.mentoringMatchId()))
                .findFirst();
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }
}
