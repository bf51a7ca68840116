package fi.mittari.batch.migration;

import java.sql.Connection;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables from the script shipped in spring-batch-core, so Flyway owns every
 * table on both databases and the schema always matches the Spring Batch version on the classpath.
 */
public class V2__Spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String script = scriptFor(connection.getMetaData().getDatabaseProductName());
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/springframework/batch/core/" + script));
    }

    static String scriptFor(String databaseProduct) {
        String product = databaseProduct.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "schema-h2.sql";
        }
        if (product.contains("mariadb")) {
            return "schema-mariadb.sql";
        }
        if (product.contains("mysql")) {
            return "schema-mysql.sql";
        }
        throw new IllegalStateException(
                "Mittari runs on MariaDB or the embedded H2 database, not on " + databaseProduct);
    }
}
