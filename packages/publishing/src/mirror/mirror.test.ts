import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChangesSite } from '../test-support/changes-site.js'
import { mirrorSite } from './mirror.js'
import { mirrorStateFileName } from './mirror-state.js'

let site: ChangesSite
let dir: string
beforeEach(async () => {
  site = await new ChangesSite().start()
  dir = await mkdtemp(join(tmpdir(), 'careers-mirror-'))
})
afterEach(async () => {
  await site.stop()
  await rm(dir, { recursive: true, force: true })
})

/** Every file in the folder but the state: path → text. */
async function copy(root = dir): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of await readdir(root, { recursive: true })) {
    const path = join(root, name)
    if (name === mirrorStateFileName || (await stat(path)).isDirectory()) continue
    files[relative(dir, path)] = await readFile(path, 'utf8')
  }
  return files
}

describe('mirrorSite', () => {
  it('copies every published entry, follows renames and removals, and stores the cursor after each page', async () => {
    site.publish('urn:a', 'alpha', '# Alpha\n')
    site.publish('urn:b', 'beta', '# Beta\n')
    site.publish('urn:c', 'gamma', '# Gamma\n')
    site.publish('urn:d', 'delta', '# Delta\n')
    const pages: string[] = []
    const first = await mirrorSite({ baseUrl: site.url, dir, onPage: ({ cursor }) => pages.push(cursor) })
    expect(first).toMatchObject({ changes: 4, written: 4, removed: 0 })
    expect(pages).toHaveLength(2)
    expect(await copy()).toEqual(site.expected())

    site.publish('urn:a', 'alpha-renamed', '# Alpha 2\n')
    site.remove('urn:b', 'unpublished')
    site.remove('urn:c', 'deleted')
    site.publish('urn:e', 'beta', '# A new entry at an old address\n')
    site.requests = []
    const second = await mirrorSite({ baseUrl: site.url, dir })
    expect(second.changes).toBe(4)
    expect(site.requests[0]).toBe(`/changes.json?since=${pages[1]}`)
    expect(await copy()).toEqual(site.expected())
    expect(await mirrorSite({ baseUrl: site.url, dir })).toMatchObject({ changes: 0, written: 0, removed: 0 })
  })

  it('applies a published change whose address moved on since as a removal; the later change puts the entry where it is', async () => {
    site.publish('urn:a', 'one', '# One\n')
    await mirrorSite({ baseUrl: site.url, dir })
    // Renamed twice, then another entry takes its first new address: the mirror reads the log after all three.
    site.publish('urn:a', 'two', '# One\n')
    site.publish('urn:a', 'three', '# One\n')
    site.publish('urn:b', 'two', '# Two\n')
    await mirrorSite({ baseUrl: site.url, dir })
    expect(await copy()).toEqual(site.expected())
  })

  it('keeps each locale of an entry at its own address: a translation neither replaces nor removes the English files', async () => {
    site.publish('urn:a', 'alpha', '# Alpha\n')
    site.publish('urn:a', 'alpha', '# Alfa\n', 'es')
    site.publish('urn:b', 'beta', '# Beta\n')
    const first = await mirrorSite({ baseUrl: site.url, dir })
    expect(first).toMatchObject({ changes: 3, written: 3, removed: 0 })
    expect(Object.keys(await copy()).sort()).toEqual(['career-paths/alpha.json', 'career-paths/alpha.md', 'career-paths/beta.json', 'career-paths/beta.md', 'es/career-paths/alpha.json', 'es/career-paths/alpha.md'])
    expect(await copy()).toEqual(site.expected())
    // Unpublishing the Spanish one removes it alone; renaming the entry moves each locale's files with its own change.
    site.remove('urn:a', 'unpublished', 'es')
    site.publish('urn:b', 'beta-renamed', '# Beta\n')
    site.publish('urn:b', 'beta-renamed', '# Beta (es)\n', 'es')
    await mirrorSite({ baseUrl: site.url, dir })
    expect(await copy()).toEqual(site.expected())
  })

  it('is safe to interrupt: a run stopped after a page leaves a cursor the next run goes on from', async () => {
    for (let i = 0; i < 8; i++) site.publish(`urn:${i}`, `entry-${i}`, `# ${i}\n`)
    site.remove('urn:1', 'deleted')
    const stopped = await mirrorSite({ baseUrl: site.url, dir, maxPages: 1 })
    expect(stopped.changes).toBe(3)
    const state = JSON.parse(await readFile(join(dir, mirrorStateFileName), 'utf8'))
    expect(state.cursor).toBe(stopped.cursor)
    // Killed after writing a file of the next page but before storing its cursor: the page is applied again.
    await writeFile(join(dir, 'career-paths', 'entry-3.md'), 'half a write')
    await mirrorSite({ baseUrl: site.url, dir })
    expect(await copy()).toEqual(site.expected())
  })

  it('starts again from an empty copy when the site no longer holds its cursor (410)', async () => {
    site.publish('urn:a', 'alpha', '# A\n')
    site.publish('urn:b', 'beta', '# B\n')
    await mirrorSite({ baseUrl: site.url, dir })
    site.remove('urn:a', 'deleted')
    site.publish('urn:c', 'gamma', '# C\n')
    // A site that forgot its oldest changes: its history starts with what is published now.
    site.keptFrom = site.log.length
    site.log.push(...[...site.entries.values()].map((e) => ({ type: 'published' as const, id: e.id, slug: e.slug, locale: e.locale })))
    const result = await mirrorSite({ baseUrl: site.url, dir })
    expect(result.restarted).toBe(true)
    expect(await copy()).toEqual(site.expected())
  })

  it('refuses a cursor the site does not know, and a folder that mirrors another site, saying what to do', async () => {
    site.publish('urn:a', 'alpha', '# A\n')
    await mirrorSite({ baseUrl: site.url, dir })
    const stateFile = join(dir, mirrorStateFileName)
    const state = JSON.parse(await readFile(stateFile, 'utf8'))
    await writeFile(stateFile, JSON.stringify({ ...state, cursor: Buffer.from('v1:99').toString('base64url') }))
    await expect(mirrorSite({ baseUrl: site.url, dir })).rejects.toThrow(/400 Bad Request: not a cursor of this site/)
    await expect(mirrorSite({ baseUrl: 'http://127.0.0.1:1', dir })).rejects.toThrow(/mirrors http:\/\/127\.0\.0\.1:\d+, not http:\/\/127\.0\.0\.1:1/)
  })

  it('refuses a change whose slug would write outside the folder', async () => {
    site.log.push({ type: 'published', id: 'urn:x', slug: '../../etc/passwd' })
    await expect(mirrorSite({ baseUrl: site.url, dir })).rejects.toThrow(/not a slug and a locale/)
  })
})
