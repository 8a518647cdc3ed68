/**
 * The gap-fund screening process ({@code bpmn/gap-fund-screening.bpmn}, key {@code GapFundScreening}):
 * its backing class {@link jp.mebuki.workflows.screening.GapFundScreeningProcess} (ids, messages, typed
 * variables), the delegates of its automatic steps (Spring beans named as in the model's
 * {@code delegateExpression}s), the {@code reviewSlots} expression bean that routes on domain state,
 * and {@link jp.mebuki.workflows.screening.ScreeningProcessService}, the applicant-side facade.
 * Delegates only perform automatic steps; human decisions are written by the facades.
 */
package jp.mebuki.workflows.screening;
