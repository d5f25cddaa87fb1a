// The application's own PostgreSQL role (README, "Production"): it reads and writes rows but owns
// nothing, so it cannot ALTER (disable the append-only triggers of), DROP or TRUNCATE a table, and
// it may only add rows to the audit log and the ledger. Migrations run as the owner.

/** Tables the app may only read and append to: no UPDATE, DELETE or TRUNCATE. */
export const APPEND_ONLY_TABLES = ["AuditEntry", "LedgerEntry"] as const;

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`role name must match [a-z_][a-z0-9_]*: ${name}`);
  return `"${name}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * SQL that creates the role (when missing) and grants exactly what the app needs on the current
 * database. Run it as the tables' owner or a superuser, after the migrations, and again after a
 * migration that adds a schema object the default privileges below do not cover. Idempotent.
 */
export function appRoleSql(role: string, password?: string): string {
  const r = ident(role);
  const login = password ? `LOGIN PASSWORD ${literal(password)}` : "LOGIN";
  return `
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN CREATE ROLE ${r} ${login}; END IF;
END $$;
${password ? `ALTER ROLE ${r} ${login};\n` : ""}ALTER ROLE ${r} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${r}', current_database()); END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM ${r};
GRANT USAGE ON SCHEMA public TO ${r};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY_TABLES.map((t) => `"${t}"`).join(", ")} FROM ${r};
-- The migration history: the app checks it at start and never writes it.
DO $$ BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${r};
  END IF;
END $$;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
-- Tables and sequences that later migrations (run by this same owner) create.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r};
-- The job queue (pg-boss) creates and alters its own tables at run time (one partition per queue),
-- so the app owns the pgboss schema and everything in it; nothing of the portal's data lives there.
CREATE SCHEMA IF NOT EXISTS pgboss;
ALTER SCHEMA pgboss OWNER TO ${r};
DO $$
DECLARE o record;
BEGIN
  FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'pgboss' AND c.relkind IN ('r', 'p', 'v') LOOP
    EXECUTE format('ALTER TABLE pgboss.%I OWNER TO ${r}', o.relname);
  END LOOP;
  FOR o IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'pgboss' AND c.relkind = 'S'
              AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
    EXECUTE format('ALTER SEQUENCE pgboss.%I OWNER TO ${r}', o.relname);
  END LOOP;
  FOR o IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'pgboss' AND t.typtype = 'e' LOOP
    EXECUTE format('ALTER TYPE pgboss.%I OWNER TO ${r}', o.typname);
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'pgboss' LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO ${r}', o.sig);
  END LOOP;
END $$;
`;
}
