package jp.mebuki.web.ui.sbir;

/** A gate reviewer's conflict of interest; the domain requires the reason. */
public class GateConflictForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
