package jp.mebuki.core.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.mentor.MentoringEvaluation.EvaluationSide;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/** Profiles and the life of a mentoring match on the real schema, with the demo mentor pool (each test rolls back). */
@SpringBootTest
@Transactional
class MentoringServiceIT {

    private static final Actor PM = Actor.user("pm.sato");

    @Autowired
    MentoringService mentoring;
    @Autowired
    MentorProfileService profiles;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;

    private UserId id(String username) {
        return users.requireByUsername(username).id();
    }

    /** A robotics seed team of Sendai College (Miyagi), led by app.mori. */
    private MentoringMatch roboticsTeam(long menteeId) {
        return mentoring.open(new MenteeRequest(new Mentee(MenteeKind.SBIR_PROJECT, menteeId), id("app.mori"),
                "Soft robotic gripper", "ROBOTICS_DRONES", GrowthStage.SEED, "sendai-kosen", null));
    }

    private List<String> trail(MentoringMatch match) {
        return audit.trailOf(MentoringService.AUDIT_SUBJECT, match.getId().value()).stream().map(AuditEntry::action)
                .toList();
    }

    @Test
    void loadsTwelveDemoMentorProfilesWithAlumniFoundersAndAnUnavailableMentor() {
        assertThat(profiles.profiles()).hasSize(12);
        assertThat(profiles.profiles()).filteredOn(MentorProfile::alumniFounder).hasSize(3);
        assertThat(profiles.require(id("mentor.murata")).available()).isFalse();
        assertThat(profiles.require(id("mentor.kikuchi")).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.reference()).isEqualTo("sendai-kosen"));
    }

    @Test
    void proposesTheBestEligibleMentorWithItsScorePartsAndNeverOneFromTheTeamsInstitution() {
        MentoringMatch match = roboticsTeam(9001);

        MentorOffer proposal = mentoring.proposeBest(match.getId()).orElseThrow();

        // ikeda: robotics 40 + seed 25 + Miyagi 15 + ja 10 + free 10; ogawa (Sendai College) is excluded
        assertThat(users.require(proposal.mentorId()).username()).isEqualTo("mentor.ikeda");
        assertThat(proposal.fit()).isEqualTo(new FitScore(40, 25, 15, 10, 10));
        assertThat(mentoring.require(match.getId()).getState()).isEqualTo(MentoringState.PROPOSED);
        assertThat(trail(match)).containsExactly("MENTORING_OPENED", "MENTOR_PROPOSED");
    }

    @Test
    void offersTheNextBestAfterADeclineAndTellsThePmWhenNobodyIsLeft() {
        MentoringMatch match = roboticsTeam(9002);
        mentoring.proposeBest(match.getId());
        mentoring.confirmProposal(match.getId(), PM);

        assertThatThrownBy(() -> mentoring.respond(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), false, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        mentoring.respond(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), false, "travelling abroad");
        MentorOffer next = mentoring.offerNextBest(match.getId()).orElseThrow();

        // fujita: robotics 40 + seed 25 + Tohoku 5 + ja 10 + free 10 = 90
        assertThat(users.require(next.mentorId()).username()).isEqualTo("mentor.fujita");
        assertThat(next.fit().total()).isEqualTo(90);
        assertThat(trail(match)).containsSubsequence("MENTOR_PROPOSAL_CONFIRMED", "MENTORING_OFFER_DECLINED",
                "MENTOR_OFFERED_NEXT");
    }

    @Test
    void refusesAnOverrideWithoutAReasonOrToAMentorWhoMayNotMentorTheTeam() {
        MentoringMatch match = roboticsTeam(9003);
        mentoring.proposeBest(match.getId());

        assertThatThrownBy(() -> mentoring.chooseMentor(match.getId(), PM, id("mentor.okada"), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> mentoring.chooseMentor(match.getId(), PM, id("mentor.ogawa"), "knows them well"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("mentorId");
                    assertThat(e.code()).isEqualTo("mentor-not-eligible");
                });
        assertThatThrownBy(() -> mentoring.chooseMentor(match.getId(), PM, id("app.abe"), "a founder"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mentorId"));

        MentoringMatch overridden = mentoring.chooseMentor(match.getId(), PM, id("mentor.okada"),
                "the team needs a mobility partner");

        assertThat(overridden.getState()).isEqualTo(MentoringState.OFFERED);
        assertThat(overridden.getOffers()).extracting(MentorOffer::state)
                .containsExactly(OfferState.SUPERSEDED, OfferState.OFFERED);
        AuditEntry entry = audit.trailOf(MentoringService.AUDIT_SUBJECT, match.getId().value()).stream()
                .filter(e -> e.action().equals("MENTOR_PROPOSAL_OVERRIDDEN")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("pm.sato");
        assertThat(entry.detail()).contains("proposed mentor.ikeda", "chosen mentor.okada",
                "the team needs a mobility partner");
    }

    @Test
    void keepsTheLengthAndTopicsOfASessionAndRefusesALengthOutOfRange() {
        MentoringMatch match = roboticsTeam(9014);
        mentoring.proposeBest(match.getId());
        mentoring.confirmProposal(match.getId(), PM);
        mentoring.respond(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), true, null);

        assertThatThrownBy(() -> mentoring.logSession(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"),
                null, 900, "pricing", "Too long a session."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("durationMinutes"));
        assertThat(mentoring.sessionsOf(match.getId())).isEmpty();
        mentoring.logSession(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), null, 45,
                "  pricing, first customers ", "Went through the price list.");

        assertThat(mentoring.sessionsOf(match.getId())).singleElement().satisfies(session -> {
            assertThat(session.durationMinutes()).isEqualTo(45);
            assertThat(session.topics()).isEqualTo("pricing, first customers");
            assertThat(session.summary()).isEqualTo("Went through the price list.");
        });
    }

    @Test
    void onlyTheOfferedMentorMayAnswerAndOnlyTheirMentorLogsSessions() {
        MentoringMatch match = roboticsTeam(9004);
        mentoring.proposeBest(match.getId());
        mentoring.confirmProposal(match.getId(), PM);

        assertThatThrownBy(() -> mentoring.respond(match.getId(), id("mentor.fujita"), Actor.user("mentor.fujita"),
                true, null)).isInstanceOf(NotFoundException.class);
        mentoring.respond(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), true, null);
        mentoring.kickOff(match.getId());

        assertThatThrownBy(() -> mentoring.logSession(match.getId(), id("mentor.fujita"), Actor.user("mentor.fujita"),
                null, "hello")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mentoring.logSession(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"),
                LocalDate.of(2100, 1, 1), "from the future"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        mentoring.logSession(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), null,
                "Reviewed the customer interviews.");
        mentoring.evaluate(match.getId(), id("mentor.ikeda"), Actor.user("mentor.ikeda"), EvaluationSide.MENTOR, 4,
                "A coachable team.");
        assertThatThrownBy(() -> mentoring.evaluate(match.getId(), id("app.mori"), Actor.user("app.mori"),
                EvaluationSide.MENTEE, 6, "great"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rating"));
        mentoring.evaluate(match.getId(), id("app.mori"), Actor.user("app.mori"), EvaluationSide.MENTEE, 5,
                "Practical advice.");
        mentoring.complete(match.getId());

        assertThat(mentoring.sessionsOf(match.getId())).hasSize(1);
        assertThat(mentoring.evaluationsOf(match.getId())).extracting(MentoringEvaluation::rating).containsExactly(4, 5);
        assertThat(mentoring.require(match.getId()).getState()).isEqualTo(MentoringState.COMPLETED);
    }

    @Test
    void refusesACapacityBelowTheMentorsCurrentLoadNamingTheField() {
        MentoringMatch match = roboticsTeam(9005);
        mentoring.proposeBest(match.getId());
        mentoring.confirmProposal(match.getId(), PM);
        UserId ikeda = id("mentor.ikeda");
        MentorProfile before = profiles.require(ikeda);

        assertThatThrownBy(() -> profiles.update(ikeda, Actor.user("mentor.ikeda"), change(before, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("capacity");
                    assertThat(e.code()).isEqualTo("capacity-below-load");
                });
        assertThat(profiles.require(ikeda).capacity()).isEqualTo(before.capacity());

        assertThat(profiles.update(ikeda, Actor.user("mentor.ikeda"), change(before, 1)).capacity()).isEqualTo(1);
    }

    @Test
    void rematchesWaitingProposalsTogetherSoThatNoMentorIsOfferedBeyondCapacity() {
        List<MentoringMatch> teams = List.of(roboticsTeam(9101), roboticsTeam(9102), roboticsTeam(9103),
                roboticsTeam(9104));
        teams.forEach(t -> mentoring.proposeBest(t.getId()));
        assertThat(teams).allSatisfy(t -> assertThat(mentoring.require(t.getId()).getMentorId())
                .isEqualTo(id("mentor.ikeda")));

        List<MentoringMatch> rematched = mentoring.proposeBatch(PM);

        assertThat(rematched).hasSize(4);
        long onIkeda = rematched.stream().filter(m -> id("mentor.ikeda").equals(m.getMentorId())).count();
        assertThat(onIkeda).isLessThanOrEqualTo(profiles.require(id("mentor.ikeda")).capacity());
        assertThat(rematched).extracting(MentoringMatch::getMentorId).doesNotContain(id("mentor.ogawa"));
        rematched.forEach(m -> mentoring.confirmProposal(m.getId(), PM));
        assertThat(rematched).allSatisfy(m -> assertThat(mentoring.require(m.getId()).getState())
                .isEqualTo(MentoringState.OFFERED));
    }

    @Test
    void aMentorCannotWriteAProfileForSomeoneWhoIsNoMentor() {
        UserAccount abe = users.requireByUsername("app.abe");
        MentorProfileChange change = new MentorProfileChange(Set.of("AI"), Set.of(GrowthStage.SEED), "Miyagi",
                Set.of("ja"), 1, true, null, false, null, List.of());

        assertThatThrownBy(() -> profiles.update(abe.id(), Actor.user("app.abe"), change))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mentoring.closeUnmatched(roboticsTeam(9006).getId(), PM, "no need"))
                .isInstanceOf(ConflictingStateException.class);
    }

    private static MentorProfileChange change(MentorProfile p, int capacity) {
        return new MentorProfileChange(p.fieldCodes(), p.stages(), p.prefecture(), p.languages(), capacity,
                p.available(), p.institutionCode(), p.alumniFounder(), p.bio(), List.copyOf(p.conflicts()));
    }
}
