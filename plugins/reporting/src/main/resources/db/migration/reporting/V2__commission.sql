-- The commission réseau: network data, of no cooperation (no tenant_id, so no row-level security);
-- the plugin decides who reads what (a coordinator: the meetings their cooperation is invited to).
create table reporting_meeting (
    id          varchar(36)              not null primary key,
    title       varchar(200)             not null,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    place       varchar(300),
    video_link  varchar(500),
    minutes     varchar(20000)           not null default '',
    published   boolean                  not null default false,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint reporting_meeting_ends check (ends_at > starts_at)
);

create index reporting_meeting_starts on reporting_meeting (starts_at);

create table reporting_meeting_invited (
    meeting_id  varchar(36) not null references reporting_meeting (id) on delete cascade,
    cooperation varchar(40) not null,
    primary key (meeting_id, cooperation)
);

create index reporting_meeting_invited_cooperation on reporting_meeting_invited (cooperation);

create table reporting_agenda_item (
    meeting_id  varchar(36)  not null references reporting_meeting (id) on delete cascade,
    position    integer      not null,
    kind        varchar(20)  not null,
    title       varchar(300) not null,
    cooperation varchar(40),
    reference   varchar(100)
);

create index reporting_agenda_item_meeting on reporting_agenda_item (meeting_id);

create table reporting_decision (
    meeting_id  varchar(36)  not null references reporting_meeting (id) on delete cascade,
    position    integer      not null,
    text        varchar(2000) not null,
    follow_up   varchar(200) not null
);

create index reporting_decision_meeting on reporting_decision (meeting_id);

create table reporting_question (
    id          varchar(36)              not null primary key,
    cooperation varchar(40)              not null,
    text        varchar(2000)            not null,
    asked_at    timestamp with time zone not null,
    meeting_id  varchar(36)              references reporting_meeting (id) on delete set null
);

create index reporting_question_cooperation on reporting_question (cooperation);
