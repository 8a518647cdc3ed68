package jp.mebuki.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.mebuki.core.demo.DemoDataLoader;

/** Calls are read on every submission and review: a node reuses one while its version is unchanged, never longer. */
@SpringBootTest
class CallCatalogIT {

    @Autowired
    CallCatalog calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reusesACallWhileItsVersionIsUnchanged() {
        CallId id = calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id();

        Call first = calls.requireCall(id);

        assertThat(calls.requireCall(id)).isSameAs(first);
    }

    @Test
    void seesAChangeSavedByAnotherNodeAtOnce() {
        CallId id = calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id();
        Call before = calls.requireCall(id);
        try {
            // another node saves the call: a new cap, and the version raised as every save of the aggregate raises it
            saveCapElsewhere(id, before.capPerApplicationYen() + 1);

            Call after = calls.requireCall(id);

            assertThat(after.capPerApplicationYen()).isEqualTo(before.capPerApplicationYen() + 1);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(calls.requireCall(id)).isSameAs(after);
        } finally {
            saveCapElsewhere(id, before.capPerApplicationYen());
        }
    }

    private void saveCapElsewhere(CallId id, long cap) {
        jdbc.sql("update funding_call set cap_per_application_yen = ?, version = version + 1 where id = ?")
                .params(cap, id.value()).update();
    }
}
