import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { initialSiteSettings } from '../contract/site-settings.js'
import { contentHash, contentHashOfSha256 } from '../content-hash.js'
import { rendererVersion } from '../renderer-version.js'
import { bookKey } from './book-key.js'

const site = { ...initialSiteSettings, baseUrl: 'https://careers.example.com' }
const sources = [
  { slug: 'qa-engineer', markdownHash: 'q1' },
  { slug: 'backend-developer', markdownHash: 'b1' },
]

describe('bookKey', () => {
  it("is the CMS's book ETag: the renderer, the settings and each Markdown's stored key and ETag", () => {
    const named = [
      ['en/career-paths/backend-developer.md', 'b1'],
      ['en/career-paths/qa-engineer.md', 'q1'],
    ]
    const expected = createHash('sha256')
      .update(JSON.stringify([rendererVersion, site, named]))
      .digest('base64url')
      .slice(0, 32)
    expect(bookKey(site, sources)).toBe(expected)
  })

  it('does not depend on the order the entries are listed in', () => {
    expect(bookKey(site, [...sources].reverse())).toBe(bookKey(site, sources))
  })

  it('changes with an entry’s Markdown, the entries, the settings and the locale', () => {
    const key = bookKey(site, sources)
    expect(bookKey(site, [sources[0]!, { slug: 'backend-developer', markdownHash: 'b2' }])).not.toBe(key)
    expect(bookKey(site, sources.slice(1))).not.toBe(key)
    expect(bookKey({ ...site, handoutFooter: 'changed' }, sources)).not.toBe(key)
    expect(bookKey({ ...site, locale: 'es' }, sources)).not.toBe(key)
  })
})

describe('contentHashOfSha256', () => {
  it("is contentHash of the bytes, from their sha256 as the build's manifest keeps it", () => {
    for (const text of ['', '# Backend Developer Career Path\n', 'é€“”'.repeat(100)]) {
      expect(contentHashOfSha256(createHash('sha256').update(text).digest('hex'))).toBe(contentHash(text))
    }
  })
})
