-- Sign-in sessions of the web pages (Spring Session JDBC), shared by every node of a cluster so that a
-- browser signed in on one node is signed in on all. Spring Session's own schema
-- (org/springframework/session/jdbc/schema-postgresql.sql), portable to H2 2.x: bytea is an alias of
-- BINARY VARYING there. Spring Session never creates it itself (spring.session.jdbc.initialize-schema: never).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
