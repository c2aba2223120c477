-- Partage d'expériences. Two spaces, two kinds of tables:
-- * the cooperation's fiches (tenant_id: the platform's row-level security wall applies), drafts included;
-- * the network's copy of the fiches a coordinator shared (no tenant_id: network data, read by every
--   cooperation), with the exchanges between cooperations. Only the publication of a fiche writes a copy,
--   and withdrawing it deletes the copy: what is not shared is never in a network table.

create table experience_fiche (
    id             varchar(36)              not null primary key,
    tenant_id      varchar(40)              not null,
    state          varchar(20)              not null,
    title          varchar(200)             not null,
    summary        varchar(1000)            not null default '',
    body           varchar(50000)           not null default '',
    themes         varchar(500)             not null default '',
    tags           varchar(500)             not null default '',
    communes       varchar(2000)            not null default '',
    teams          varchar(2000)            not null default '',
    partner_kinds  varchar(500)             not null default '',
    period_from    date,
    period_to      date,
    results        text                     not null default '[]',
    contact_role   varchar(200)             not null default '',
    author_login   text,
    author_email   text,
    author_name    varchar(200)             not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    shared_at      timestamp with time zone,
    version        bigint                   not null
);

create index experience_fiche_state on experience_fiche (tenant_id, state);

-- Who wrote what in the network's exchanges, kept in the writer's cooperation (their address never leaves
-- it): the export and erasure of a person read it.
create table experience_authorship (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    exchange_id  varchar(36)              not null,
    part         varchar(20)              not null,
    login        text,
    email        text,
    created_at   timestamp with time zone not null
);

create index experience_authorship_exchange on experience_authorship (tenant_id, exchange_id);

-- French full-text search: the french stemmer after unaccent when the extension can be created (PostgreSQL's
-- contrib, trusted since 13: a database owner may create it); otherwise experience_fold removes the accents
-- itself (an immutable translate) and the highlighted extracts miss accented words.
do $$
begin
    begin
        create extension if not exists unaccent;
    exception when others then
        raise notice 'unaccent is not available: accents are folded by translate()';
    end;
    create text search configuration experience_fr (copy = french);
    if exists (select 1 from pg_extension where extname = 'unaccent') then
        alter text search configuration experience_fr
            alter mapping for hword, hword_part, word with unaccent, french_stem;
        create function experience_fold(text) returns text language sql immutable parallel safe
            as 'select coalesce($1, '''')';
    else
        create function experience_fold(text) returns text language sql immutable parallel safe
            as $f$select translate(coalesce($1, ''),
                'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
                'aaaaaaceeeeiiiinooooouuuuyyoaAAAAAACEEEEIIIINOOOOOUUUUYY')$f$;
    end if;
end
$$;

create table experience_shared (
    id               varchar(36)              not null primary key,
    cooperation      varchar(40)              not null,
    departements     varchar(200)             not null default '',
    title            varchar(200)             not null,
    summary          varchar(1000)            not null default '',
    body_html        text                     not null default '',
    body_text        text                     not null default '',
    themes           varchar(500)             not null default '',
    tags             varchar(500)             not null default '',
    communes         text                     not null default '',
    partner_kinds    varchar(500)             not null default '',
    period_from      date,
    period_to        date,
    year             integer                  not null,
    results          text                     not null default '[]',
    contact_role     varchar(200)             not null default '',
    shared_at        timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    featured         boolean                  not null default false,
    hidden           boolean                  not null default false,
    hidden_reason    varchar(1000),
    proposed_at      timestamp with time zone,
    version          bigint                   not null,
    search           tsvector generated always as (
        setweight(to_tsvector('experience_fr', experience_fold(title)), 'A')
        || setweight(to_tsvector('experience_fr', experience_fold(replace(tags, ',', ' '))), 'A')
        || setweight(to_tsvector('experience_fr', experience_fold(summary)), 'B')
        || setweight(to_tsvector('experience_fr', experience_fold(body_text)), 'C')) stored
);

create index experience_shared_search on experience_shared using gin (search);
create index experience_shared_cooperation on experience_shared (cooperation);
create index experience_shared_feed on experience_shared (hidden, shared_at desc);

-- Files of a shared fiche, copied with it (the cooperation's own are in experience_attachment).
create table experience_shared_attachment (
    id          varchar(36)  not null primary key,
    fiche_id    varchar(36)  not null references experience_shared (id) on delete cascade,
    file_name   varchar(200) not null,
    media_type  varchar(100) not null,
    size        integer      not null,
    content     bytea        not null
);

create index experience_shared_attachment_fiche on experience_shared_attachment (fiche_id);

-- Questions and comments of other cooperations on a shared fiche, and the author cooperation's answers. They
-- outlive a withdrawal (no foreign key): shared again, the fiche finds them. author_name is the name the
-- writer signs with (« ancien membre » once erased); their address stays in their cooperation.
create table experience_exchange (
    id             varchar(36)              not null primary key,
    fiche_id       varchar(36)              not null,
    fiche_cooperation varchar(40)           not null,
    cooperation    varchar(40)              not null,
    kind           varchar(20)              not null,
    text           varchar(4000)            not null,
    author_name    varchar(200)             not null,
    created_at     timestamp with time zone not null,
    answer         varchar(4000),
    answer_author_name varchar(200),
    answered_at    timestamp with time zone,
    version        bigint                   not null
);

create index experience_exchange_fiche on experience_exchange (fiche_id, created_at);
create index experience_exchange_owner on experience_exchange (fiche_cooperation);

-- « Cela nous a servi »: one mark per cooperation and fiche.
create table experience_reuse (
    id                varchar(80)              not null primary key,
    fiche_id          varchar(36)              not null,
    fiche_cooperation varchar(40)              not null,
    cooperation       varchar(40)              not null,
    marked_at         timestamp with time zone not null,
    constraint experience_reuse_once unique (fiche_id, cooperation)
);

create index experience_reuse_owner on experience_reuse (fiche_cooperation);

-- What a cooperation is told by e-mail about its shared fiches (a question, a mark), claimed and queued in that
-- cooperation's outbox by its own work: the row holds no address.
create table experience_notice (
    id           varchar(36)              not null primary key,
    cooperation  varchar(40)              not null,
    fiche_id     varchar(36)              not null,
    subject      varchar(300)             not null,
    body         text                     not null,
    created_at   timestamp with time zone not null,
    sent_at      timestamp with time zone
);

create index experience_notice_pending on experience_notice (cooperation) where sent_at is null;

-- The cooperation's own files (PDF, images), in the database: walled like the fiche, saved and erased with it.
create table experience_attachment (
    id          varchar(36)              not null primary key,
    tenant_id   varchar(40)              not null,
    fiche_id    varchar(36)              not null references experience_fiche (id) on delete cascade,
    file_name   varchar(200)             not null,
    media_type  varchar(100)             not null,
    size        integer                  not null,
    content     bytea                    not null,
    created_at  timestamp with time zone not null
);

create index experience_attachment_fiche on experience_attachment (tenant_id, fiche_id);
