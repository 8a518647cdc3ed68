/**
 * SBIR over REST: research themes and the SBIR call (PM), projects with their phase history, budgets,
 * gate outcomes and commercialization outcomes ({@code /api/projects}), the awardee's final reports,
 * hands-on support requests and the programme's SBIR KPIs. Gate and PM tasks go through {@code /api/tasks}.
 */
package jp.mebuki.web.sbir;
