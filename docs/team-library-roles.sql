-- CCMM Readiness team library: roles and grants. Run once per database as a superuser (or a role with CREATEROLE
-- that owns the database), e.g.  psql -d ccmm -f team-library-roles.sql
-- Safe to run again.
--
--   ccmm_owner      owns the schema "ccmm"; runs "ccmm library init" (Flyway migrations) once per app version.
--   ccmm_publisher  may publish rounds: read, insert, update and delete rows of the library's tables.
--   ccmm_reader     may only read: the portfolio over every published round.
--
-- People get a login role of their own that is a member of one of them, for example:
--   CREATE ROLE wang_li LOGIN PASSWORD '…' IN ROLE ccmm_publisher;
--   CREATE ROLE zhao_min LOGIN PASSWORD '…' IN ROLE ccmm_reader;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ccmm_owner') THEN
        CREATE ROLE ccmm_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ccmm_publisher') THEN
        CREATE ROLE ccmm_publisher NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ccmm_reader') THEN
        CREATE ROLE ccmm_reader NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ccmm_owner, ccmm_publisher, ccmm_reader', current_database());
END
$$;

-- Nobody but the owner creates objects; the library lives in its own schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS ccmm AUTHORIZATION ccmm_owner;
GRANT USAGE ON SCHEMA ccmm TO ccmm_publisher, ccmm_reader;

-- Tables the owner creates now or in later migrations.
ALTER DEFAULT PRIVILEGES FOR ROLE ccmm_owner IN SCHEMA ccmm
    GRANT SELECT ON TABLES TO ccmm_reader, ccmm_publisher;
ALTER DEFAULT PRIVILEGES FOR ROLE ccmm_owner IN SCHEMA ccmm
    GRANT INSERT, UPDATE, DELETE ON TABLES TO ccmm_publisher;
ALTER DEFAULT PRIVILEGES FOR ROLE ccmm_owner IN SCHEMA ccmm
    GRANT USAGE, SELECT ON SEQUENCES TO ccmm_publisher;

-- Tables that already exist (running this again after "ccmm library init").
GRANT SELECT ON ALL TABLES IN SCHEMA ccmm TO ccmm_reader, ccmm_publisher;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ccmm TO ccmm_publisher;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ccmm TO ccmm_publisher;
