package jp.mebuki.core.document;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The document scenarios on PostgreSQL: the V6 migration and the binary column there too. */
class DocumentServiceOnPostgresIT extends DocumentServiceIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
