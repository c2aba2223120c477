-- Concurrent edits: the second to commit on the same version gets a 409 (JPA @Version).
alter table onboarding_campaign add column version bigint not null default 0;
alter table onboarding_campaign_recipient add column version bigint not null default 0;
alter table onboarding_participation add column version bigint not null default 0;
alter table onboarding_import_job add column version bigint not null default 0;

-- Erasure matches the address of a problem's row exactly: the address in a column of its own.
-- Problems stored before held it only when the value at fault was the address.
alter table onboarding_import_problem add column email varchar(300);
update onboarding_import_problem set email = lower(btrim(bad_value)) where bad_value like '%@%' and length(bad_value) <= 300;
create index onboarding_import_problem_email on onboarding_import_problem (tenant_id, email);

-- Revocable links: a link names its volunteer's link generation, and the key that signed it.
alter table onboarding_volunteer add column link_generation integer not null default 0;

-- The keys of a cooperation's links: only their ids; each key is derived from the platform's secret and its id.
-- The random keys stored in clear before are dropped: the links they signed stop working.
drop table onboarding_link_secret;
create table onboarding_link_key (
    tenant_id  varchar(40)              not null,
    id         integer                  not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    primary key (tenant_id, id)
);

-- A sent message keeps no body nor unsubscribe address: both hold the person's link.
alter table onboarding_outbox alter column body drop not null;
update onboarding_outbox set body = null, unsubscribe_url = null where state = 'SENT';
