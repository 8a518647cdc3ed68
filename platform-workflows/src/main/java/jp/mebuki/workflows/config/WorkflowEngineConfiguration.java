package jp.mebuki.workflows.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
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
            }

            @Override
            public String toString() {
                return "mebukiEngineDefaults";
            }
        };
    }
}
