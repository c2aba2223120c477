-- Citizen teams of each cooperation, their status history, members, partners and actions log.
-- Written for PostgreSQL. Commune codes refer to platform_commune
-- without a foreign key (communes merge between editions of the geographic code). Lists of codes and
-- logins are kept space-separated with a space before and after, so that "like '% x %'" finds one.

create table teams_team (
    id                varchar(36)              not null primary key,
    tenant_id         varchar(40)              not null,
    name              varchar(100)             not null,
    carrier           varchar(150),
    project           varchar(2000),
    charter_signed_on date,
    status            varchar(20)              not null,
    status_reason     varchar(500),
    status_changed_at timestamp with time zone not null,
    commune_codes     varchar(1000)            not null,
    referents         varchar(2000)            not null,
    welcoming         boolean                  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint                   not null,
    constraint teams_team_name unique (tenant_id, name)
);
create index teams_team_status on teams_team (tenant_id, status);

create table teams_team_transition (
    id          varchar(36)              not null primary key,
    tenant_id   varchar(40)              not null,
    team_id     varchar(36)              not null references teams_team (id),
    from_status varchar(20)              not null,
    to_status   varchar(20)              not null,
    reason      varchar(500),
    changed_by  varchar(254),
    changed_at  timestamp with time zone not null
);
create index teams_team_transition_team on teams_team_transition (tenant_id, team_id);

create table teams_member (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    team_id      varchar(36)              not null references teams_team (id),
    volunteer_id varchar(36),
    first_name   varchar(100),
    last_name    varchar(100),
    email        varchar(254),
    phone        varchar(40),
    joined_on    date                     not null,
    left_on      date,
    erased_at    timestamp with time zone,
    created_at   timestamp with time zone not null
);
create index teams_member_team on teams_member (tenant_id, team_id);
create index teams_member_email on teams_member (tenant_id, email);

create table teams_partner (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    name         varchar(150)             not null,
    kind         varchar(20)              not null,
    commune_code varchar(5),
    contact      varchar(300),
    created_at   timestamp with time zone not null
);

create table teams_partner_link (
    id         varchar(36) not null primary key,
    tenant_id  varchar(40) not null,
    team_id    varchar(36) not null references teams_team (id),
    partner_id varchar(36) not null references teams_partner (id),
    constraint teams_partner_link_once unique (tenant_id, team_id, partner_id)
);

create table teams_action (
    id              varchar(36)              not null primary key,
    tenant_id       varchar(40)              not null,
    team_id         varchar(36)              not null references teams_team (id),
    done_on         date                     not null,
    kind            varchar(40)              not null,
    commune_code    varchar(5),
    people_met      integer                  not null,
    volunteer_hours numeric(8, 2)            not null,
    first_names     varchar(60),
    participants    varchar(2000)            not null,
    logged_by       varchar(254),
    logged_at       timestamp with time zone not null
);
create index teams_action_team on teams_action (tenant_id, team_id, done_on);
create index teams_action_done on teams_action (tenant_id, done_on);
