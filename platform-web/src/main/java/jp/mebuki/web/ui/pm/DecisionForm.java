package jp.mebuki.web.ui.pm;

import jp.mebuki.core.decision.DecisionOutcome;

/** Adopt, reject or request a revision, always with a reason (required by the domain). */
public class DecisionForm {

    private DecisionOutcome outcome;
    private String reason;

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
