package jp.mebuki.workflows.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

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
    @Autowired
    DataSource dataSource;

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

    @Test
    void givesEngineRowsIdsThatSortByTheTimeTheyWereMade() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getIdGenerator()).isInstanceOf(TimeOrderedIdGenerator.class);
        // the models deployed at start-up got their ids from it
        assertThat(engine.getRepositoryService().createDeploymentQuery().list()).isNotEmpty()
                .allSatisfy(deployment -> assertThat(UUID.fromString(deployment.getId()).version()).isEqualTo(7));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(configuration.getIdGenerator().getNextId());
        }
        // as strings, the engine's primary keys: each new one sorts after the last (appended to the indexes)
        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void indexesTheSubTaskLookupThatEveryTaskCompletionRuns() throws Exception {
        assertThat(indexesOf("ACT_RU_TASK")).containsOnlyOnce("MEBUKI_IDX_TASK_PARENT:PARENT_TASK_ID_");
    }

    @Test
    void leavesTheIndexesAsTheyAreWhenCreatedAgain() throws Exception {
        // what every further node start, and every restart, does
        EngineTableTuning.apply(dataSource);
        EngineTableTuning.apply(dataSource);

        assertThat(indexesOf("ACT_RU_TASK")).containsOnlyOnce("MEBUKI_IDX_TASK_PARENT:PARENT_TASK_ID_");
    }

    @Test
    void givesEveryJobADueDateThatTheAcquisitionIndexAnswers() throws Exception {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(indexesOf("ACT_RU_JOB")).containsOnlyOnce("MEBUKI_IDX_JOB_DUEDATE:DUEDATE_");
    }

    @Test
    void makesAJobWithoutADueDateDueSinceItWasMade() throws Exception {
        // as a job made by an engine without ensureJobDueDateNotNull (no retries left, so no job executor takes it)
        execute("insert into ACT_RU_JOB (ID_, REV_, TYPE_, RETRIES_, SUSPENSION_STATE_, PRIORITY_, HANDLER_TYPE_,"
                + " CREATE_TIME_) values ('job-without-due-date', 1, 'message', 0, 1, 0, 'mebuki-test',"
                + " timestamp '2026-01-02 03:04:05')");
        try {
            EngineTableTuning.apply(dataSource);

            assertThat(engine.getManagementService().createJobQuery().jobId("job-without-due-date").singleResult()
                    .getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2026-01-02 03:04:05"));
        } finally {
            execute("delete from ACT_RU_JOB where ID_ = 'job-without-due-date'");
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private List<String> indexesOf(String table) throws Exception {
        List<String> indexedColumns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (indexes.next()) {
                indexedColumns.add(indexes.getString("INDEX_NAME") + ":" + indexes.getString("COLUMN_NAME"));
            }
        }
        return indexedColumns;
    }
}
