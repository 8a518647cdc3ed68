package jp.mebuki.workflows.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * What the platform adds to Camunda's own tables, right after the engine has created or upgraded its schema
 * (the tables do not exist yet when Flyway runs), idempotently; on PostgreSQL under {@link SchemaCreationLock},
 * so nodes starting together do not race.
 * <ul>
 * <li>Indexes for queries the engine runs often but its schema does not index, in portable H2 / PostgreSQL SQL.
 * Completing any task looks for its sub-tasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?});
 * without an index that reads every open task of the platform, seven times per gap-fund application (the
 * lifecycle benchmark measured 9–12 ms each on H2 at 5,000 applications in flight, and a sequential scan of
 * {@code act_ru_task} for each on PostgreSQL).
 * <li>On PostgreSQL, {@code vacuum_truncate = false} on the runtime tables, which empty whenever no process is
 * in flight. A vacuum of an empty table cuts it down to a few pages and records it as holding no rows; each
 * pooled connection then keeps the plan its foreign-key checks made from that (a sequential scan, e.g. of
 * {@code act_ru_execution} for every variable and execution inserted) until the table is analysed again,
 * while the table grows back to thousands of rows. The lifecycle benchmark saw 60,000–92,000 such scans in
 * one run. Kept at their size, the tables never look tiny, and the checks use the primary key. Also spares
 * the table the exclusive lock that the truncation takes.
 * </ul>
 */
public final class EngineTableTuning {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists MEBUKI_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
            // the job executor's acquisition (ensureJobDueDateNotNull: DUEDATE_ <= now) reads the due jobs only,
            // not every timer of the reviews in flight (at 5,000 applications in flight on PostgreSQL it was
            // 10 ms per poll and the server's largest single cost)
            "create index if not exists MEBUKI_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)",
            // jobs made before every job got a due date (an older version, or an engine without the setting)
            // would never be acquired: they are due since they were made
            "update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");

    /** The runtime tables that other rows refer to, or that refer to them, and that empty when nothing runs. */
    static final List<String> RUNTIME_TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
            "ACT_RU_IDENTITYLINK", "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT");

    private EngineTableTuning() {
    }

    /** Applies what is missing (public for the bare-engine benchmark, which must get the same). */
    public static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                for (String table : runtimeTablesStillTruncated(statement)) {
                    statement.execute("alter table " + table + " set (vacuum_truncate = false)");
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot tune the engine's tables", e);
        }
    }

    /** Altered once: a node that starts later finds the setting and takes no lock on the tables. */
    private static List<String> runtimeTablesStillTruncated(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select relname from pg_class where relkind = 'r'"
                + " and relnamespace = to_regnamespace(current_schema())::oid"
                + " and not coalesce(reloptions @> array['vacuum_truncate=false'], false)")) {
            while (rows.next()) {
                String table = rows.getString(1).toUpperCase(Locale.ROOT);
                if (RUNTIME_TABLES.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
