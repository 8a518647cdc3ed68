package jp.mebuki.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The application scenarios on PostgreSQL, proving the Flyway migrations and mappings there too. */
class ApplicationServiceOnPostgresIT extends ApplicationServiceIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }

    @Autowired
    Dialect dialect;

    /**
     * The platform's PostgreSQL dialect names the id column, so that the driver returns it alone (CoreConfiguration):
     * Spring Data JDBC's own lets it return the whole row and finds the id by catching an exception, on every insert.
     */
    @Test
    void asksPostgresForTheGeneratedIdAlone() {
        assertThat(dialect.getIdGeneration().driverRequiresKeyColumnNames()).isTrue();
    }
}
