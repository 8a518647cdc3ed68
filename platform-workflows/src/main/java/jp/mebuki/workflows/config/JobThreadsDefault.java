package jp.mebuki.workflows.config;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sizes the job executor's thread pool by the node's cores, unless the configuration sets it
 * ({@code camunda.bpm.job-execution.core-pool-size} or {@code max-pool-size}, e.g. by
 * {@code CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE}): one job thread fewer than the cores, at least one and at most
 * the engine's default maximum of 10. Why: the engine's default (3, growing to 10) lets the screening of a
 * submission rush take both cores of a small node from the applicants submitting (inbox benchmark on 2 cores:
 * submit p95 146 ms with the engine's default, 68 ms with one job thread); the jobs wait in the database and
 * are screened a little later instead. Registered in {@code META-INF/spring.factories}; the defaults sit below
 * every other property source, so any setting wins.
 */
public class JobThreadsDefault implements EnvironmentPostProcessor {

    static final String CORE_POOL_SIZE = "camunda.bpm.job-execution.core-pool-size";
    static final String MAX_POOL_SIZE = "camunda.bpm.job-execution.max-pool-size";
    private static final int ENGINE_DEFAULT_MAX = 10;

    /** The job threads of a node with {@code cores} processors when nothing sets them. */
    public static int threadsFor(int cores) {
        return Math.max(1, Math.min(cores - 1, ENGINE_DEFAULT_MAX));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        if (binder.bind(CORE_POOL_SIZE, Integer.class).isBound() || binder.bind(MAX_POOL_SIZE, Integer.class).isBound()) {
            return;
        }
        int threads = threadsFor(Runtime.getRuntime().availableProcessors());
        environment.getPropertySources().addLast(new MapPropertySource("mebukiJobThreadsDefault",
                Map.of(CORE_POOL_SIZE, threads, MAX_POOL_SIZE, threads)));
    }
}
