import { paragraphs } from '@careers/career-path'
import { lexicalToMdast, mdastToLexical, type SerializedEditorState } from '@careers/lexical-mdast'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { startCms } from '../support/cms'
import { postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from '../support/databases'

interface Migration {
  name: string
  up(args: { db: unknown; payload: Payload; req: unknown }): Promise<void>
  down(args: { db: unknown; payload: Payload; req: unknown }): Promise<void>
}

/**
 * The locales migration on a database that holds a site from before it: every
 * value moves into the default locale (Payload's generated statements alone
 * dropped the columns and their values with them), and down brings them back.
 * The rows are written in the old schema by SQL, as no code of that schema is left.
 */
describe.each([
  ['SQLite', sqliteTestDatabase],
  ['PostgreSQL', postgresTestDatabase],
] as const)('the locales migration on %s', (name, database) => {
  let db: TestDatabase
  let payload: Payload | undefined
  afterAll(async () => {
    await payload?.destroy().catch(() => {})
    const pool = (payload?.db as { pool?: { on(event: 'error', listener: () => void): void } } | undefined)?.pool
    pool?.on('error', () => {})
    if (db && 'drop' in db) await db.drop()
  })

  it('keeps every entry, version and setting, in English', async (ctx) => {
    db = await database()
    if ('skip' in db) {
      console.warn(`[skipped] ${name} locales migration: ${db.skip}`)
      ctx.skip(db.skip)
      return
    }
    payload = await startCms(db.choice, { push: false })
    const adapter = payload.db as unknown as { prodMigrations: Migration[]; drizzle: unknown; execute(args: { drizzle: unknown; raw: string }): Promise<{ rows?: unknown[] } | unknown> }
    const migrations = adapter.prodMigrations
    const locales = migrations.findIndex((m) => m.name.endsWith('_locales'))
    expect(locales, 'a migration named *_locales').toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations.slice(0, locales) as never })

    const postgres = name === 'PostgreSQL'
    const yes = postgres ? 'true' : '1'
    const lexical = (text: string) => `'${JSON.stringify(mdastToLexical(paragraphs(text))).replace(/'/g, "''")}'`
    const run = (raw: string) => adapter.execute({ drizzle: adapter.drizzle, raw })
    await run(
      `INSERT INTO "career_paths" ("id", "title", "slug", "definition", "what_they_do", "outlook", "published", "updated", "feed_id", "_status") VALUES (1, 'Legacy Path', 'legacy-path', ${lexical('What a legacy path is.')}, ${lexical('They keep old things.')}, ${lexical('Good.')}, '2026-01-01', '2026-01-02', 'legacy-path', 'published')`,
    )
    await run(`INSERT INTO "career_paths_responsibilities" ("_order", "_parent_id", "id", "text") VALUES (1, 1, 'r1', 'Keeping old things.'), (2, 1, 'r2', 'Telling of them.')`)
    await run(`INSERT INTO "career_paths_specializations" ("_order", "_parent_id", "id", "name", "description") VALUES (1, 1, 's1', 'Archivist', 'Keeps the papers.')`)
    await run(`INSERT INTO "career_paths_faqs" ("_order", "_parent_id", "id", "question", "answer") VALUES (1, 1, 'f1', 'Why?', ${lexical('Because.')})`)
    await run(
      `INSERT INTO "_career_paths_v" ("id", "parent_id", "version_title", "version_slug", "version_definition", "version_what_they_do", "version_published", "version_updated", "version__status", "latest") VALUES (1, 1, 'Legacy Path', 'legacy-path', ${lexical('What a legacy path is.')}, ${lexical('They keep old things.')}, '2026-01-01', '2026-01-02', 'published', ${yes})`,
    )
    await run(`INSERT INTO "_career_paths_v_version_responsibilities" ("_order", "_parent_id", "id", "text", "_uuid") VALUES (1, 1, 1, 'Keeping old things.', 'r1')`)
    await run(
      `INSERT INTO "settings" ("id", "feed_title", "feed_description", "call_to_action_label", "call_to_action_url", "handout_footer") VALUES (1, 'Old feed', 'Old guides.', 'Old call', 'https://example.org', 'Old footer')`,
    )

    // The rows above named their ids: PostgreSQL's sequences must be told, as a site's own inserts would have moved them.
    if (postgres) for (const table of ['career_paths', '_career_paths_v', '_career_paths_v_version_responsibilities', 'settings']) await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), 1)`)

    await payload.db.migrate({ migrations: migrations as never })

    const doc = await payload.findByID({ collection: 'career-paths', id: 1, locale: 'en', draft: false, depth: 0, overrideAccess: true })
    expect(doc).toMatchObject({
      title: 'Legacy Path',
      slug: 'legacy-path',
      published: '2026-01-01',
      updated: '2026-01-02',
      _status: 'published',
      feedId: 'legacy-path',
      responsibilities: [{ text: 'Keeping old things.' }, { text: 'Telling of them.' }],
      specializations: [{ name: 'Archivist', description: 'Keeps the papers.' }],
    })
    expect(lexicalToMdast(doc.definition as unknown as SerializedEditorState)).toEqual(paragraphs('What a legacy path is.'))
    expect(lexicalToMdast(doc.outlook as unknown as SerializedEditorState)).toEqual(paragraphs('Good.'))
    expect(lexicalToMdast(doc.faqs?.[0]?.answer as unknown as SerializedEditorState)).toEqual(paragraphs('Because.'))
    // No other locale got anything: nothing falls back, nothing is published there.
    const spanish = await payload.findByID({ collection: 'career-paths', id: 1, locale: 'es', draft: false, depth: 0, overrideAccess: true })
    expect(spanish.title ?? null).toBeNull()
    expect(spanish._status ?? null).not.toBe('published')
    expect(spanish.responsibilities ?? []).toEqual([])
    // Readers see the English entry as before.
    const read = await payload.find({ collection: 'career-paths', locale: 'en', overrideAccess: false, user: null, depth: 0 })
    expect(read.docs.map((d) => d.slug)).toEqual(['legacy-path'])

    const versions = await payload.findVersions({ collection: 'career-paths', locale: 'en', where: { parent: { equals: 1 } }, overrideAccess: true, depth: 0 })
    expect(versions.docs.map((v) => [v.version.title, v.version._status, v.version.responsibilities?.map((r) => r.text)])).toEqual([['Legacy Path', 'published', ['Keeping old things.']]])

    const settings = await payload.findGlobal({ slug: 'settings', locale: 'en', overrideAccess: true })
    expect(settings).toMatchObject({ feed: { title: 'Old feed', description: 'Old guides.' }, callToAction: { label: 'Old call', url: 'https://example.org' }, handoutFooter: 'Old footer' })

    // Down: a Spanish title is dropped (one language has nowhere to keep it), the English values come back.
    await payload.update({ collection: 'career-paths', id: 1, locale: 'es', draft: true, data: { title: 'Ruta antigua' }, overrideAccess: true })
    const req = await createLocalReq({}, payload)
    await migrations[locales]!.down({ db: adapter.drizzle, payload, req })
    const rows = async (raw: string) => {
      const result = (await run(raw)) as { rows?: unknown[] } | unknown[]
      return Array.isArray(result) ? result : (result.rows ?? [])
    }
    expect(await rows(`SELECT "title", "_status", "published" FROM "career_paths"`)).toEqual([{ title: 'Legacy Path', _status: 'published', published: '2026-01-01' }])
    expect(await rows(`SELECT "text" FROM "career_paths_responsibilities" ORDER BY "_order"`)).toEqual([{ text: 'Keeping old things.' }, { text: 'Telling of them.' }])
    expect(await rows(`SELECT "feed_title", "handout_footer" FROM "settings"`)).toEqual([{ feed_title: 'Old feed', handout_footer: 'Old footer' }])
  })
})
