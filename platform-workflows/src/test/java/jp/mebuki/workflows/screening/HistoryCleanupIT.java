package jp.mebuki.workflows.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.workflows.ScreeningScenario;
import jp.mebuki.workflows.ScreeningScenario.Screened;

/**
 * Finished screenings do not grow the engine's history without bound: once the model's time to live
 * (1825 days after the end) has passed, history cleanup removes the process instance, its activities,
 * variables and DMN evaluations. Before that, nothing is removed.
 */
@SpringBootTest
class HistoryCleanupIT {

    @Autowired
    ScreeningScenario scenario;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @BeforeEach
    void startFresh() {
        scenario.reset();
    }

    @AfterEach
    void backToTheStart() {
        scenario.reset();
    }

    @Test
    void removesAFinishedScreeningOnlyAfterItsTimeToLive() {
        // an ineligible application: its screening ends at once
        Screened finished = scenario.applicant("app.shimizu").submitsAnApplication();
        String instance = finished.processInstanceId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isPositive();

        scenario.timePasses(Duration.ofDays(1824));
        runCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count())
                .as("kept within its time to live").isEqualTo(1);

        scenario.timePasses(Duration.ofDays(2));
        runCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    private void runCleanup() {
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());
    }
}
