package jp.mebuki.workflows.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Indexes the platform adds to Camunda's own tables, for queries the engine runs often but its schema does
 * not index (and the due dates that the job-acquisition index needs on jobs made before it). Completing any
 * task looks for its sub-tasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); without an
 * index that reads every open task of the platform, seven times per gap-fund
 * application (the lifecycle benchmark measured 9–12 ms each on H2 at 5,000 applications in flight, and a
 * sequential scan of {@code act_ru_task} for each on PostgreSQL). Created right after the engine has created
 * or upgraded its schema (the tables do not exist yet when Flyway runs), idempotently, in portable H2 /
 * PostgreSQL SQL; on PostgreSQL under {@link SchemaCreationLock}, so nodes starting together do not race.
 */
public final class EngineTableIndexes {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists MEBUKI_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
            // the job executor's acquisition (ensureJobDueDateNotNull: DUEDATE_ <= now) reads the due jobs only,
            // not every timer of the reviews in flight (at 5,000 applications in flight on PostgreSQL it was
            // 10 ms per poll and the server's largest single cost)
            "create index if not exists MEBUKI_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)",
            // jobs made before every job got a due date (an older version, or an engine without the setting)
            // would never be acquired: they are due since they were made
            "update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");

    private EngineTableIndexes() {
    }

    /** Creates the indexes that are missing (public for the bare-engine benchmark, which must get the same). */
    public static void createMissing(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot create the platform's indexes on the engine's tables", e);
        }
    }
}
