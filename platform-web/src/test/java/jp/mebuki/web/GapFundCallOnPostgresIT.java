package jp.mebuki.web;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/**
 * The whole call through the REST API with the {@code postgres} profile on a real PostgreSQL: the same
 * Flyway migrations, Camunda creating its own schema, the job executor, the same assertions as on H2.
 */
@ActiveProfiles("postgres")
class GapFundCallOnPostgresIT extends GapFundCallIT {

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }

    @Test
    void keepsTheEngineRuntimeTablesAtTheirSizeWhenVacuumEmptiesThem() {
        var kept = new JdbcTemplate(dataSource).queryForList(
                "select upper(relname) from pg_class where reloptions @> array['vacuum_truncate=false']", String.class);

        // a vacuum of an empty table would leave it a few pages long, and the foreign-key checks' cached plans
        // reading it by sequential scan while it fills again (EngineTableTuning)
        assertThat(kept).contains("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_IDENTITYLINK",
                "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT");
    }
}
