package jp.mebuki.web.bench;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.task.Task;

import jp.mebuki.workflows.config.EngineTableTuning;
import jp.mebuki.workflows.config.JobThreadsDefault;
import jp.mebuki.workflows.config.TimeOrderedIdGenerator;

/**
 * The same screening BPMN and DMN on a bare Camunda engine with no-op delegates (they only set the
 * variables the model's gateways read): what the engine alone costs, for the platform to be compared with.
 * History level and job executor are set as the platform sets them on the same database.
 */
final class BareEngine implements AutoCloseable {

    static final String DECIDE = "UserTaskDecide";

    private final ProcessEngine engine;

    BareEngine(DataSource dataSource, boolean postgres) {
        JavaDelegate noOp = execution -> {
        };
        JavaDelegate eligibilityFacts = execution -> {
            execution.setVariable("institutionParticipates", true);
            execution.setVariable("withinCallWindow", true);
            execution.setVariable("amountWithinCap", true);
            execution.setVariable("requiredFieldsPresent", true);
        };
        JavaDelegate assignReviewers = execution -> {
            long first = 3 * (Long) execution.getVariable("applicationId");
            execution.setVariable("reviewAssignmentIds", List.of(first, first + 1, first + 2));
        };
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setProcessEngineName("bare" + System.nanoTime());
        configuration.setMetricsEnabled(false);
        configuration.setHistoryTimeToLive("P1825D");
        // the platform's id generator (the standalone engine's default, DbIdGenerator, hands out ids from one
        // shared counter row; the starter's default, random-ordered version 1 UUIDs, is not what the platform uses)
        configuration.setIdGenerator(new TimeOrderedIdGenerator());
        // as the platform's engine (WorkflowEngineConfiguration): every job has a due date, acquired by its index
        configuration.setEnsureJobDueDateNotNull(true);
        // as ClusterNode and application(-postgres).yml configure the platform's job executor, with the threads
        // that JobThreadsDefault gives the platform on this machine
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        int threads = JobThreadsDefault.threadsFor(Runtime.getRuntime().availableProcessors());
        jobs.setCorePoolSize(threads);
        jobs.setMaxPoolSize(threads);
        jobs.setLockTimeInMillis(10_000);
        jobs.setWaitTimeInMillis(500);
        jobs.setMaxWait(1000);
        if (postgres) {
            jobs.setMaxJobsPerAcquisition(5);
            jobs.setBackoffTimeInMillis(50);
            jobs.setMaxBackoff(2000);
        }
        configuration.setJobExecutor(jobs);
        configuration.setJobExecutorActivate(true);
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
        // the same database as the platform's: the indexes the platform adds to the engine's tables too
        EngineTableTuning.apply(dataSource);
        engine.getRepositoryService().createDeployment().name("bare")
                .addClasspathResource("bpmn/gap-fund-screening.bpmn")
                .addClasspathResource("bpmn/gap-fund-eligibility.dmn").deploy();
    }

    void start(long applicationId) {
        engine.getRuntimeService().startProcessInstanceByKey("GapFundScreening", Long.toString(applicationId),
                Map.of("applicationId", applicationId, "callId", 1L));
    }

    List<Task> openTasks(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskDefinitionKey).list();
    }

    void complete(Task task) {
        engine.getTaskService().complete(task.getId());
    }

    /** The PM's decision: every application is rejected, as on the platform's side. */
    void reject(Task task) {
        engine.getTaskService().setAssignee(task.getId(), "pm");
        engine.getTaskService().complete(task.getId(), Map.of("decisionOutcome", "REJECT"));
    }

    long count(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskDefinitionKey).count();
    }

    long running() {
        return engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    long incidents() {
        return engine.getRuntimeService().createIncidentQuery().count();
    }

    @Override
    public void close() {
        engine.close();
    }
}
