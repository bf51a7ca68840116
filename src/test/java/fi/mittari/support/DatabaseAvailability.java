package fi.mittari.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides what happens when the tests are pointed at MariaDB and it cannot be reached: outside CI the MariaDB half is
 * skipped with a message saying how to set it up; with CI=true the run fails, because a skipped half is not a pass.
 * Registered for every test class through JUnit's extension auto-detection.
 */
public class DatabaseAvailability implements ExecutionCondition {

    private static Optional<String> unreachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv().getOrDefault("MITTARI_DB_URL", "");
        if (!url.startsWith("jdbc:mariadb:")) {
            return ConditionEvaluationResult.enabled("embedded database");
        }
        Optional<String> problem = check(url);
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("MariaDB reachable at " + url);
        }
        String message = "MariaDB at " + url + " is not reachable (" + problem.get() + "). "
                + "Run `bash .ci/mariadb-up` to install, start and prepare it.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new ExtensionConfigurationException("CI=true: " + message);
        }
        return ConditionEvaluationResult.disabled("MariaDB half skipped: " + message);
    }

    private static synchronized Optional<String> check(String url) {
        if (unreachable == null) {
            try (Connection connection = DriverManager.getConnection(
                    url, System.getenv("MITTARI_DB_USER"), System.getenv("MITTARI_DB_PASSWORD"))) {
                unreachable = connection.isValid(5) ? Optional.empty() : Optional.of("the connection is not valid");
            } catch (SQLException e) {
                unreachable = Optional.of(e.getMessage());
            }
        }
        return unreachable;
    }
}
