package jp.mebuki.web.ui.mentor;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.mentor.MentoringSession;
import jp.mebuki.core.mentor.MentoringSession.SessionOutcome;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/**
 * What the mentoring pages show beside a match: the team lead's name (when the team has a lead user), the programme (the call of a
 * gap-fund team; SBIR otherwise), the team's application, people's names, the last check-in.
 */
@Component
class MatchDetails {

    private final ApplicationService applications;
    private final CallCatalog calls;
    private final UserDirectory users;
    private final MentoringService mentoring;

    MatchDetails(ApplicationService applications, CallCatalog calls, UserDirectory users, MentoringService mentoring) {
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.mentoring = mentoring;
    }

    /** The gap-fund application a team applied with; empty for other kinds of team (SBIR projects). */
    Optional<Application> applicationOf(MentoringMatch match) {
        return match.getMenteeKind() == MenteeKind.GAP_FUND_APPLICATION
                ? Optional.of(applications.require(new ApplicationId(match.getMenteeId())))
                : Optional.empty();
    }

    /**
     * Adds, keyed by match id: {@code calls} (gap-fund teams' calls) and {@code leads} (team leads' names);
     * returns the calls.
     */
    Map<Long, Call> addSummaries(Model model, Collection<MentoringMatch> matches) {
        Map<Long, Call> callOf = new HashMap<>();
        Map<Long, String> leads = new HashMap<>();
        for (MentoringMatch match : matches) {
            applicationOf(match).ifPresent(a -> callOf.put(match.getId().value(), calls.requireCall(a.getCallId())));
            if (match.getMenteeUserId() != null) {
                leads.put(match.getId().value(), users.require(match.getMenteeUserId()).displayName());
            }
        }
        model.addAttribute("calls", callOf);
        model.addAttribute("leads", leads);
        return callOf;
    }

    /** Adds one match's team: summaries, the application ({@code app}, may be absent) and {@code names} of mentors. */
    void addMatch(Model model, MentoringMatch match) {
        addSummaries(model, java.util.List.of(match));
        model.addAttribute("match", match);
        model.addAttribute("app", applicationOf(match).orElse(null));
        model.addAttribute("names", namesOf(match.getOffers().stream().map(o -> o.mentorId()).toList()));
    }

    Map<Long, String> namesOf(Collection<UserId> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.forEach(id -> names.computeIfAbsent(id.value(), v -> users.require(id).displayName()));
        return names;
    }

    /** The most recent check-in held, if any. */
    Optional<MentoringSession> lastCheckIn(MentoringMatch match) {
        return mentoring.sessionsOf(match.getId()).stream().filter(s -> s.outcome() == SessionOutcome.HELD)
                .max(Comparator.comparing(MentoringSession::heldOn).thenComparing(MentoringSession::loggedAt));
    }
}
