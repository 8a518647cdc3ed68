package jp.mebuki.workflows.sbir;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.sbir.ProjectPhase;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.workflows.SbirScenario;
import jp.mebuki.workflows.SbirScenario.Project;

/** With {@code mebuki.sbir.skip-to-phase3-allowed=true} a strong Phase 1 project may go straight to Phase 3. */
@SpringBootTest(properties = "mebuki.sbir.skip-to-phase3-allowed=true")
class SkipToPhase3IT {

    @Autowired
    SbirScenario scenario;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void startFresh() {
        BpmnAwareTests.init(engine);
        scenario.reset();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void skipsStraightToPhase3WithAPhase3Budget() {
        Project project = scenario.awardedProject("app.abe");
        project.reports(20_000_000L).isGateReviewedWith(5, 5);
        GateReview gate = project.currentGate();
        assertThat(gate.proposedDecision()).isEqualTo(GateDecision.GO);
        assertThat(gate.skipEligible()).isTrue();

        project.pmConfirms(new GateConfirmation(GateDecision.GO, "Excellent on both grounds", 150_000_000L,
                scenario.months(36), null, true));
        assertThat(project.state().getPhases()).extracting(ProjectPhase::phase)
                .containsExactly(SbirPhase.PHASE_1, SbirPhase.PHASE_3);
        assertThat(project.state().currentPhase().budgetYen()).isEqualTo(150_000_000L);
        assertThat(project.currentGate().skipToPhase3()).isTrue();
    }

    @Test
    void doesNotProposeTheSkipForMerelyGoodResults() {
        Project project = scenario.awardedProject("app.inoue");
        project.reports(20_000_000L).isGateReviewedWith(4, 4);
        assertThat(project.currentGate().skipEligible()).isFalse();
        project.pmConfirmsGo(40_000_000L, 18);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_2);
    }
}
