-- Scale-out (issue 7). Portable H2 2.x / PostgreSQL 15+ SQL.

-- Idempotency keys of the API's creating calls, written in the same transaction as the change they
-- answer, so that a retried request (to any node) gets the first response and never repeats the change.
-- The primary key makes concurrent duplicates wait for, then see, the first one.
create table idempotency_record (
    owner_name        varchar(60)     not null,
    idempotency_key   varchar(100)    not null,
    fingerprint       varchar(300)    not null,
    response_status   integer         not null,
    response_body     varchar(1000000),
    response_location varchar(500),
    created_at        timestamp with time zone not null,
    primary key (owner_name, idempotency_key)
);
create index ix_idempotency_record_created on idempotency_record (created_at);
