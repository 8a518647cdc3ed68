-- Pages opened from one application (the PM's decision, a gate decision) look up the open task about it
-- among the user's tasks: without this index that read every task offered to the user's groups
-- (thousands of open decisions for a PM during a big call).
create index ix_open_task_application on open_task (application_id, task_definition_key);
