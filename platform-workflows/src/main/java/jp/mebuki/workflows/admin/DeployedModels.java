package jp.mebuki.workflows.admin;

import java.util.List;

/** What an upload made live: the deployment and the definitions (key and version) it created. */
public record DeployedModels(String deploymentId, List<String> definitions) {
}
