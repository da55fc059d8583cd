package org.hrdemat.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The schema that Flyway's migrations create is the one the JPA mappings expect: Hibernate validates every
 * entity against the migrated database (H2 by default; PostgreSQL when HR_TEST_JDBC_URL points at one).
 */
class SchemaMatchesMappingsTest {

    @Test
    void migratedSchemaValidatesAgainstEveryEntity() throws Exception {
        String url = System.getenv().getOrDefault("HR_TEST_JDBC_URL", "jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1");
        String user = System.getenv().getOrDefault("HR_TEST_JDBC_USER", "sa");
        String password = System.getenv().getOrDefault("HR_TEST_JDBC_PASSWORD", "");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

        List<Class<?>> entities = entityClasses();
        assertFalse(entities.isEmpty());
        Configuration cfg = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.jdbc.time_zone", "UTC");
        entities.forEach(cfg::addAnnotatedClass);
        // throws SchemaManagementException naming the table/column on any mismatch
        try (SessionFactory sf = cfg.buildSessionFactory()) {
            assertTrue(sf.getMetamodel().getEntities().size() == entities.size());
        }
    }

    /**
     * The start-up recovery of staged documents keeps a staged file only when a column refers to it: the columns it
     * asks must be every column of the schema that holds a document's address (named *sha*, hashes aside), or a
     * committed document could be taken for an orphan.
     */
    @Test
    void theStagedDocumentsRecoveryKnowsEveryColumnThatRefersToADocument() throws Exception {
        String url = "jdbc:h2:mem:sha-columns;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        java.util.Set<String> columns = new java.util.TreeSet<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery("select table_name, column_name from "
                     + "information_schema.columns where table_schema = 'PUBLIC' and lower(column_name) like '%sha%'")) {
            while (rs.next()) {
                columns.add(rs.getString(1).toLowerCase() + "." + rs.getString(2).toLowerCase());
            }
        }
        assertTrue(columns.size() >= 9, columns::toString);
        org.junit.jupiter.api.Assertions.assertEquals(columns,
                new java.util.TreeSet<>(org.hrdemat.document.boundary.StagedDocuments.REFERENCES));
    }

    /**
     * Every text column's length is also a Bean Validation bound on its field, checked before anything is written:
     * a text too long for its column is refused naming the field, never a database error after the work is done.
     */
    @Test
    void everyTextColumnIsBoundedByItsLength() throws Exception {
        List<String> unbounded = new java.util.ArrayList<>();
        for (Class<?> entity : entityClasses()) {
            for (java.lang.reflect.Field f : entity.getDeclaredFields()) {
                jakarta.persistence.Column column = f.getAnnotation(jakarta.persistence.Column.class);
                if (f.getType() != String.class || f.isAnnotationPresent(jakarta.persistence.Lob.class)
                        || java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                jakarta.validation.constraints.Size size = f.getAnnotation(jakarta.validation.constraints.Size.class);
                int length = column == null ? 255 : column.length();
                if (size == null || size.max() != length) {
                    unbounded.add(entity.getSimpleName() + "." + f.getName() + " (column " + length + ")");
                }
            }
        }
        assertTrue(unbounded.isEmpty(), unbounded::toString);
    }

    /** Every @Entity class compiled from src/main/java, so that a new entity cannot be forgotten here. */
    private static List<Class<?>> entityClasses() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SchemaMatchesMappingsTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .<Class<?>>map(c -> c)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaMatchesMappingsTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException(name, e);
        }
    }
}
