/**
 * The deployment guard: an engine-level pre-deployer ({@link jp.mebuki.workflows.guard.DeploymentGuard}) that
 * checks every new BPMN/DMN deployment — from the Modeler through {@code /engine-rest}, from the
 * {@code RepositoryService}, or from {@code bpmn/} at start-up — before it goes live, and refuses it in the
 * deploying transaction (nothing is stored) with a message naming the file and the element.
 */
package jp.mebuki.workflows.guard;
