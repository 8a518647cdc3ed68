package jp.mebuki.core.application;

/**
 * The facts the eligibility decision table is taken on. Computed by the domain, decided by the DMN
 * table that administrators maintain, so that the rules can change without a code change.
 */
public record EligibilityFacts(
        boolean institutionParticipates,
        boolean withinCallWindow,
        boolean amountWithinCap,
        boolean requiredFieldsPresent) {
}
