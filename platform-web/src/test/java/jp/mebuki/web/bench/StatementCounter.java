package jp.mebuki.web.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the database round trips of whatever runs on a data source: each {@code execute*} call of a
 * statement is one (a JDBC batch counts once, as it travels once), and each commit and rollback.
 */
final class StatementCounter {

    private final AtomicLong roundTrips = new AtomicLong();

    long roundTrips() {
        return roundTrips.get();
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
        return proxy(DataSource.class, target, (method, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::onConnectionCall) : result);
    }

    private Object onConnectionCall(java.lang.reflect.Method method, Object result) {
        if (method.getName().equals("commit") || method.getName().equals("rollback")) {
            roundTrips.incrementAndGet();
        }
        if (result instanceof Statement statement) {
            Class<? extends Statement> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, statement, (m, r) -> {
                if (m.getName().startsWith("execute")) {
                    roundTrips.incrementAndGet();
                }
                return r;
            });
        }
        return result;
    }

    private interface AfterCall {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
    }
}
