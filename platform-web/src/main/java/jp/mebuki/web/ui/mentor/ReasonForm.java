package jp.mebuki.web.ui.mentor;

import jakarta.validation.constraints.Size;

/** A reason, e.g. for declining an offer or closing a mentoring without a mentor; the domain requires it. */
public class ReasonForm {

    @Size(max = 2000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
