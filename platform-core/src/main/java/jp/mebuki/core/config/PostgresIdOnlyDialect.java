package jp.mebuki.core.config;

import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.relational.core.dialect.IdGeneration;
import org.springframework.data.relational.core.sql.SqlIdentifier;

/**
 * Spring Data JDBC's PostgreSQL dialect, except that an insert names its id column to the driver, which then
 * returns that column alone ({@code RETURNING "id"}). Spring Data JDBC's own PostgreSQL dialect names none: the
 * driver returns every column of the new row ({@code RETURNING *}), and Spring Data JDBC finds the id by catching
 * the exception of a single-key look-up that fails, on every insert. The lifecycle benchmark's profile put that
 * exception alone at 1 % of the platform's CPU on PostgreSQL.
 */
final class PostgresIdOnlyDialect extends JdbcPostgresDialect {

    static final PostgresIdOnlyDialect INSTANCE = new PostgresIdOnlyDialect();

    private final IdGeneration idGeneration;

    private PostgresIdOnlyDialect() {
        IdGeneration inherited = super.getIdGeneration();
        idGeneration = new IdGeneration() {
            @Override
            public boolean driverRequiresKeyColumnNames() {
                return true;
            }

            @Override
            public String getKeyColumnName(SqlIdentifier id) {
                return inherited.getKeyColumnName(id);
            }

            @Override
            public boolean supportedForBatchOperations() {
                return inherited.supportedForBatchOperations();
            }

            @Override
            public boolean sequencesSupported() {
                return inherited.sequencesSupported();
            }

            @Override
            public String createSequenceQuery(SqlIdentifier sequenceName) {
                return inherited.createSequenceQuery(sequenceName);
            }
        };
    }

    @Override
    public IdGeneration getIdGeneration() {
        return idGeneration;
    }
}
