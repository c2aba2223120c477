-- What each cooperation has been told by e-mail about a commission réseau meeting: a row of the cooperation
-- (tenant_id, so behind the row-level security wall), written in the same transaction as the message queued in
-- its outbox. So a message goes once: re-saving a meeting finds the row and sends nothing new.
-- No foreign key to reporting_meeting: a deleted meeting's notice is read to send the cancellation.
create table reporting_meeting_notice (
    id            varchar(36)              not null primary key,
    tenant_id     varchar(40)              not null,
    meeting_id    varchar(36)              not null,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    minutes_sent  boolean                  not null default false,
    told_at       timestamp with time zone not null,
    version       bigint                   not null,
    constraint reporting_meeting_notice_once unique (tenant_id, meeting_id)
);
