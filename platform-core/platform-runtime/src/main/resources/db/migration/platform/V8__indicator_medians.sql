-- The network's median of each indicator and month, over the active cooperations that have a value: what a
-- cooperation compares itself with. No tenant_id: it belongs to the network, and holds no cooperation's value
-- (a median is kept only over five cooperations or more).
create table platform_indicator_median (
    id            varchar(220)             not null primary key,
    month         date                     not null,
    indicator_key varchar(200)             not null,
    median        numeric(20, 4)           not null,
    cooperations  integer                  not null,
    computed_at   timestamp with time zone not null,
    constraint platform_indicator_median_month unique (month, indicator_key)
);
