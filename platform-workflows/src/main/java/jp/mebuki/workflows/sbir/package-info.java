/**
 * The SBIR project lifecycle ({@code bpmn/sbir-project-lifecycle.bpmn}, key
 * {@code SbirProjectLifecycle}): phases with final-report timers, a stage-gate review (call activity of
 * {@code StageGateReview}) after Phase 1 and Phase 2, commercialization outcomes after Phase 3, and
 * hands-on support at any time. {@link jp.mebuki.workflows.sbir.SbirProcessService} is the facade.
 */
package jp.mebuki.workflows.sbir;
