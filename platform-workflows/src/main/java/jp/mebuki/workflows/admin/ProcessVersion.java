package jp.mebuki.workflows.admin;

/** One version of a process definition and how many of its instances are still running. */
public record ProcessVersion(String definitionId, String key, String name, int version, String deploymentId,
        long runningInstances) {

    /** Name as modelled, or the key where the model has none. */
    public String label() {
        return name == null || name.isBlank() ? key : name;
    }
}
