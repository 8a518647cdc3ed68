package jp.mebuki.workflows.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine defaults every application embedding the workflows needs, whatever its properties say.
 * Deployment pattern, job executor and database settings stay with the application's properties
 * (see the module README).
 */
@Configuration(proxyBeanMethods = false)
class WorkflowEngineConfiguration {

    /** Five years, the retention of the programmes' screening records. */
    static final String DEFAULT_HISTORY_TIME_TO_LIVE = "P1825D";

    /**
     * Back-off of a failing job (e.g. the mail server is down): five retries over about six hours, then
     * an incident in Cockpit. The job, and so the work, stays in the database until someone retries it.
     */
    static final String DEFAULT_FAILED_JOB_RETRY_TIME_CYCLE = "PT1M,PT5M,PT15M,PT1H,PT4H";

    @Bean
    ProcessEnginePlugin mebukiEngineDefaults() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                // Camunda 7.24 refuses models without a time to live (ENGINE-12018); the committed models
                // set one, this covers models an administrator deploys from the Modeler without it.
                if (configuration.getHistoryTimeToLive() == null) {
                    configuration.setHistoryTimeToLive(DEFAULT_HISTORY_TIME_TO_LIVE);
                }
                if (configuration.getFailedJobRetryTimeCycle() == null) {
                    configuration.setFailedJobRetryTimeCycle(DEFAULT_FAILED_JOB_RETRY_TIME_CYCLE);
                }
                // Every job gets a due date (an async continuation: the moment it was created), so the job
                // executor's acquisition asks for DUEDATE_ <= now alone, which the due-date index of
                // EngineTableTuning answers. With "DUEDATE_ is null or …" it read every job, the thousands of
                // reminder and overdue timers of the reviews in flight included, on every poll of every node.
                configuration.setEnsureJobDueDateNotNull(true);
                // Every node deploys the models on start-up: only what changed becomes a new version. The
                // engine serialises such deployments with its deployment lock, so nodes starting together
                // do not both deploy version 1.
                if (configuration instanceof SpringProcessEngineConfiguration spring) {
                    spring.setDeployChangedOnly(true);
                }
            }

            @Override
            public String toString() {
                return "mebukiEngineDefaults";
            }
        };
    }

    /** Time-ordered UUIDs for the engine's ids (the starter uses this bean instead of its own generator). */
    @Bean
    IdGenerator timeOrderedIdGenerator() {
        return new TimeOrderedIdGenerator();
    }

    /** Nodes starting together on a brand-new PostgreSQL database create Camunda's schema once. */
    @Bean
    SchemaCreationLock schemaCreationLock(DataSource dataSource) {
        return new SchemaCreationLock(dataSource);
    }
}
