/**
 * Test helper run as its own process (like the CMS scripts, on the database
 * the environment names), so the test process never holds the database open
 * (libsql closes a SQLite connection only when it is garbage-collected):
 *
 *   --do seed --content DIR   import DIR with its settings, then create the first admin
 *   --do mutate               delete an entry, rename one, save a draft, add a user, change the settings,
 *                             add a table (as a later release's migration would)
 *   --do state [--export DIR] print the database's state as one JSON line (and export the Markdown into DIR)
 *   --do hold                 keep the database open and busy, like a server, until killed
 */
import { exportContent } from '../../src/content/export-content'
import { importContent } from '../../src/content/import-content'
import { option, withPayload } from '../../scripts/with-payload'

const collection = 'career-paths' as const
const addedTable = 'added_after_backup'

interface Sql {
  client?: { execute(sql: string): Promise<{ rows: Record<string, unknown>[] }> }
  pool?: { query(sql: string): Promise<{ rows: Record<string, unknown>[] }> }
}
/** Raw SQL on either SQL adapter. */
async function query(db: unknown, sql: string): Promise<unknown[]> {
  const { client, pool } = db as Sql
  const { rows } = client ? await client.execute(sql) : await pool!.query(sql)
  return rows.map((r) => Object.values(r)[0])
}

process.exit(
  await withPayload(async (payload) => {
    switch (option('do')) {
      case 'seed': {
        const report = await importContent(payload, option('content')!, { settings: true })
        if (report.failed.length) throw new Error(`import failed: ${JSON.stringify(report.failed)}`)
        await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct horse battery', name: 'Ada Admin' } as never, overrideAccess: true })
        return
      }
      case 'mutate': {
        await payload.delete({ collection, where: { slug: { equals: 'qa-engineer' } }, overrideAccess: true })
        const find = async (slug: string) => (await payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true, limit: 1 })).docs[0]!
        await payload.update({ collection, id: (await find('backend-developer')).id, data: { title: 'Backend Developer (edited)', _status: 'published' } as never, overrideAccess: true })
        await payload.update({ collection, id: (await find('data-engineer')).id, data: { title: 'Data Engineer (draft)' } as never, draft: true, overrideAccess: true })
        await payload.create({ collection: 'users', data: { email: 'later@example.com', password: 'correct horse battery', role: 'editor' } as never, overrideAccess: true })
        await payload.updateGlobal({ slug: 'settings', data: { siteName: 'Changed After The Backup' }, overrideAccess: true })
        await query(payload.db, `CREATE TABLE ${addedTable} (id integer)`)
        return
      }
      case 'state': {
        const [paths, users, versions, settings] = await Promise.all([
          payload.find({ collection, limit: 0, pagination: false, overrideAccess: true, sort: 'slug' }),
          payload.find({ collection: 'users', limit: 0, pagination: false, overrideAccess: true, sort: 'email' }),
          payload.countVersions({ collection, overrideAccess: true }),
          payload.findGlobal({ slug: 'settings', overrideAccess: true }),
        ])
        const sqlite = payload.db.name === 'sqlite'
        const integrity = sqlite ? await query(payload.db, 'PRAGMA integrity_check') : null
        const tables = await query(
          payload.db,
          sqlite ? `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name` : `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
        )
        const state = {
          careerPaths: paths.docs.map((d) => ({ slug: d.slug, title: d.title, status: d._status, updatedAt: d.updatedAt })),
          users: users.docs.map((u) => ({ email: u.email, role: (u as { role?: string }).role })),
          versions: versions.totalDocs,
          siteName: (settings as { siteName?: string }).siteName,
          tables,
          integrity,
        }
        if (option('export')) await exportContent(payload, option('export')!)
        console.log(`STATE ${JSON.stringify(state)}`)
        return
      }
      case 'hold': {
        console.log('holding')
        // Busy like a server with visitors: PostgreSQL's pool would otherwise close idle connections.
        for (;;) {
          await payload.count({ collection, overrideAccess: true })
          await new Promise((resolve) => setTimeout(resolve, 500))
        }
      }
      default:
        throw new Error(`unknown --do ${option('do')}`)
    }
  }),
)
