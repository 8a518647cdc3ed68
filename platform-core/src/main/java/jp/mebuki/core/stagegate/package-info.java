/**
 * Stage-gate reviews (ステージゲート審査) for any subject (an SBIR project today, a gap-fund follow-on
 * later): reviewers with knowledge of the field score the subject's results on separate technical and
 * business criteria, a decision is proposed from the scores and confirmed by a programme manager.
 * Subjects are described to this package through {@link jp.mebuki.core.stagegate.GateSubjectResolver}s,
 * so it depends on no subject's package.
 */
package jp.mebuki.core.stagegate;
