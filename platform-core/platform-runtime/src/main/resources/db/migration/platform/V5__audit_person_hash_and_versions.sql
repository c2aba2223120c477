-- The audit keeps a keyed hash of the person an action concerned, never the person's address, and
-- no query string: the targets recorded before (which could hold an address) lose theirs.
alter table platform_audit add column person_hash varchar(64);
update platform_audit set target = split_part(target, '?', 1) where target like '%?%';

-- Optimistic locking of a cooperation's settings (the cooperation itself has had a version since V1).
alter table platform_tenant_setting add column version bigint not null default 0;
