/**
 * The programme dashboard for PMs and administrators: counts and rates per call, time in each stage
 * (from the status histories), reviewer load, breakdowns by field, institution and prefecture, and
 * the consortium KPIs with the figures the platform computes itself; charts (ECharts, served from its
 * WebJar) and a CSV export of every table.
 */
package jp.mebuki.web.ui.dashboard;
