create table sample_note (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    author_email varchar(320)             not null,
    text         varchar(6000)            not null,
    written_at   timestamp with time zone not null
);
create index sample_note_tenant on sample_note (tenant_id, written_at);
