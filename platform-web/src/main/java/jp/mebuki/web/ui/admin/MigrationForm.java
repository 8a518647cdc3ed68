package jp.mebuki.web.ui.admin;

/** The version to move a version's running instances to, and why. */
public class MigrationForm {

    private String targetDefinitionId;
    private String reason;

    public String getTargetDefinitionId() {
        return targetDefinitionId;
    }

    public void setTargetDefinitionId(String targetDefinitionId) {
        this.targetDefinitionId = targetDefinitionId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
