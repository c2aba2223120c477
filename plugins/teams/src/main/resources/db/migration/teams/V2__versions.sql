-- Concurrent edits: the second to commit on the same version gets a 409 (JPA @Version).
alter table teams_member add column version bigint not null default 0;
alter table teams_partner add column version bigint not null default 0;
