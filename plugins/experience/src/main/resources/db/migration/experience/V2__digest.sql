-- The weekly digest of the fiches other cooperations shared: who asked for it (members of the cooperation, by login
-- and address: personal data, exported and erased), and the weeks already sent (one row per cooperation and ISO
-- week: several instances and restarts send each week once).
create table experience_digest_subscriber (
    id          varchar(36)              not null primary key,
    tenant_id   varchar(40)              not null,
    login       text                     not null,
    email       text                     not null,
    created_at  timestamp with time zone not null,
    constraint experience_digest_subscriber_once unique (tenant_id, login)
);

create table experience_digest_week (
    id          varchar(36)              not null primary key,
    tenant_id   varchar(40)              not null,
    week        varchar(10)              not null,
    sent_at     timestamp with time zone not null,
    constraint experience_digest_week_once unique (tenant_id, week)
);
