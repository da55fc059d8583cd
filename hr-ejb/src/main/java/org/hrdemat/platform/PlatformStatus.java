package org.hrdemat.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the readiness check asks the application: is the database there, and at which schema version. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStatus {

    @Resource(lookup = "java:jboss/datasources/HrDS")
    DataSource dataSource;

    /** Forces the migration to have run: this bean is usable only once the schema is current. */
    @EJB
    SchemaMigrator migrator;

    /** Null when the database answers a trivial query within two seconds, otherwise why not. */
    public String databaseProblem() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("select 1");
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    public String schemaVersion() {
        return migrator.schemaVersion();
    }
}
