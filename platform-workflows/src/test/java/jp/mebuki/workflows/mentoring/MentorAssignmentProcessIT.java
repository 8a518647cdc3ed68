package jp.mebuki.workflows.mentoring;

import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.END_EVENT_CLOSED_UNMATCHED;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.END_EVENT_MENTORING_COMPLETED;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.SERVICE_TASK_ESCALATE_MISSED_CHECK_IN;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.SERVICE_TASK_EXPIRE_OFFER;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.SERVICE_TASK_KICK_OFF_MENTORING;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.SERVICE_TASK_OFFER_NEXT_MENTOR;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.TIMER_MENTORING_PERIOD_OVER;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.USER_TASK_ASSIGN_MENTOR_MANUALLY;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.USER_TASK_CONFIRM_PROPOSAL;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.USER_TASK_LOG_CHECK_IN;
import static jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements.USER_TASK_RESPOND_TO_OFFER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.mentor.Mentee;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MenteeRequest;
import jp.mebuki.core.mentor.MentorOffer;
import jp.mebuki.core.mentor.MentorProfile;
import jp.mebuki.core.mentor.MentorProfileChange;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.mentor.MentoringSession.SessionOutcome;
import jp.mebuki.core.mentor.MentoringState;
import jp.mebuki.core.mentor.OfferState;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.ScreeningScenario;
import jp.mebuki.workflows.ScreeningScenario.Screened;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * The mentor-assignment process end to end on the real engine and domain (H2): one scenario per path.
 * Teams are SBIR projects with fresh ids, started through the facade; one adopted gap-fund application
 * arrives through the call activity. Mentors' loads carry over between tests (one Spring context), so
 * the scenarios act as whichever mentor the matcher chose and check it against the domain.
 */
@SpringBootTest
class MentorAssignmentProcessIT {

    private static final AtomicLong NEXT_PROJECT = new AtomicLong(7000);

    @Autowired
    MentoringProcessService process;
    @Autowired
    MentoringService mentoring;
    @Autowired
    MentorProfileService profiles;
    @Autowired
    WorkTaskService inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ScreeningScenario scenario;
    @Autowired
    ProcessEngine engine;

    private final List<MentorProfile> changedProfiles = new ArrayList<>();

    @BeforeEach
    void startOfTheDay() {
        // several Spring contexts (each with an engine) live in one test JVM: assert on this one's
        BpmnAwareTests.init(engine);
        scenario.reset();
    }

    @AfterEach
    void restoreProfiles() {
        BpmnAwareTests.reset();
        changedProfiles.forEach(p -> profiles.update(p.userId(), Actor.SYSTEM, changeOf(p, p.available())));
        changedProfiles.clear();
    }

    @Test
    void proposesConfirmsAndRunsTheMentoringToBothEvaluationsWhenTheMentorAccepts() {
        MentoringMatch match = roboticsTeamRequestsAMentor();
        ProcessInstance instance = instanceOf(match);
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_TASK_CONFIRM_PROPOSAL);
        MentorOffer proposal = mentoring.require(match.getId()).current();
        assertThat(proposal.state()).isEqualTo(OfferState.PROPOSED);
        assertThat(proposal.fit().field()).as("a robotics mentor").isEqualTo(40);

        pmConfirms(match);
        UserAccount mentor = users.require(proposal.mentorId());
        assertThat(scenario.mailSubjectsTo(mentor.username())).anyMatch(s -> s.contains("Soft robotic gripper"));
        inbox.respondToMentoringOffer(task(mentor, match, TaskKind.RESPOND_TO_MENTORING_OFFER).id(), mentor, true, null);

        BpmnAwareTests.assertThat(instance).hasPassed(SERVICE_TASK_KICK_OFF_MENTORING)
                .isWaitingAt(TIMER_MENTORING_PERIOD_OVER);
        assertThat(mentoring.require(match.getId()).getState()).isEqualTo(MentoringState.ACTIVE);
        for (int checkIn = 1; checkIn <= 3; checkIn++) {
            // a little after the due instant, as on a real clock: a frozen clock standing exactly on the
            // last repetition of the cycle would make the engine schedule it again for that instant
            scenario.timePasses(Duration.ofDays(30).plusHours(1));
            runDueJobs(instance);
            inbox.logCheckIn(task(mentor, match, TaskKind.LOG_CHECK_IN).id(), mentor, null,
                    "Check-in " + checkIn + ": customer interviews and the next milestone.");
        }
        scenario.timePasses(Duration.ofDays(2));
        runDueJobs(instance);
        UserAccount lead = users.requireByUsername("app.mori");
        inbox.evaluateMentoring(task(mentor, match, TaskKind.EVALUATE_AS_MENTOR).id(), mentor, 4, "A coachable team.");
        inbox.evaluateMentoring(task(lead, match, TaskKind.EVALUATE_AS_MENTEE).id(), lead, 5, "Practical advice.");

        BpmnAwareTests.assertThat(instance).hasPassed(END_EVENT_MENTORING_COMPLETED).isEnded();
        assertThat(mentoring.require(match.getId()).getState()).isEqualTo(MentoringState.COMPLETED);
        assertThat(mentoring.sessionsOf(match.getId())).hasSize(3)
                .allSatisfy(s -> assertThat(s.outcome()).isEqualTo(SessionOutcome.HELD));
        assertThat(trail(match)).containsSubsequence("MENTORING_OPENED", "MENTOR_PROPOSED",
                "MENTOR_PROPOSAL_CONFIRMED", "MENTORING_OFFER_ACCEPTED", "MENTORING_STARTED",
                "MENTORING_SESSION_LOGGED", "MENTORING_SESSION_LOGGED", "MENTORING_SESSION_LOGGED",
                "MENTORING_EVALUATED", "MENTORING_EVALUATED", "MENTORING_COMPLETED");
    }

    @Test
    void offersTheNextBestMentorAutomaticallyWhenTheMentorDeclines() {
        MentoringMatch match = roboticsTeamRequestsAMentor();
        pmConfirms(match);
        MentorOffer first = mentoring.require(match.getId()).current();
        UserAccount declining = users.require(first.mentorId());

        inbox.respondToMentoringOffer(task(declining, match, TaskKind.RESPOND_TO_MENTORING_OFFER).id(), declining,
                false, "Fully booked until spring.");

        MentoringMatch after = mentoring.require(match.getId());
        MentorOffer next = after.current();
        assertThat(next.mentorId()).isNotEqualTo(first.mentorId());
        assertThat(next.state()).isEqualTo(OfferState.OFFERED);
        assertThat(next.fit().total()).isLessThanOrEqualTo(first.fit().total() + 10);
        assertThat(after.getOffers()).extracting(MentorOffer::state).contains(OfferState.DECLINED);
        UserAccount nextMentor = users.require(next.mentorId());
        assertThat(task(nextMentor, match, TaskKind.RESPOND_TO_MENTORING_OFFER)).isNotNull();
        assertThat(hasTask(declining, match, TaskKind.RESPOND_TO_MENTORING_OFFER)).isFalse();
        BpmnAwareTests.assertThat(instanceOf(match)).hasPassed(SERVICE_TASK_OFFER_NEXT_MENTOR)
                .isWaitingAt(USER_TASK_RESPOND_TO_OFFER);
        assertThat(trail(match)).containsSubsequence("MENTORING_OFFER_DECLINED", "MENTOR_OFFERED_NEXT");
    }

    @Test
    void offersTheNextBestMentorWhenTheResponseWindowPassesWithoutAnAnswer() {
        MentoringMatch match = roboticsTeamRequestsAMentor();
        pmConfirms(match);
        MentorOffer first = mentoring.require(match.getId()).current();

        scenario.timePasses(Duration.ofDays(6));
        runDueJobs(instanceOf(match));
        assertThat(mentoring.require(match.getId()).current().mentorId()).isEqualTo(first.mentorId());
        scenario.timePasses(Duration.ofDays(2));
        runDueJobs(instanceOf(match));

        MentoringMatch after = mentoring.require(match.getId());
        assertThat(after.getOffers()).extracting(MentorOffer::state).contains(OfferState.EXPIRED);
        assertThat(after.current().mentorId()).isNotEqualTo(first.mentorId());
        assertThat(after.getState()).isEqualTo(MentoringState.OFFERED);
        BpmnAwareTests.assertThat(instanceOf(match)).hasPassed(SERVICE_TASK_EXPIRE_OFFER, SERVICE_TASK_OFFER_NEXT_MENTOR)
                .isWaitingAt(USER_TASK_RESPOND_TO_OFFER);
        assertThat(trail(match)).containsSubsequence("MENTORING_OFFER_EXPIRED", "MENTOR_OFFERED_NEXT");
    }

    @Test
    void asksThePmWhenNoEligibleMentorIsLeftAndTheirChoiceGoesToTheMentor() {
        everyMentorUnavailableExcept("mentor.endo");
        MentoringMatch match = spaceTeamRequestsAMentor();
        pmConfirms(match);
        UserAccount endo = users.requireByUsername("mentor.endo");
        assertThat(mentoring.require(match.getId()).current().mentorId()).isEqualTo(endo.id());

        inbox.respondToMentoringOffer(task(endo, match, TaskKind.RESPOND_TO_MENTORING_OFFER).id(), endo, false,
                "Not my field.");

        BpmnAwareTests.assertThat(instanceOf(match)).hasPassed(SERVICE_TASK_OFFER_NEXT_MENTOR)
                .isWaitingAt(USER_TASK_ASSIGN_MENTOR_MANUALLY);
        assertThat(mentoring.require(match.getId()).getState()).isEqualTo(MentoringState.NO_ELIGIBLE_MENTOR);
        assertThat(scenario.mailSubjectsTo("pm.suzuki")).anyMatch(s -> s.contains("No eligible mentor"));
        assertThat(scenario.mailSubjectsTo("pm.sato")).anyMatch(s -> s.contains("割り当て可能なメンターがいません"));
        UserAccount pm = users.requireByUsername("pm.sato");
        WorkTask assign = task(pm, match, TaskKind.ASSIGN_MENTOR);
        // someone who already declined is no choice
        assertThatThrownBy(() -> inbox.assignMentor(assign.id(), pm, endo.id(), "please reconsider"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mentorId"));
        // the PM talks mentor.goto into it, who makes themselves available again
        UserAccount gotoMentor = users.requireByUsername("mentor.goto");
        profiles.update(gotoMentor.id(), Actor.user("mentor.goto"), changeOf(profiles.require(gotoMentor.id()), true));
        inbox.assignMentor(assign.id(), pm, gotoMentor.id(), "Goto knows the space supply chain.");

        BpmnAwareTests.assertThat(instanceOf(match)).isWaitingAt(USER_TASK_RESPOND_TO_OFFER);
        assertThat(task(gotoMentor, match, TaskKind.RESPOND_TO_MENTORING_OFFER)).isNotNull();
        assertThat(trail(match)).containsSubsequence("MENTORING_OFFER_DECLINED", "MENTOR_NOT_FOUND",
                "MENTOR_CHOSEN_BY_PM");
    }

    @Test
    void closesWithoutAMentorWhenThePmSaysSoWithAReason() {
        everyMentorUnavailableExcept();
        MentoringMatch match = spaceTeamRequestsAMentor();
        BpmnAwareTests.assertThat(instanceOf(match)).isWaitingAt(USER_TASK_ASSIGN_MENTOR_MANUALLY);
        UserAccount pm = users.requireByUsername("pm.suzuki");
        WorkTask assign = task(pm, match, TaskKind.ASSIGN_MENTOR);

        assertThatThrownBy(() -> inbox.assignMentor(assign.id(), pm, null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        inbox.assignMentor(assign.id(), pm, null, "The team moved to an accelerator with its own mentors.");

        BpmnAwareTests.assertThat(instanceOf(match)).hasPassed(END_EVENT_CLOSED_UNMATCHED).isEnded();
        assertThat(mentoring.require(match.getId()).getState()).isEqualTo(MentoringState.CLOSED_UNMATCHED);
    }

    @Test
    void thePmOverridesTheProposalWithAReasonAndTheChosenMentorIsAsked() {
        MentoringMatch match = roboticsTeamRequestsAMentor();
        UserAccount pm = users.requireByUsername("pm.sato");
        WorkTask confirm = task(pm, match, TaskKind.CONFIRM_MENTOR_PROPOSAL);
        UserAccount okada = users.requireByUsername("mentor.okada");
        UserAccount ogawa = users.requireByUsername("mentor.ogawa");

        assertThatThrownBy(() -> inbox.confirmMentorProposal(confirm.id(), pm, okada.id(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> inbox.confirmMentorProposal(confirm.id(), pm, ogawa.id(), "same college"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mentorId"));
        BpmnAwareTests.assertThat(instanceOf(match)).isWaitingAt(USER_TASK_CONFIRM_PROPOSAL);

        inbox.confirmMentorProposal(confirm.id(), pm, okada.id(), "The team needs a mobility partner.");

        assertThat(task(okada, match, TaskKind.RESPOND_TO_MENTORING_OFFER)).isNotNull();
        assertThat(mentoring.require(match.getId()).getOffers()).extracting(MentorOffer::state)
                .containsExactly(OfferState.SUPERSEDED, OfferState.OFFERED);
        AuditEntry override = audit.trailOf(MentoringService.AUDIT_SUBJECT, match.getId().value()).stream()
                .filter(e -> e.action().equals("MENTOR_PROPOSAL_OVERRIDDEN")).findFirst().orElseThrow();
        assertThat(override.actor()).isEqualTo("pm.sato");
        assertThat(override.detail()).contains("mentor.okada", "The team needs a mobility partner.");
        // a mentor cannot answer an offer made to someone else: not found
        UserAccount fujita = users.requireByUsername("mentor.fujita");
        String okadasTask = task(okada, match, TaskKind.RESPOND_TO_MENTORING_OFFER).id();
        assertThatThrownBy(() -> inbox.respondToMentoringOffer(okadasTask, fujita, true, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void escalatesAMissedCheckInToThePmsAndKeepsTheMentoringGoing() {
        MentoringMatch match = roboticsTeamRequestsAMentor();
        pmConfirms(match);
        UserAccount mentor = users.require(mentoring.require(match.getId()).current().mentorId());
        inbox.respondToMentoringOffer(task(mentor, match, TaskKind.RESPOND_TO_MENTORING_OFFER).id(), mentor, true, null);
        ProcessInstance instance = instanceOf(match);

        scenario.timePasses(Duration.ofDays(30).plusHours(1));
        runDueJobs(instance);
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_TASK_LOG_CHECK_IN);
        scenario.forgetMails();
        scenario.timePasses(Duration.ofDays(8));
        runDueJobs(instance);

        BpmnAwareTests.assertThat(instance).hasPassed(SERVICE_TASK_ESCALATE_MISSED_CHECK_IN)
                .isWaitingAt(TIMER_MENTORING_PERIOD_OVER);
        assertThat(hasTask(mentor, match, TaskKind.LOG_CHECK_IN)).isFalse();
        assertThat(mentoring.sessionsOf(match.getId())).singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(SessionOutcome.MISSED));
        assertThat(scenario.mailSubjectsTo("pm.sato")).anyMatch(s -> s.contains("チェックイン未実施"));
        assertThat(scenario.mailSubjectsTo("pm.suzuki")).anyMatch(s -> s.contains("Missed mentoring check-in"));
        assertThat(trail(match)).contains("MENTORING_CHECK_IN_MISSED");

        scenario.timePasses(Duration.ofDays(22));
        runDueJobs(instance);
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_TASK_LOG_CHECK_IN);
    }

    @Test
    void anAdoptedGapFundTeamGetsItsMentorThroughTheCallActivity() {
        Screened application = scenario.applicant("app.mori").submitsAnApplication();
        application.isReviewedBy(4);
        scenario.pm("pm.sato").decides(application, DecisionOutcome.ADOPT, "Strong team.");

        scenario.runDueJobs(application);

        MentoringMatch match = mentoring.latestFor(new Mentee(MenteeKind.GAP_FUND_APPLICATION, application.id().value()))
                .orElseThrow();
        assertThat(match.getMenteeUserId()).isEqualTo(users.requireByUsername("app.mori").id());
        assertThat(match.getFieldCode()).isEqualTo("ROBOTICS_DRONES");
        assertThat(match.getInstitutionCode()).isEqualTo("sendai-kosen");
        assertThat(match.getState()).isEqualTo(MentoringState.PROPOSED);
        WorkTask confirm = task(users.requireByUsername("pm.sato"), match, TaskKind.CONFIRM_MENTOR_PROPOSAL);
        assertThat(confirm.applicationId()).isEqualTo(application.id());
        BpmnAwareTests.assertThat(instanceOf(match)).isWaitingAt(USER_TASK_CONFIRM_PROPOSAL);
    }

    // ---------------------------------------------------------------- helpers

    private MentoringMatch roboticsTeamRequestsAMentor() {
        return process.requestMentor(new MenteeRequest(new Mentee(MenteeKind.SBIR_PROJECT, NEXT_PROJECT.incrementAndGet()),
                users.requireByUsername("app.mori").id(), "Soft robotic gripper", "ROBOTICS_DRONES", GrowthStage.SEED,
                "sendai-kosen", null));
    }

    private MentoringMatch spaceTeamRequestsAMentor() {
        return process.requestMentor(new MenteeRequest(new Mentee(MenteeKind.SBIR_PROJECT, NEXT_PROJECT.incrementAndGet()),
                users.requireByUsername("app.kimura").id(), "Cubesat thermal control", "SPACE", GrowthStage.EARLY,
                "yamagata-u", null));
    }

    private void pmConfirms(MentoringMatch match) {
        UserAccount pm = users.requireByUsername("pm.sato");
        inbox.confirmMentorProposal(task(pm, match, TaskKind.CONFIRM_MENTOR_PROPOSAL).id(), pm, null, null);
    }

    private void everyMentorUnavailableExcept(String... usernames) {
        List<String> keep = List.of(usernames);
        for (MentorProfile profile : profiles.profiles()) {
            if (profile.available() && !keep.contains(users.require(profile.userId()).username())) {
                changedProfiles.add(profile);
                profiles.update(profile.userId(), Actor.SYSTEM, changeOf(profile, false));
            }
        }
    }

    private static MentorProfileChange changeOf(MentorProfile p, boolean available) {
        return new MentorProfileChange(p.fieldCodes(), p.stages(), p.prefecture(), p.languages(), p.capacity(),
                available, p.institutionCode(), p.alumniFounder(), p.bio(), List.copyOf(p.conflicts()));
    }

    private WorkTask task(UserAccount user, MentoringMatch match, TaskKind kind) {
        return inbox.openTasksOf(user).stream()
                .filter(t -> match.getId().equals(t.mentoringMatchId()) && t.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(user.username() + " has no " + kind + " task on mentoring "
                        + match.getId() + "; inbox: " + inbox.openTasksOf(user)));
    }

    private boolean hasTask(UserAccount user, MentoringMatch match, TaskKind kind) {
        return inbox.openTasksOf(user).stream()
                .anyMatch(t -> match.getId().equals(t.mentoringMatchId()) && t.kind() == kind);
    }

    private List<String> trail(MentoringMatch match) {
        return audit.trailOf(MentoringService.AUDIT_SUBJECT, match.getId().value()).stream().map(AuditEntry::action)
                .toList();
    }

    /** The mentoring process of the match (running or ended), found by its match id variable. */
    private ProcessInstance instanceOf(MentoringMatch match) {
        HistoricProcessInstance found = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MentorAssignmentProcess.KEY)
                .variableValueEquals(MentorAssignmentProcess.MENTORING_MATCH_ID.getName(), match.getId().value())
                .singleResult();
        assertThat(found).as("mentoring process of match %s", match.getId()).isNotNull();
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(found.getId()).singleResult();
        return running != null ? running : new EndedInstance(found);
    }

    private void runDueJobs(ProcessInstance instance) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream()
                    .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new AssertionError("jobs keep coming for " + instance.getId() + ": "
                + management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream()
                        .map(j -> j.getJobDefinitionId() + "@" + j.getDuedate() + " retries " + j.getRetries()
                                + " " + j.getExceptionMessage()).toList());
    }

    /** An ended instance for camunda-bpm-assert, which resolves it against history by id. */
    private record EndedInstance(HistoricProcessInstance h) implements ProcessInstance {

        @Override
        public String getId() {
            return h.getId();
        }

        @Override
        public String getProcessInstanceId() {
            return h.getId();
        }

        @Override
        public String getProcessDefinitionId() {
            return h.getProcessDefinitionId();
        }

        @Override
        public String getProcessDefinitionKey() {
            return h.getProcessDefinitionKey();
        }

        @Override
        public String getBusinessKey() {
            return h.getBusinessKey();
        }

        @Override
        public String getRootProcessInstanceId() {
            return h.getRootProcessInstanceId();
        }

        @Override
        public String getCaseInstanceId() {
            return null;
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public boolean isEnded() {
            return true;
        }

        @Override
        public String getTenantId() {
            return null;
        }
    }
}
