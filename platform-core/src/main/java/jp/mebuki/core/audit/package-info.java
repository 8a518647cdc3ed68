/**
 * The audit trail: one {@link jp.mebuki.core.audit.AuditEntry} per decision or state change that
 * matters for public money (eligibility, assignment, conflict, score, decision, withdrawal) saying
 * who, when, what and why. Entries are only ever appended.
 */
package jp.mebuki.core.audit;
