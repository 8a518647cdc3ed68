/**
 * Process administration for the web layer without engine types: deployments, process versions with
 * their running instances, a version's diagram with its running tokens, uploading a new BPMN/DMN
 * version and migrating running instances between versions
 * ({@link jp.mebuki.workflows.admin.ProcessAdministrationService}). Every deployment and migration,
 * and every refused migration, is written to the audit trail with who, when, what and why.
 */
package jp.mebuki.workflows.admin;
