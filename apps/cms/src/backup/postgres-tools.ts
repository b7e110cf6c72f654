import { execFile } from 'node:child_process'
import pg from 'pg'
import { safeUrl } from '../config/choose-database'

/**
 * PostgreSQL's own tools, `pg_dump`, `pg_restore` and `psql` (the client
 * package of the server's major version, e.g. Debian's `postgresql-client-15`). The
 * password goes through PGPASSWORD, never on a command line other users can
 * read in `ps`.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const env: NodeJS.ProcessEnv = { ...process.env }
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password)
    parsed.password = ''
  }
  return { dbname: parsed.toString(), env }
}

function run(tool: 'pg_dump' | 'pg_restore' | 'psql', args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout)
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(new Error(`${tool} is not installed (or not on PATH): install PostgreSQL's client tools of the server's major version, e.g. \`apt-get install postgresql-client-15\``))
      }
      // psql's notices ("… does not exist, skipping") are not the error.
      const lines = String(stderr || error.message)
        .trim()
        .split('\n')
        .filter((line) => !/^(psql:[^:]*:\d+: )?NOTICE:/.test(line))
      const detail = lines.slice(0, 8).join('\n  ')
      reject(new Error(`${tool} failed: ${detail}`))
    })
  })
}

/** A consistent snapshot of the whole database in pg_dump's custom format (safe while servers run). */
export async function pgDump(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url)
  await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, '--dbname', dbname], env)
}

/**
 * The archive as the SQL script that recreates it (`pg_restore --clean
 * --if-exists --no-owner`), written to `script`. Reading the whole archive
 * this way is also its check: a damaged one fails here, before the database
 * is touched.
 */
export async function pgRestoreScript(file: string, script: string): Promise<void> {
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--file', script, file], process.env).catch((error: Error) => {
    throw new Error(`${file} is not a readable pg_dump archive: ${error.message}`)
  })
}

/**
 * Empties the public schema (tables, views, sequences, enums; the schema
 * itself, its owner and grants stay): `--clean` drops only what the archive
 * holds, and a table a later migration added would be left behind, making the
 * next start's migration fail on it.
 */
const emptyPublicSchema = `DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.relname);
  END LOOP;
  FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype = 'e'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('DROP TYPE IF EXISTS public.%I CASCADE', r.typname);
  END LOOP;
END $$`

/**
 * Makes the database exactly the archive's (the script of `pgRestoreScript`)
 * in one transaction: on any error nothing is changed.
 */
export async function pgRestore(url: string, script: string): Promise<void> {
  const { dbname, env } = connection(url)
  await run('psql', ['--no-psqlrc', '--quiet', '--single-transaction', '--set', 'ON_ERROR_STOP=1', '--dbname', dbname, '--command', emptyPublicSchema, '--file', script], env)
}

/** How many other client sessions are connected to the database (CMS servers, scripts, psql). */
export async function otherSessions(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(`cannot connect to ${safeUrl(url)}: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`)
    return rows[0]?.n ?? 0
  } finally {
    await client.end().catch(() => {})
  }
}
