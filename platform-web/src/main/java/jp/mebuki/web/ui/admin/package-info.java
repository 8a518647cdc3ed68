/**
 * Administrators' pages for the process models (role ADMIN): deployments and uploading a new BPMN/DMN
 * version, process versions with their running instances, a version's diagram with its running tokens
 * (bpmn-js served from the jar), and migrating running instances between versions. Everything goes
 * through {@link jp.mebuki.workflows.admin.ProcessAdministrationService}; every change asks why and is
 * audited there.
 */
package jp.mebuki.web.ui.admin;
