-- The team library: published assessment rounds, one row per organization and site, read by the portfolio.
-- Tables live in the schema named by Flyway (ccmm); every statement here is applied in one transaction.

CREATE TABLE organization (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text NOT NULL,
    site               text NOT NULL,
    industry           text NOT NULL DEFAULT '',
    years_in_operation integer,
    CONSTRAINT organization_name_site UNIQUE (name, site)
);
CREATE INDEX organization_industry ON organization (industry);

CREATE TABLE round (
    uid             uuid PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    title           text NOT NULL,
    round_date      date,
    assessors       text[] NOT NULL DEFAULT '{}',
    target_level    smallint,
    is_final        boolean NOT NULL,
    created         timestamptz NOT NULL,
    -- The round's version: the time of its last change in the file (its newest audit entry). An older version of
    -- a round never replaces a newer one; the same version replaces itself (a publish is idempotent).
    version_at      timestamptz NOT NULL,
    catalog_id      text NOT NULL,
    catalog_sha256  text NOT NULL,
    rules_id        text NOT NULL,
    rules_sha256    text NOT NULL,
    readiness_level smallint NOT NULL,
    next_level      smallint NOT NULL,
    next_percent    numeric(4, 1) NOT NULL,
    next_threshold  smallint NOT NULL,
    rated           integer NOT NULL,
    not_applicable  integer NOT NULL,
    -- The module percents again, in catalog order, so that listing sites reads no other table.
    module_ids      text[] NOT NULL DEFAULT '{}',
    module_percents numeric(4, 1)[] NOT NULL DEFAULT '{}',
    conflicts       integer NOT NULL DEFAULT 0,
    source_file     text NOT NULL DEFAULT '',
    published_at    timestamptz NOT NULL DEFAULT now(),
    published_by    text NOT NULL DEFAULT current_user
);
-- The portfolio takes each site's latest round through this index (no scan of every round).
CREATE INDEX round_latest ON round (organization_id, round_date DESC NULLS LAST, version_at DESC);
CREATE INDEX round_level ON round (readiness_level);

CREATE TABLE rating (
    round_uid      uuid NOT NULL REFERENCES round (uid) ON DELETE CASCADE,
    item           integer NOT NULL,
    c              smallint CHECK (c IN (0, 5, 10)),
    f              smallint CHECK (f IN (0, 5, 10)),
    note           text NOT NULL DEFAULT '',
    not_applicable boolean NOT NULL DEFAULT false,
    justification  text NOT NULL DEFAULT '',
    PRIMARY KEY (round_uid, item)
);

CREATE TABLE level_score (
    round_uid    uuid NOT NULL REFERENCES round (uid) ON DELETE CASCADE,
    level        smallint NOT NULL,
    status       text NOT NULL,
    percent      numeric(4, 1) NOT NULL,
    threshold    smallint NOT NULL,
    total_points integer NOT NULL,
    max_points   integer NOT NULL,
    gap_points   integer NOT NULL,
    PRIMARY KEY (round_uid, level)
);

CREATE TABLE module_score (
    round_uid      uuid NOT NULL REFERENCES round (uid) ON DELETE CASCADE,
    position       smallint NOT NULL,
    module         text NOT NULL,
    items          integer NOT NULL,
    rated          integer NOT NULL,
    not_applicable integer NOT NULL,
    points         integer NOT NULL,
    max_points     integer NOT NULL,
    percent        numeric(4, 1) NOT NULL,
    PRIMARY KEY (round_uid, position)
);

CREATE TABLE improvement_action (
    round_uid uuid NOT NULL REFERENCES round (uid) ON DELETE CASCADE,
    position  integer NOT NULL,
    item      integer NOT NULL,
    what      text NOT NULL,
    owner     text NOT NULL,
    due       text NOT NULL,
    status    text NOT NULL,
    PRIMARY KEY (round_uid, position)
);

-- Evidence files only when published with --with-evidence.
CREATE TABLE evidence (
    round_uid  uuid NOT NULL REFERENCES round (uid) ON DELETE CASCADE,
    position   integer NOT NULL,
    item       integer NOT NULL,
    name       text NOT NULL,
    media_type text NOT NULL,
    sha256     text NOT NULL,
    content    bytea NOT NULL,
    PRIMARY KEY (round_uid, position)
);
