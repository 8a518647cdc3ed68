/**
 * The reusable stage-gate review process ({@code bpmn/stage-gate-review.bpmn}, key
 * {@code StageGateReview}) and its decision table ({@code bpmn/stage-gate-decision.dmn}): called by a
 * call activity for each gate with the subject, gate, criteria set and reviewer count; returns the
 * confirmed decision. {@link jp.mebuki.workflows.stagegate.StageGateReviewProcess} names its ids and
 * typed variables.
 */
package jp.mebuki.workflows.stagegate;
