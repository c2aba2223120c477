-- First actions (local missions), the volunteers who take part in them or wait for a place, the
-- steps recorded by other plugins' contributions, and the volunteers flagged for inactivity.
-- Written for PostgreSQL.

create table onboarding_first_action (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    title        varchar(200)             not null,
    description  varchar(4000),
    commune_code varchar(5)               not null,
    commune_name varchar(200)             not null,
    starts_on    date                     not null,
    ends_on      date                     not null,
    places       integer                  not null,
    places_taken integer                  not null,
    partner      varchar(200),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint                   not null,
    constraint onboarding_first_action_places check (places_taken >= 0 and places_taken <= places)
);
create index onboarding_first_action_dates on onboarding_first_action (tenant_id, starts_on);

create table onboarding_participation (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    action_id    varchar(36)              not null references onboarding_first_action (id),
    volunteer_id varchar(36)              not null references onboarding_volunteer (id),
    status       varchar(20)              not null,
    assigned     boolean                  not null,
    asked_at     timestamp with time zone not null,
    changed_at   timestamp with time zone not null,
    changed_by   varchar(200)             not null,
    constraint onboarding_participation_once unique (tenant_id, action_id, volunteer_id)
);
create index onboarding_participation_of_action on onboarding_participation (tenant_id, action_id, status, asked_at);
create index onboarding_participation_of_volunteer on onboarding_participation (tenant_id, volunteer_id);

create table onboarding_inactivity_flag (
    volunteer_id varchar(36)              not null primary key references onboarding_volunteer (id),
    tenant_id    varchar(40)              not null,
    flagged_at   timestamp with time zone not null
);
