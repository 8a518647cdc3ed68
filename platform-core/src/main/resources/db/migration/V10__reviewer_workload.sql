-- Each reviewer's open review assignments (ASSIGNED or ACCEPTED), kept by ReviewService in the same
-- transaction as the assignments themselves (review/ReviewerWorkload), so that choosing reviewers reads
-- one row per reviewer instead of counting every open assignment of the platform on each screening
-- (issue 7: at 5,000 applications in flight that count took 35 ms per selection on H2 and grew with the
-- backlog). Portable H2 2.x / PostgreSQL 15+ SQL; seeded from the assignments already there.
create table reviewer_workload (
    reviewer_id      bigint not null primary key references app_user (id),
    open_assignments int    not null
);
insert into reviewer_workload (reviewer_id, open_assignments)
select reviewer_id, count(*) from review_assignment where state in ('ASSIGNED', 'ACCEPTED') group by reviewer_id;

-- One row that a transaction locks before it creates a reviewer's first counter row: creating rows one
-- transaction at a time, always before updating any counter, keeps every transaction's locks in one order.
create table reviewer_workload_lock (
    id int not null primary key
);
insert into reviewer_workload_lock (id) values (1);
