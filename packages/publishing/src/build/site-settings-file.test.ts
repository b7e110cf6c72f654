import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadSiteSettings } from './site-settings-file.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'site-yml-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const required = `siteName: Canyon Careers
baseUrl: https://careers.example.com/
feed:
  title: Canyon Career Paths
  description: Guides.
callToAction:
  label: Ready?
  url: https://canyon.example.com/signup
`

describe('site.yml, read by the contract’s definition', () => {
  it('gives the settings with a default theirs, and keeps the base URL without its trailing slash', async () => {
    await writeFile(join(dir, 'site.yml'), required)
    const loaded = await loadSiteSettings(dir)
    expect(loaded.settings).toEqual({
      siteName: 'Canyon Careers',
      baseUrl: 'https://careers.example.com',
      language: 'en',
      feed: { title: 'Canyon Career Paths', description: 'Guides.' },
      callToAction: { label: 'Ready?', url: 'https://canyon.example.com/signup' },
      handoutFooter: '',
    })
  })

  it('names each missing setting that has no default, at its key', async () => {
    await writeFile(join(dir, 'site.yml'), 'siteName: X\nhandoutFooter: Foot\n')
    const loaded = await loadSiteSettings(dir)
    expect(loaded.issues.map((i) => i.message.split(':')[0])).toEqual(['baseUrl', 'feed', 'callToAction'])
  })

  it("gives another locale its texts, the site's name and link when it has its own, and the shared rest", async () => {
    await writeFile(
      join(dir, 'site.yml'),
      `${required}locales:
  es:
    siteName: Carreras Canyon
    feed: { title: Trayectorias, description: Guías. }
    callToAction: { label: ¿Listo? }
`,
    )
    const loaded = await loadSiteSettings(dir)
    expect(loaded.settings && loaded.localized.es).toEqual({
      siteName: 'Carreras Canyon',
      baseUrl: 'https://careers.example.com',
      language: 'es',
      feed: { title: 'Trayectorias', description: 'Guías.' },
      callToAction: { label: '¿Listo?', url: 'https://canyon.example.com/signup' },
      handoutFooter: '',
      locale: 'es',
    })
  })

  it("refuses a locale's texts that lack a localized setting without a default", async () => {
    await writeFile(join(dir, 'site.yml'), `${required}locales:\n  es:\n    feed: { title: Trayectorias, description: Guías. }\n`)
    const loaded = await loadSiteSettings(dir)
    expect(loaded.issues.map((i) => i.message.split(':')[0])).toEqual(['locales.es.callToAction'])
  })
})
