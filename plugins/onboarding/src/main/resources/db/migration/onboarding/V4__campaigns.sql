-- Campaigns, the outbox of e-mails (campaign messages and daily digests), the days a digest went out,
-- the secret that signs self-service links, and the volunteers who unsubscribed.

alter table onboarding_volunteer add column unsubscribed_at timestamp with time zone;

create table onboarding_campaign (
    id             varchar(36)              not null primary key,
    tenant_id      varchar(40)              not null,
    subject        varchar(200)             not null,
    body           varchar(10000)           not null,
    filter_q       varchar(200),
    filter_state   varchar(200),
    filter_commune varchar(1000),
    recipients     bigint                   not null,
    created_by     varchar(200)             not null,
    created_at     timestamp with time zone not null,
    sent_by        varchar(200),
    sent_at        timestamp with time zone
);
create index onboarding_campaign_recent on onboarding_campaign (tenant_id, created_at);

-- One row per volunteer a campaign reached: the link of the message leads back to it.
create table onboarding_campaign_recipient (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    campaign_id  varchar(36)              not null references onboarding_campaign (id),
    volunteer_id varchar(36)              not null references onboarding_volunteer (id),
    opened_at    timestamp with time zone,
    answered_at  timestamp with time zone
);
create index onboarding_campaign_recipient_of on onboarding_campaign_recipient (tenant_id, campaign_id);

create table onboarding_outbox (
    id              varchar(36)              not null primary key,
    tenant_id       varchar(40)              not null,
    kind            varchar(20)              not null,
    campaign_id     varchar(36),
    recipient       varchar(254)             not null,
    subject         varchar(300)             not null,
    body            varchar(20000)           not null,
    unsubscribe_url varchar(1000),
    state           varchar(20)              not null,
    attempts        integer                  not null,
    last_error      varchar(1000),
    next_attempt_at timestamp with time zone not null,
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create index onboarding_outbox_due on onboarding_outbox (tenant_id, state, next_attempt_at);
create index onboarding_outbox_campaign on onboarding_outbox (tenant_id, campaign_id, state);

-- The days a digest was sent: the primary key makes it at most once a day, whatever the instances.
create table onboarding_digest_day (
    tenant_id  varchar(40)              not null,
    digest_day date                     not null,
    sent_at    timestamp with time zone not null,
    recipients integer                  not null,
    primary key (tenant_id, digest_day)
);

-- The key of the self-service links of a cooperation when none is configured: generated once.
create table onboarding_link_secret (
    tenant_id  varchar(40)              not null,
    id         varchar(10)              not null,
    secret     varchar(100)             not null,
    created_at timestamp with time zone not null,
    primary key (tenant_id, id)
);
