package jp.mebuki.web.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the database round trips of whatever runs on a data source: each {@code execute*} call of a
 * statement is one (a JDBC batch counts once, as it travels once), and each commit and rollback.
 */
final class StatementCounter {

    private final AtomicLong roundTrips = new AtomicLong();
    private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanosBySql = new ConcurrentHashMap<>();

    long roundTrips() {
        return roundTrips.get();
    }

    /** Executions per SQL text so far (prepared statements; plain statements under their executed text). */
    Map<String, Long> executionsBySql() {
        return sums(bySql);
    }

    /** Time spent in the driver per SQL text so far (for an embedded H2: the database's own work), in ns. */
    Map<String, Long> nanosBySql() {
        return sums(nanosBySql);
    }

    /** Sums by normalised text: the hot path keys by the text as executed and leaves the normalising to here. */
    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
        Map<String, Long> copy = new HashMap<>();
        adders.forEach((sql, adder) -> copy.merge(normalised(sql), adder.sum(), Long::sum));
        return copy;
    }

    private static String normalised(String sql) {
        int callers = sql.indexOf("\n        <- ");
        String text = callers < 0 ? sql : sql.substring(0, callers);
        return text.replaceAll("\\s+", " ").trim() + (callers < 0 ? "" : sql.substring(callers));
    }

    private void count(String sql, long nanos) {
        roundTrips.incrementAndGet();
        // no regular expression here: it ran for every statement and cost the side that runs more statements more
        String text = sql == null ? "?" : sql;
        if (WITH_CALLERS && !text.contains("ACT_")) {
            text = text + "\n        <- " + platformCallers();
        }
        bySql.computeIfAbsent(text, key -> new LongAdder()).increment();
        nanosBySql.computeIfAbsent(text, key -> new LongAdder()).add(nanos);
    }

    /** With {@code -Dbench.callers=true}: the frames that issued a statement, to find repeated reads and commits. */
    private static final boolean WITH_CALLERS = Boolean.getBoolean("bench.callers");

    /**
     * The platform's frames, and the engine's commands and job executor frames: a commit without a platform frame
     * is the engine's own (a job, its listener, an acquisition).
     */
    private static String platformCallers() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("jp.mebuki.") && !f.getClassName().contains(".bench.")
                        || f.getClassName().startsWith("org.camunda.") && (f.getClassName().endsWith("Cmd")
                                || f.getClassName().contains(".jobexecutor.")))
                .limit(4).map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(java.util.stream.Collectors.joining(" < ")));
    }

    /** For a Spring context: wraps its data source bean(s). */
    BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result, nanos) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::onConnectionCall) : result);
    }

    private Object onConnectionCall(java.lang.reflect.Method method, Object[] args, Object result, long nanos) {
        if (method.getName().equals("commit") || method.getName().equals("rollback")) {
            count(method.getName().toUpperCase(), nanos);
        }
        if (result instanceof Statement statement) {
            String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
            Class<? extends Statement> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, statement, (m, a, r, executionNanos) -> {
                if (m.getName().startsWith("execute")) {
                    count(prepared != null ? prepared : a != null && a.length > 0 && a[0] instanceof String sql ? sql : "?",
                            executionNanos);
                }
                return r;
            });
        }
        return result;
    }

    /** What a proxy does with a call's result; {@code nanos}: how long the call to the target took. */
    private interface AfterCall {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result, long nanos);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                long start = System.nanoTime();
                Object result = method.invoke(target, args);
                return after.apply(method, args, result, System.nanoTime() - start);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
    }
}
