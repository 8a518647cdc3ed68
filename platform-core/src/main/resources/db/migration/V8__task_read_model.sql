-- The task inbox's read model (issue 7, benchmarks). Portable H2 2.x / PostgreSQL 15+ SQL.
-- One row per open user task, written by the engine's task listeners in the same transaction as the
-- task itself (platform-workflows, task/OpenTaskProjection): the inbox pages by assignee or candidate
-- group and due date without reading process variables task by task. Times are epoch milliseconds,
-- exactly the engine's java.util.Date values, with no time-zone conversion on either database.
create table open_task (
    task_id              varchar(64)  not null primary key,
    task_definition_key  varchar(255) not null,
    name                 varchar(255),
    assignee             varchar(255),
    process_instance_id  varchar(64)  not null,
    application_id       bigint,
    review_assignment_id bigint,
    mentoring_match_id   bigint,
    created_at_epoch_ms  bigint       not null,
    due_at_epoch_ms      bigint
);
create index ix_open_task_assignee_due on open_task (assignee, due_at_epoch_ms, created_at_epoch_ms);

-- The groups a task is offered to (the models' candidateGroups: role names such as PM).
create table open_task_candidate_group (
    task_id  varchar(64)  not null references open_task (task_id) on delete cascade,
    group_id varchar(255) not null,
    primary key (task_id, group_id)
);
create index ix_open_task_candidate_group_group on open_task_candidate_group (group_id, task_id);

-- The users a task is offered to by name (camunda:candidateUsers of a user task added in the Modeler).
create table open_task_candidate_user (
    task_id varchar(64)  not null references open_task (task_id) on delete cascade,
    user_id varchar(255) not null,
    primary key (task_id, user_id)
);
create index ix_open_task_candidate_user_user on open_task_candidate_user (user_id, task_id);
