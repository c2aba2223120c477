-- Concurrent edits: the second to commit on the same version gets a 409 (JPA @Version).
alter table sample_note add column version bigint not null default 0;
