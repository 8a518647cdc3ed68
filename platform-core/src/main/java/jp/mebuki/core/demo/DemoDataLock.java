package jp.mebuki.core.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises the demo-data loaders of several nodes started together on one empty database: each loader
 * locks the one row of {@code demo_data_lock} (Flyway V11) before it looks whether its data is there. The
 * lock is held to the end of the loader's transaction, so a second node waits until the first has committed,
 * then finds the data and loads nothing. (Spring Data JDBC and Flyway offer no lock of this kind.)
 */
@Component
class DemoDataLock {

    private final JdbcClient jdbc;

    DemoDataLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction loads demo data, then holds that until this transaction ends. */
    void holdUntilTransactionEnds() {
        jdbc.sql("select id from demo_data_lock where id = 1 for update").query(Integer.class).single();
    }
}
