-- The outbox of e-mails, one per cooperation, that every plugin sends through (org.maillage.platform.api.mail.Mail).
-- Tenant-owned: the row-level security wall covers it. A sent message keeps no body and no unsubscribe address.
create table platform_outbox (
    id              varchar(36)              not null primary key,
    tenant_id       varchar(40)              not null references platform_tenant (slug),
    plugin          varchar(100)             not null,
    reference       varchar(36),
    tags            varchar(500)             not null default '',
    recipient       varchar(254)             not null,
    subject         varchar(300)             not null,
    body            varchar(20000),
    unsubscribe_url varchar(1000),
    state           varchar(20)              not null,
    attempts        integer                  not null,
    last_error      varchar(1000),
    next_attempt_at timestamp with time zone not null,
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint platform_outbox_body check (state <> 'SENT' or (body is null and unsubscribe_url is null))
);
create index platform_outbox_due on platform_outbox (tenant_id, state, next_attempt_at);
create index platform_outbox_reference on platform_outbox (tenant_id, plugin, reference, state);
create index platform_outbox_recipient on platform_outbox (tenant_id, recipient);
