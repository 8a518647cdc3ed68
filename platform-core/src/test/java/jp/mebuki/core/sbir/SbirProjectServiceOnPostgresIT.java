package jp.mebuki.core.sbir;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The SBIR domain on PostgreSQL, proving V4 and the aggregates' mappings there too. */
class SbirProjectServiceOnPostgresIT extends SbirProjectServiceIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
