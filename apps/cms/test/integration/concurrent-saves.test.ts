import { describe, expect } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'
import { draftEntry } from './cms-suite'

/**
 * Editors (or servers) saving entries that name each other, and the same
 * entry twice, at the same moment. On PostgreSQL this deadlocked inside
 * Payload's writes of career_paths_rels (dozens of `deadlock detected` 500s
 * for a dozen entries saved twice at once); saves now take turns
 * (src/upstream/serialize-saves.ts).
 */
describe.each([
  ['PostgreSQL', postgresTestDatabase],
  ['SQLite', sqliteTestDatabase],
] as const)('concurrent saves on %s', (label, database) => {
  const suite = suiteDatabase(label, database)

  suite.test('never fail, and every entry ends as the save acknowledged last left it', async () => {
    const payload = suite.payload()
    const idOf = () => undefined
    const made: { id: number }[] = []
    for (let i = 0; i < 8; i++) made.push(await payload.create({ collection: 'career-paths', data: { ...entryToDocumentData(draftEntry(`entry-${i}`, `Entry ${i}`), idOf), _status: 'published' } }))
    const failures: string[] = []
    const last = new Map<number, string>()
    const save = (i: number, title: string) => {
      // Each names most of the others, in an order of its own.
      const related = made.filter((_, j) => j !== i && (i + j) % 3 !== 0).map((m) => m.id)
      return payload
        .update({
          collection: 'career-paths',
          id: made[i]!.id,
          data: { ...entryToDocumentData(draftEntry(`entry-${i}`, title), idOf), related: title.endsWith('b') ? related.reverse() : related, _status: 'published' },
        })
        .then(
          () => void last.set(i, title),
          (error: unknown) => void failures.push(`${title}: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`),
        )
    }
    for (let round = 0; round < 2; round++) await Promise.all(made.flatMap((_, i) => [save(i, `Entry ${i} ${round}a`), save(i, `Entry ${i} ${round}b`)]))
    expect(failures).toEqual([])
    for (const [i, title] of last) expect((await payload.findByID({ collection: 'career-paths', id: made[i]!.id, depth: 0 })).title).toBe(title)
  })
})
