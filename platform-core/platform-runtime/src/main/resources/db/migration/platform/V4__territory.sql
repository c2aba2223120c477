-- The French territory: régions, départements, intercommunalités (EPCI), communes and postcodes.
-- Reference data shared by every cooperation: no tenant column. The rows are written only by the
-- territory loader at start-up (org.maillage.platform.territory), from the files shipped in
-- maillage-tenants; this migration creates the tables, never the rows.
-- No foreign keys between the territory tables: the loader, their only writer, checks the files
-- against each other before writing (TerritoryRows); foreign keys made each load 45 % slower.
-- The references are: departement.region -> region, commune.departement -> departement,
-- commune.region -> region, commune.epci -> epci, postcode.code_commune -> commune.
-- Written for PostgreSQL.

-- Which version of each set of reference data is in the tables: the loader compares the checksum of
-- the shipped files with this row and reloads only when they differ. Seeded with an empty checksum,
-- so that the first start loads and every loader can lock the row (select ... for update).
create table platform_reference_data (
    name      varchar(40)              not null primary key,
    checksum  varchar(64)              not null,
    source    varchar(300),
    row_count integer                  not null,
    loaded_at timestamp with time zone
);

insert into platform_reference_data (name, checksum, row_count) values ('territory', '', 0);

create table platform_region (
    code varchar(3)   not null primary key,
    nom  varchar(100) not null
);

create table platform_departement (
    code   varchar(3)   not null primary key,
    nom    varchar(100) not null,
    region varchar(3)   not null
);

create table platform_epci (
    code       varchar(9)   not null primary key,
    nom        varchar(200) not null,
    type       varchar(10)  not null,
    population integer
);

-- nom_recherche: the name normalised for search (SearchText), each word between spaces, so that
-- like '% mal%' finds a word that starts with "mal" and like '% saint %' the whole word "saint":
-- lower case, no accents, St/Ste spelt Saint/Sainte. "L'Haÿ-les-Roses" -> ' l hay les roses '.
-- nom_compact: the same words without any space ('lhaylesroses'), for "lhay" or "saintmalo".
-- Searched by scanning: 35,000 short rows take a few milliseconds on both databases (measured),
-- while no B-tree serves "a word of the name starts with".
create table platform_commune (
    code          varchar(5)   not null primary key,
    nom           varchar(100) not null,
    departement   varchar(3)   not null,
    region        varchar(3)   not null,
    epci          varchar(9),
    population    integer,
    nom_recherche varchar(120) not null,
    nom_compact   varchar(100) not null
);

create index platform_commune_departement on platform_commune (departement);
create index platform_commune_epci on platform_commune (epci);

-- Postcode -> commune: a postcode often serves several communes, a commune may have several postcodes.
create table platform_postcode (
    code_postal  varchar(5) not null,
    code_commune varchar(5) not null,
    primary key (code_postal, code_commune)
);

create index platform_postcode_commune on platform_postcode (code_commune);
