/**
 * The task inbox facade for the web layer: {@link jp.mebuki.workflows.task.WorkTaskService} lists a
 * user's open user tasks as {@link jp.mebuki.workflows.task.WorkTask}s and completes them through the
 * domain services (conflict declaration, review, PM decision) in one transaction with the engine.
 */
package jp.mebuki.workflows.task;
