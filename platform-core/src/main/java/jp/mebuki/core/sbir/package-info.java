/**
 * SBIR (Small/Startup Business Innovation Research): research themes (研究開発課題) written by a PM with
 * the requesting agency and the policy need, the SBIR call on them, and projects (awards) that move
 * through Phase 1 → Phase 2 → Phase 3 → commercialization, each phase with a budget inside the range of
 * {@code domain/sbir-phases.csv} (Phase 3 per technology field from {@code mebuki.sbir.phase3-budget}),
 * a planned end, milestones and a final report. Gate decisions come from {@code stagegate}; the
 * commercialization outcomes (public procurement, private matchings, test marketing) feed the KPIs.
 */
package jp.mebuki.core.sbir;
