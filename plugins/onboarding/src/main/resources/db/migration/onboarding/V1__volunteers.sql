-- Volunteers of each cooperation, their state changes, and the people who had their data erased.
-- Written for PostgreSQL. Commune codes refer to platform_commune
-- without a foreign key (communes merge between editions of the geographic code).

create table onboarding_volunteer (
    id                 varchar(36)              not null primary key,
    tenant_id          varchar(40)              not null,
    first_name         varchar(100),
    last_name          varchar(100),
    email              varchar(254),
    phone              varchar(40),
    phone_key          varchar(20),
    postcode           varchar(5),
    commune_code       varchar(5),
    commune_name       varchar(200),
    commune_candidates varchar(1000),
    birth_date         date,
    source             varchar(40),
    jva_profile_id     varchar(40),
    consent            boolean                  not null,
    consent_at         timestamp with time zone,
    availability       varchar(2000),
    interests          varchar(2000),
    notes              varchar(4000),
    state              varchar(20)              not null,
    state_rank         integer                  not null,
    state_reason       varchar(500),
    state_changed_at   timestamp with time zone not null,
    search_text        varchar(800),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    erased_at          timestamp with time zone,
    version            bigint                   not null,
    constraint onboarding_volunteer_email unique (tenant_id, email)
);
create index onboarding_volunteer_state on onboarding_volunteer (tenant_id, state, state_changed_at);
create index onboarding_volunteer_state_rank on onboarding_volunteer (tenant_id, state_rank);
create index onboarding_volunteer_commune on onboarding_volunteer (tenant_id, commune_code);
create index onboarding_volunteer_created on onboarding_volunteer (tenant_id, created_at);
create index onboarding_volunteer_name on onboarding_volunteer (tenant_id, last_name, first_name);
create index onboarding_volunteer_phone on onboarding_volunteer (tenant_id, phone_key);

create table onboarding_volunteer_transition (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    volunteer_id varchar(36)              not null references onboarding_volunteer (id),
    from_state   varchar(20)              not null,
    to_state     varchar(20)              not null,
    reason       varchar(500),
    changed_by   varchar(200)             not null,
    changed_at   timestamp with time zone not null
);
create index onboarding_volunteer_transition_of on onboarding_volunteer_transition (tenant_id, volunteer_id, changed_at);

create table onboarding_erased_person (
    tenant_id    varchar(40)              not null,
    email_digest varchar(64)              not null,
    erased_at    timestamp with time zone not null,
    primary key (tenant_id, email_digest)
);
