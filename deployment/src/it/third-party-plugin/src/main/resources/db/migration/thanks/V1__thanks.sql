create table thanks_message (
    id              varchar(36)              not null primary key,
    tenant_id       varchar(40)              not null,
    volunteer_email varchar(320)             not null,
    text            varchar(2000)            not null,
    sent_at         timestamp with time zone not null
);
