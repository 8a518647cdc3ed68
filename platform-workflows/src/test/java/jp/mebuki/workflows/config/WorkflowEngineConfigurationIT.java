package jp.mebuki.workflows.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The engine as the platform configures it inside Spring Boot. */
@SpringBootTest
class WorkflowEngineConfigurationIT {

    @Autowired
    ConfigurableListableBeanFactory beans;
    @Autowired
    ProcessEngine engine;

    @Test
    void buildsTheEngineOnlyAfterFlywayHasMigrated() {
        String[] engineBeans = beans.getBeanNamesForType(ProcessEngine.class);
        assertThat(engineBeans).isNotEmpty();
        for (String name : engineBeans) {
            assertThat(beans.getBeanDefinition(BeanFactoryUtils.transformedBeanName(name)).getDependsOn())
                    .as("depends-on of %s", name).contains("flywayInitializer");
        }
    }

    @Test
    void appliesThePlatformDefaults() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // the starter wraps the plugins in one composite that names them
        assertThat(configuration.getProcessEnginePlugins()).extracting(Object::toString)
                .anySatisfy(plugins -> assertThat(plugins).contains("mebukiEngineDefaults"));
        assertThat(configuration.getHistoryTimeToLive()).isEqualTo(WorkflowEngineConfiguration.DEFAULT_HISTORY_TIME_TO_LIVE);
        assertThat(configuration.getFailedJobRetryTimeCycle())
                .isEqualTo(WorkflowEngineConfiguration.DEFAULT_FAILED_JOB_RETRY_TIME_CYCLE);
        assertThat(((SpringProcessEngineConfiguration) configuration).isDeployChangedOnly()).isTrue();
    }
}
