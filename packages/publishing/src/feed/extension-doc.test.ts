import { describe, expect, it } from 'vitest'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../test-support/sample-entry.js'
import { careerPathToJson } from './entry-json.js'
import { extensionDoc } from './extension-doc.js'

/** The keys the page's table names, from its first column (`a`, `b` …). */
function documentedKeys(doc: string): string[] {
  return doc
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
}

describe('the _career_path extension page', () => {
  it('documents exactly the keys the structured entry has (an entry with every optional field)', () => {
    const keys = Object.keys(careerPathToJson(sampleEntry, sampleSite, sampleRelatedTitles))
    expect(documentedKeys(extensionDoc(sampleSite)).sort()).toEqual(keys.sort())
  })
})

describe('the sync section', () => {
  it('explains /changes.json at the site address, with a worked example whose cursors are real ones', () => {
    const doc = extensionDoc({ ...sampleSite, baseUrl: 'https://careers.example.org/' })
    expect(doc).toContain('GET https://careers.example.org/changes.json')
    expect(doc).toContain('### A worked example')
    for (const [cursor, sequence] of [
      ['djE6MQ', 1],
      ['djE6Mw', 3],
      ['djE6NQ', 5],
    ] as const) {
      expect(doc).toContain(cursor)
      expect(Buffer.from(cursor, 'base64url').toString()).toBe(`v1:${sequence}`)
    }
  })
})
