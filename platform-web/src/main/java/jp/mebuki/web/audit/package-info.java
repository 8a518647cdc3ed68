/**
 * The audit trail of an application through the API, for programme managers and administrators:
 * who did what, when and why, from draft to decision.
 */
package jp.mebuki.web.audit;
