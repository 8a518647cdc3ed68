package jp.mebuki.workflows.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class JobThreadsDefaultTest {

    private final JobThreadsDefault defaults = new JobThreadsDefault();

    @Test
    void leavesOneCoreToTheRequestsAndKeepsAtLeastOneJobThread() {
        assertThat(JobThreadsDefault.threadsFor(1)).isEqualTo(1);
        assertThat(JobThreadsDefault.threadsFor(2)).isEqualTo(1);
        assertThat(JobThreadsDefault.threadsFor(4)).isEqualTo(3);
        assertThat(JobThreadsDefault.threadsFor(64)).isEqualTo(10);
    }

    @Test
    void sizesAnUnconfiguredJobExecutorByTheCores() {
        StandardEnvironment environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication());

        int expected = JobThreadsDefault.threadsFor(Runtime.getRuntime().availableProcessors());
        assertThat(environment.getProperty(JobThreadsDefault.CORE_POOL_SIZE, Integer.class)).isEqualTo(expected);
        assertThat(environment.getProperty(JobThreadsDefault.MAX_POOL_SIZE, Integer.class)).isEqualTo(expected);
    }

    @Test
    void keepsTheThreadsThatTheConfigurationSets() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of(JobThreadsDefault.MAX_POOL_SIZE, 4)));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(JobThreadsDefault.MAX_POOL_SIZE, Integer.class)).isEqualTo(4);
        assertThat(environment.getProperty(JobThreadsDefault.CORE_POOL_SIZE)).isNull();
    }

    @Test
    void keepsTheThreadsThatAnEnvironmentVariableSets() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("CAMUNDA_BPM_JOBEXECUTION_COREPOOLSIZE", "2")));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(JobThreadsDefault.MAX_POOL_SIZE)).isNull();
    }
}
