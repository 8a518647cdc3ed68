package jp.mebuki.workflows.admin;

import java.io.Serializable;
import java.util.List;

/**
 * What an upload made live: the deployment and the definitions (key and version) it created.
 * Serializable because the admin page hands it to the next page as a flash attribute, and sessions
 * live in the database (Spring Session JDBC) so that every node sees them.
 */
public record DeployedModels(String deploymentId, List<String> definitions) implements Serializable {

    public DeployedModels {
        definitions = List.copyOf(definitions);
    }
}
