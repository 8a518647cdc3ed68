package jp.mebuki.workflows.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Lets one node at a time build its process engine on PostgreSQL. Building the engine creates Camunda's
 * {@code ACT_*} tables when they are missing ({@code databaseSchemaUpdate=true}), and the engine does
 * not guard that against a second node doing the same at the same moment: on a brand-new database two
 * nodes started together would both try to create the tables and one would fail. A session-level
 * PostgreSQL advisory lock, held on its own connection from before the schema check until the engine
 * is built, makes the second node wait and then find the schema complete. Other databases (H2: one
 * node) are not locked. Once the engine is built, {@link EngineTableTuning} adds the platform's indexes and
 * settings to the engine's tables (on every database), still under the lock.
 */
final class SchemaCreationLock extends AbstractProcessEnginePlugin implements AutoCloseable {

    /** An arbitrary key of our own; Flyway uses a different one for its migration lock. */
    static final long LOCK_KEY = 0x6d6562756b69L;

    private final DataSource dataSource;
    private Connection holder;

    SchemaCreationLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            holder = connection;
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot take the schema creation lock", e);
        }
    }

    /** The engine's schema is complete: tune its tables, then let the next node go. */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try {
            EngineTableTuning.apply(dataSource);
        } finally {
            close();
        }
    }

    /** Also called when the context closes, so a failed engine build does not keep the lock. */
    @Override
    public synchronized void close() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder;
                PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot release the schema creation lock", e);
        } finally {
            holder = null;
        }
    }

    @Override
    public String toString() {
        return "schemaCreationLock";
    }
}
