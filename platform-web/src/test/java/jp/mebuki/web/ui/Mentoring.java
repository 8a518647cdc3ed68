package jp.mebuki.web.ui;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;

import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.mentor.Mentee;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MentorProfile;
import jp.mebuki.core.mentor.MentorProfileChange;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Brings adopted teams to the mentoring steps a page test starts from, through the same services and
 * facades the pages use: adoption (which starts the mentor assignment), the PM's confirmation or
 * override that sends the offer to a chosen mentor.
 */
final class Mentoring {

    static final String PM = "pm.sato";

    private final Screening screening;
    private final MentoringService mentoring;
    private final MentorProfileService profiles;
    private final WorkTaskService tasks;
    private final UserDirectory users;

    Mentoring(Screening screening, MentoringService mentoring, MentorProfileService profiles, WorkTaskService tasks,
            UserDirectory users) {
        this.screening = screening;
        this.mentoring = mentoring;
        this.profiles = profiles;
        this.tasks = tasks;
        this.users = users;
    }

    /** An application screened and adopted; its mentoring waits for the PM (a proposal, or nobody eligible). */
    MentoringMatch adoptedTeam(String applicant, String title) {
        long application = screening.submitted(applicant, title);
        screening.reviewCompletely(application);
        screening.decide(application, PM, DecisionOutcome.ADOPT, "Adopted; a mentor will follow.");
        Mentee team = new Mentee(MenteeKind.GAP_FUND_APPLICATION, application);
        MentoringMatch match = await().atMost(Duration.ofSeconds(60))
                .until(() -> mentoring.latestFor(team).orElse(null), m -> m != null && pmTask(m) != null);
        return match;
    }

    /**
     * Gives the mentor room for more teams: every test class shares one pool of demo mentors, so a test
     * that needs a particular mentor makes sure they are not full.
     */
    void roomFor(String mentor) {
        UserAccount account = users.requireByUsername(mentor);
        MentorProfile profile = profiles.require(account.id());
        profiles.update(account.id(), Actor.user(mentor), new MentorProfileChange(profile.fieldCodes(),
                profile.stages(), profile.prefecture(), profile.languages(), 20, true, profile.institutionCode(),
                profile.alumniFounder(), profile.bio(), new ArrayList<>(profile.conflicts())));
    }

    /** The PM sends the team's offer to the mentor (confirming the proposal, or overriding it); returns the mentor's task. */
    WorkTask offerTo(MentoringMatch match, String mentor) {
        roomFor(mentor);
        UserAccount pm = users.requireByUsername(PM);
        UserAccount chosen = users.requireByUsername(mentor);
        WorkTask task = await().atMost(Duration.ofSeconds(30)).until(() -> pmTask(match), t -> t != null);
        MentoringMatch now = mentoring.require(match.getId());
        boolean proposedAlready = task.kind() == TaskKind.CONFIRM_MENTOR_PROPOSAL
                && now.current().mentorId().equals(chosen.id());
        if (proposedAlready) {
            tasks.confirmMentorProposal(task.id(), pm, null, null);
        } else if (task.kind() == TaskKind.CONFIRM_MENTOR_PROPOSAL) {
            tasks.confirmMentorProposal(task.id(), pm, chosen.id(), "Test set-up: offered to " + mentor);
        } else {
            tasks.assignMentor(task.id(), pm, chosen.id(), "Test set-up: offered to " + mentor);
        }
        return taskOf(mentor, match, TaskKind.RESPOND_TO_MENTORING_OFFER);
    }

    /** The mentor accepts the offer: mentoring starts. */
    void accept(MentoringMatch match, String mentor) {
        tasks.respondToMentoringOffer(taskOf(mentor, match, TaskKind.RESPOND_TO_MENTORING_OFFER).id(),
                users.requireByUsername(mentor), true, null);
    }

    WorkTask pmTask(MentoringMatch match) {
        return tasks.openTasksOf(users.requireByUsername(PM)).stream()
                .filter(t -> match.getId().equals(t.mentoringMatchId()) && (t.kind() == TaskKind.CONFIRM_MENTOR_PROPOSAL
                        || t.kind() == TaskKind.ASSIGN_MENTOR))
                .findFirst().orElse(null);
    }

    WorkTask taskOf(String user, MentoringMatch match, TaskKind kind) {
        UserAccount account = users.requireByUsername(user);
        return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.openTasksOf(account).stream()
                .filter(t -> t.kind() == kind && match.getId().equals(t.mentoringMatchId())).findFirst().orElse(null),
                t -> t != null);
    }
}
