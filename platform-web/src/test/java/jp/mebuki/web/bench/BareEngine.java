package jp.mebuki.web.bench;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The same screening BPMN and DMN on a bare Camunda engine with no-op delegates (they only set the
 * variables the model's gateways read): what the engine alone costs, for the platform to be compared with.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;

    BareEngine(String jdbcUrl, String user, String password) {
        JavaDelegate noOp = execution -> {
        };
        JavaDelegate eligibilityFacts = execution -> {
            execution.setVariable("institutionParticipates", true);
            execution.setVariable("withinCallWindow", true);
            execution.setVariable("amountWithinCap", true);
            execution.setVariable("requiredFieldsPresent", true);
        };
        JavaDelegate assignReviewers = execution -> execution.setVariable("reviewAssignmentIds", List.of(1L, 2L, 3L));
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setProcessEngineName("bare-" + System.nanoTime());
        configuration.setJobExecutorActivate(true);
        configuration.setMetricsEnabled(false);
        configuration.setHistoryTimeToLive("P1825D");
        configuration.setBeans(Map.of(
                "collectEligibilityFacts", eligibilityFacts,
                "rejectIneligible", noOp,
                "assignReviewers", assignReviewers,
                "sendReviewReminder", noOp,
                "reassignReviewer", noOp,
                "computeScores", noOp,
                "notifyDecision", noOp,
                "recordWithdrawal", noOp,
                "reviewSlots", new BareReviewSlots()));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare")
                .addClasspathResource("bpmn/gap-fund-screening.bpmn")
                .addClasspathResource("bpmn/gap-fund-eligibility.dmn").deploy();
    }

    void start(long applicationId) {
        engine.getRuntimeService().startProcessInstanceByKey("GapFundScreening", Long.toString(applicationId),
                Map.of("applicationId", applicationId, "callId", 1L));
    }

    /** Completes the open review tasks (conflict declarations, then scores) in rounds until none is left. */
    void reviewEverything() {
        for (String kind : List.of("UserTaskDeclareConflict", "UserTaskScoreApplication")) {
            List<Task> tasks;
            while (!(tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(kind).listPage(0, 200)).isEmpty()) {
                tasks.forEach(task -> engine.getTaskService().complete(task.getId()));
            }
        }
    }

    long decideTasks() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTaskDecide").count();
    }

    void decideEverything() {
        List<Task> tasks;
        while (!(tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTaskDecide").listPage(0, 200))
                .isEmpty()) {
            for (Task task : tasks) {
                String outcome = Long.parseLong(engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()) % 2 == 0
                                ? "ADOPT" : "REJECT";
                engine.getTaskService().complete(task.getId(), Map.of("decisionOutcome", outcome));
            }
        }
    }

    long running() {
        return engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    @Override
    public void close() {
        engine.close();
    }
}
