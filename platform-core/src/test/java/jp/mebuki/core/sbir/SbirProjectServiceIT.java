package jp.mebuki.core.sbir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.demo.SbirDemoData;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.stagegate.GateAssignmentId;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateCriteriaSet;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.stagegate.StageGateService.OpenedGateReview;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/**
 * The SBIR domain without the engine: an adopted application is awarded, reports, passes a gate
 * review and enters Phase 2; the aggregate and its collections are stored and read back (H2 here,
 * PostgreSQL in {@link SbirProjectServiceOnPostgresIT}).
 */
@SpringBootTest
class SbirProjectServiceIT {

    private static final Actor PM = Actor.user("pm.sato");

    @Autowired
    SbirProjectService projects;
    @Autowired
    SbirCatalog catalog;
    @Autowired
    StageGateService gates;
    @Autowired
    ApplicationService applications;
    @Autowired
    CallCatalog calls;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    @Test
    void awardsReportsPassesAGateAndEntersPhase2() {
        Application adopted = adopted("app.abe");
        ThemeId theme = catalog.findThemeByCode(SbirDemoData.DRONE_THEME).orElseThrow().id();
        Instant now = clock.instant();
        SbirProject project = projects.award(PM, adopted.getId(), theme, 25_000_000L, now.plus(Duration.ofDays(300)),
                List.of(new Milestone(SbirPhase.PHASE_1, "First flight", now.plus(Duration.ofDays(100)))));
        UserAccount awardee = users.requireByUsername("app.abe");
        projects.submitReport(project.getId(), awardee.id(), Actor.user("app.abe"), "Flew", "Buyers", 24_000_000L);

        OpenedGateReview opened = gates.open(SbirProjectService.AUDIT_SUBJECT, project.getId().value(), "PHASE_1",
                GateCriteriaSet.SBIR_STAGE_GATE, 2);
        assertThat(opened.assignmentIds()).hasSize(2);
        for (GateAssignmentId id : opened.assignmentIds()) {
            UserAccount reviewer = users.require(gates.requireAssignment(id).reviewerId());
            assertThat(reviewer.institutionCode()).isNotEqualTo(awardee.institutionCode());
            gates.score(id, reviewer.id(), Actor.user(reviewer.username()),
                    java.util.Map.of("TECHNICAL_RESULTS", 4, "TECHNICAL_FEASIBILITY", 5, "MARKET_POTENTIAL", 3,
                            "PROCUREMENT_FIT", 4), "Good");
        }
        assertThat(gates.scoresOf(opened.id()).technical()).isEqualByComparingTo(new BigDecimal("4.5"));
        gates.recordProposal(opened.id(), GateDecision.GO, false);

        assertThatThrownBy(() -> gates.confirm(opened.id(), PM, new GateConfirmation(GateDecision.GO, "Good",
                9_999_999L, now.plus(Duration.ofDays(400)), null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("budgetYen");
                    assertThat(e.getMessage()).contains("¥10,000,000 and up");
                });
        GateReview decided = gates.confirm(opened.id(), PM, new GateConfirmation(GateDecision.GO, "Good", 60_000_000L,
                now.plus(Duration.ofDays(400)), null, false));
        projects.applyGate(project.getId(), decided);

        SbirProject stored = projects.require(project.getId());
        assertThat(stored.getPhase()).isEqualTo(SbirPhase.PHASE_2);
        assertThat(stored.getPhases()).extracting(ProjectPhase::phase, ProjectPhase::budgetYen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SbirPhase.PHASE_1, 25_000_000L),
                        org.assertj.core.groups.Tuple.tuple(SbirPhase.PHASE_2, 60_000_000L));
        assertThat(stored.getMilestones()).extracting(Milestone::title).containsExactly("First flight");
        assertThat(stored.getReports()).extracting(PhaseReport::spentYen).containsExactly(24_000_000L);
        assertThat(audit.trailOf(SbirProjectService.AUDIT_SUBJECT, project.getId().value()))
                .extracting(AuditEntry::action).containsSubsequence("SBIR_PROJECT_AWARDED", "SBIR_REPORT_SUBMITTED",
                        "GATE_REVIEW_OPENED", "GATE_REVIEW_SUBMITTED", "GATE_DECISION_PROPOSED",
                        "GATE_DECISION_CONFIRMED", "SBIR_GATE_GO");
    }

    @Test
    void refusesAnAwardOutsidePhase1sRulesAndSavesNothing() {
        Application adopted = adopted("app.inoue");
        ThemeId theme = catalog.findThemeByCode(SbirDemoData.HEALTH_THEME).orElseThrow().id();
        Instant now = clock.instant();
        assertThatThrownBy(() -> projects.award(PM, adopted.getId(), theme, 2_000_000L,
                now.plus(Duration.ofDays(300)), List.of())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("¥3,000,000 to ¥30,000,000"));
        assertThatThrownBy(() -> projects.award(PM, adopted.getId(), theme, 10_000_000L,
                now.plus(Duration.ofDays(400)), List.of())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("plannedEnd"));
        assertThatThrownBy(() -> projects.award(PM, adopted.getId(), theme, 10_000_000L,
                now.plus(Duration.ofDays(300)), List.of(new Milestone(SbirPhase.PHASE_1, "late",
                        now.plus(Duration.ofDays(301)))))).isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("milestones[0].dueAt"));
        assertThat(projects.visibleTo(users.requireByUsername("app.inoue"))).isEmpty();
        projects.award(PM, adopted.getId(), theme, 10_000_000L, now.plus(Duration.ofDays(300)), List.of());
        assertThatThrownBy(() -> projects.award(PM, adopted.getId(), theme, 10_000_000L,
                now.plus(Duration.ofDays(300)), List.of())).isInstanceOf(ConflictingStateException.class);
    }

    private Application adopted(String applicant) {
        UserAccount account = users.requireByUsername(applicant);
        Actor actor = Actor.user(applicant);
        Application draft = applications.createDraft(account.id(), actor,
                calls.findCallByCode(SbirDemoData.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent("Drone for " + applicant, "abstract", "DISASTER_INFRA", GrowthStage.EARLY,
                        20_000_000L, account.institutionCode(),
                        List.of(new TeamMember(account.displayName(), "lead", account.institutionCode()))));
        applications.submit(draft.getId(), account.id(), actor);
        applications.startReviewRound(draft.getId());
        applications.awaitDecision(draft.getId(), new BigDecimal("4.0"), BigDecimal.ZERO, 3);
        Application adopted = applications.applyDecision(draft.getId(), ApplicationStatus.ADOPTED, PM, "fits");
        assertThat(adopted.getStatus()).isEqualTo(ApplicationStatus.ADOPTED);
        return adopted;
    }
}
