package jp.mebuki.web.ui.sbir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.web.ui.UiFormats;

/**
 * The PM's gate decision: GO with the next phase's budget and planned end, CONDITIONAL with a rework
 * deadline, NO-GO; a reason always. Dates are days in Japan time; a date means the end of that day.
 */
public class GateDecisionForm {

    private GateDecision decision;
    private String reason;
    private Long budgetYen;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reworkDeadline;
    private boolean skipToPhase3;

    /** Only what the chosen decision needs is passed on, so a value left in a hidden field cannot refuse a NO-GO. */
    GateConfirmation toConfirmation() {
        boolean go = decision == GateDecision.GO;
        return new GateConfirmation(decision, reason, go ? budgetYen : null, go ? endOf(plannedEnd) : null,
                decision == GateDecision.CONDITIONAL ? endOf(reworkDeadline) : null, go && skipToPhase3);
    }

    private static Instant endOf(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.of(23, 59)).atZone(UiFormats.JAPAN).toInstant();
    }

    public GateDecision getDecision() {
        return decision;
    }

    public void setDecision(GateDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getBudgetYen() {
        return budgetYen;
    }

    public void setBudgetYen(Long budgetYen) {
        this.budgetYen = budgetYen;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getReworkDeadline() {
        return reworkDeadline;
    }

    public void setReworkDeadline(LocalDate reworkDeadline) {
        this.reworkDeadline = reworkDeadline;
    }

    public boolean isSkipToPhase3() {
        return skipToPhase3;
    }

    public void setSkipToPhase3(boolean skipToPhase3) {
        this.skipToPhase3 = skipToPhase3;
    }
}
