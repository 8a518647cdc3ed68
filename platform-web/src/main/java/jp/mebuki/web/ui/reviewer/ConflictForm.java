package jp.mebuki.web.ui.reviewer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer to "do you have a conflict of interest?"; the domain requires a reason for a yes. */
public class ConflictForm {

    @NotNull
    private Boolean conflict;
    @Size(max = 2000)
    private String reason;

    public Boolean getConflict() {
        return conflict;
    }

    public void setConflict(Boolean conflict) {
        this.conflict = conflict;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
