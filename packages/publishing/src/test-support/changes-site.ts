import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A small site that speaks the brief's sync contract over real HTTP: entries
 * by id, a change log, `/changes.json` paged with `next_url` and a `v1:`
 * cursor, and each entry's `.md` and `.json`. What the mirror's tests run
 * against; the CMS's own tests run it against the CMS.
 */
export class ChangesSite {
  /** By `<locale> <id>`: each locale of an entry is an item of its own, at its own address. */
  entries = new Map<string, { id: string; locale: string; slug: string; md: string }>()
  log: { type: 'published' | 'unpublished' | 'deleted'; id: string; slug: string; locale?: string }[] = []
  /** Changes before this are no longer kept: a cursor older than it gets 410. */
  keptFrom = 0
  pageSize = 3
  requests: string[] = []
  private server: Server | undefined
  url = ''

  publish(id: string, slug: string, md: string, locale = 'en') {
    this.entries.set(`${locale} ${id}`, { id, locale, slug, md })
    this.log.push({ type: 'published', id, slug, locale })
  }

  remove(id: string, type: 'unpublished' | 'deleted', locale = 'en') {
    const entry = this.entries.get(`${locale} ${id}`)
    if (!entry) throw new Error(`no entry ${id} in ${locale}`)
    this.entries.delete(`${locale} ${id}`)
    this.log.push({ type, id, slug: entry.slug, locale })
  }

  /** Where a locale's files are: the default's at the root, another's under `/<locale>/`. */
  static folder(locale: string): string {
    return locale === 'en' ? 'career-paths' : `${locale}/career-paths`
  }

  /** What a mirror of the site must hold: path → bytes. */
  expected(): Record<string, string> {
    const files: Record<string, string> = {}
    for (const { id, locale, slug, md } of this.entries.values()) {
      files[`${ChangesSite.folder(locale)}/${slug}.md`] = md
      files[`${ChangesSite.folder(locale)}/${slug}.json`] = this.json(id, slug)
    }
    return files
  }

  json(id: string, slug: string): string {
    return `${JSON.stringify({ id, slug })}\n`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.url)
      this.requests.push(url.pathname + url.search)
      const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { 'content-type': type })
        res.end(body)
      }
      if (url.pathname === '/changes.json') {
        const since = url.searchParams.get('since')
        const decoded = since === null ? `v1:${this.keptFrom}` : Buffer.from(since, 'base64url').toString()
        const match = /^v1:(\d+)$/.exec(decoded)
        if (!match || Number(match[1]) > this.log.length) return send(400, 'application/json', JSON.stringify({ error: 'not a cursor of this site' }))
        const from = Number(match[1])
        if (from < this.keptFrom) return send(410, 'application/json', JSON.stringify({ error: 'too old' }))
        const page = this.log.slice(from, from + this.pageSize)
        const cursor = Buffer.from(`v1:${from + page.length}`).toString('base64url')
        const body = {
          changes: page.map((c) => ({ ...c, locale: c.locale ?? 'en', at: new Date(0).toISOString(), ...(c.type === 'published' ? { url: `${this.url}/${ChangesSite.folder(c.locale ?? 'en')}/${c.slug}` } : {}) })),
          cursor,
          ...(from + page.length < this.log.length ? { next_url: `${this.url}/changes.json?since=${cursor}` } : {}),
        }
        return send(200, 'application/json', JSON.stringify(body))
      }
      const file = /^\/(?:([a-z]{2})\/)?career-paths\/([a-z0-9-]+)\.(md|json)$/.exec(url.pathname)
      const found = file && [...this.entries.values()].find((e) => e.slug === file[2] && e.locale === (file[1] ?? 'en'))
      if (!file || !found) return send(404, 'text/plain', 'not found')
      return file[3] === 'md' ? send(200, 'text/markdown; charset=utf-8', found.md) : send(200, 'application/json', this.json(found.id, found.slug))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
