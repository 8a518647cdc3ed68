package jp.mebuki.web.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

import jp.mebuki.core.notification.MailGateway;
import jp.mebuki.web.MebukiApplication;

/**
 * One platform node: the whole application (with the {@code postgres} profile on PostgreSQL), its own job executor and
 * HTTP port, sharing only the database (and, in this JVM, the clock and the mail server) with the others.
 */
public final class ClusterNode implements AutoCloseable {

    /**
     * Spring Boot sets up Logback, which is one per JVM, while it prepares a context's environment. Two nodes that
     * start at the same moment in one JVM raced there ("Unable to find Spring Environment in logger context"):
     * they pass that step one at a time; the rest of their start (schema, deployment, demo data) stays concurrent.
     */
    private static final ReentrantLock ENVIRONMENT_AND_LOGGING = new ReentrantLock();

    private final String name;
    private final ConfigurableApplicationContext context;

    private ClusterNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /**
     * @param database  the datasource properties (url, username, password)
     * @param extraArgs further {@code --name=value} arguments, e.g. to turn off demo data on a node
     */
    public static ClusterNode start(String name, Map<String, Object> database, Clock clock, MailGateway mail,
            String... extraArgs) {
        return start(name, database, clock, mail, context -> {
        }, extraArgs);
    }

    /** @param customizer registers further beans before the context starts (e.g. a bench's statement counter) */
    public static ClusterNode start(String name, Map<String, Object> database, Clock clock, MailGateway mail,
            Consumer<GenericApplicationContext> customizer, String... extraArgs) {
        List<String> args = new ArrayList<>();
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        args.add("--spring.application.name=mebuki-" + name);
        // Camunda keeps engines in a JVM-wide registry by name (no hyphens allowed): a node's own name keeps the other test
        // contexts' "default" engine (used by their engine REST API and webapps) registered when it closes
        args.add("--camunda.bpm.process-engine-name=node" + name.replace("-", ""));
        // the Camunda webapps keep JVM-wide static state too; the test nodes do not need Cockpit
        args.add("--camunda.bpm.webapp.enabled=false");
        args.add("--camunda.bpm.metrics.enabled=false");
        args.add("--camunda.bpm.admin-user.password=test-only-camunda-admin");
        // a stopped node's claimed jobs are free again after the lock time: keep it short in the test
        args.add("--camunda.bpm.job-execution.lock-time-in-millis=10000");
        args.add("--camunda.bpm.job-execution.wait-time-in-millis=500");
        args.add("--camunda.bpm.job-execution.max-wait=1000");
        args.addAll(List.of(extraArgs));
        boolean postgres = String.valueOf(database.get("spring.datasource.url")).startsWith("jdbc:postgresql:");
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(MebukiApplication.class)
                    .profiles(postgres ? new String[] { "postgres" } : new String[0])
                    .listeners(new EnvironmentStep(Ordered.HIGHEST_PRECEDENCE, true),
                            new EnvironmentStep(Ordered.LOWEST_PRECEDENCE, false))
                    .initializers((GenericApplicationContext ctx) -> {
                        ctx.registerBean("clusterClock", Clock.class, () -> clock, bd -> bd.setPrimary(true));
                        ctx.registerBean("clusterMailServer", MailGateway.class, () -> mail, bd -> bd.setPrimary(true));
                        customizer.accept(ctx);
                    })
                    .run(args.toArray(String[]::new));
            return new ClusterNode(name, context);
        } finally {
            // also when the start failed in between
            if (ENVIRONMENT_AND_LOGGING.isHeldByCurrentThread()) {
                ENVIRONMENT_AND_LOGGING.unlock();
            }
        }
    }

    /** Takes the lock before Spring Boot's own listeners prepare the environment, and gives it back after them. */
    private record EnvironmentStep(int order, boolean enter)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (enter) {
                ENVIRONMENT_AND_LOGGING.lock();
            } else if (ENVIRONMENT_AND_LOGGING.isHeldByCurrentThread()) {
                ENVIRONMENT_AND_LOGGING.unlock();
            }
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** A setting of the node as its configuration resolved it, e.g. the job executor's threads. */
    public String setting(String key) {
        return context.getEnvironment().getProperty(key);
    }

    /** The node's own HTTP port (a free one, chosen at start). */
    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
