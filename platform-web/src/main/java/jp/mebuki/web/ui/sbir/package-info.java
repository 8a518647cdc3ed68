/**
 * The SBIR pages: an awardee's projects (phases, budgets, reports due, gate outcomes, the final report
 * form), the PM's project list and gate-decision page, and the reviewer's stage-gate scoring page. They
 * go through the same services and facades as the REST API ({@code SbirProjectService},
 * {@code SbirProcessService}, {@code WorkTaskService}) and never repeat their rules.
 */
package jp.mebuki.web.ui.sbir;
