-- One row that each demo-data loader locks first in its transaction (demo/DemoDataLock): several nodes
-- started together on an empty database then load the demo data one after the other, and every node
-- after the first finds it present, instead of inserting it twice or failing its start on a unique key.
-- Portable H2 2.x / PostgreSQL 15+ SQL.
create table demo_data_lock (
    id int not null primary key
);
insert into demo_data_lock (id) values (1);
