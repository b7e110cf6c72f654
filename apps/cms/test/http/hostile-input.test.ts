import { isSafeUrl, limits, normalizeRichText, pageTitle, type CareerPath, type RichText } from '@careers/career-path'
import { parseMarkdown } from '@careers/publishing'
import type { PhrasingContent, RootContent } from 'mdast'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { draftEntry } from '../integration/cms-suite'
import { untilServed, type AppServer } from '../support/app-server'
import { startSeededAppServer } from '../support/seeded-app'
import { flatten, htmlText, pdfObjects, pdfPages, pdfText } from '../support/inspect-output'

/**
 * Bad input through the running app, as an editor could send it: markup and
 * script in every field, unsafe link addresses, Markdown's own characters,
 * and sizes far past the documented limits. Published over REST, then read back
 * as readers and partners get it: the page, the feed, the Markdown, the JSON
 * and the PDF.
 */

/** rehype-sanitize's own test payloads, and the classic ways around a filter. */
const markupPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">js</a>',
  '<a href="JaVaScRiPt:alert(1)">js</a>',
  '<a href=" javascript:alert(1)">js</a>',
  '<a href="java\tscript:alert(1)">js</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<math><mi xlink:href="data:x,<script>alert(4)</script>">m</mi></math>',
  '<math><maction actiontype="statusline#http://x" xlink:href="javascript:alert(1)">x</maction></math>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</script><script>alert(1)</script>',
  '<style>*{display:none}</style>',
  '<!-- comment --><b onmouseover=alert(1)>b</b>',
  'javascript:alert(1)',
  '[md link](javascript:alert(1))',
  '![md image](x onerror=alert(1))',
]

/** Addresses a link may not have: refused at publish. */
const unsafeUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example.com/x',
  '/relative/path',
]

/** Safe addresses holding characters that must stay inside their attribute or string. */
const trickyUrls = [
  'https://example.com/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&x=1',
  'https://example.com/a)>>/S/JavaScript/JS(app.alert(1)',
  'https://example.com/"onmouseover="alert(1)',
  'mailto:someone@example.com?subject=%3Cb%3E',
]

/** Markdown's own characters, which must come out as the characters, never as formatting. */
const markdownPayloads = [
  '*not bold* _not italic_ **nor this** __nor this__',
  '[a](b) [ref][x] <https://example.com> ![img](i.png)',
  '# not a heading',
  '1. not a list',
  '- not a bullet',
  '+ not one either',
  '> not a quote',
  '`not code` ``nor this``',
  'a \\ backslash \\* and \\\\ two',
  '<b>not bold</b> <br> &amp; &copy; &#42;',
  '| not | a table |',
  '~~not struck~~ ~nor this~',
  '--- and === and ***',
  '[^1] not a footnote',
  'http://www.example.com not an autolink',
  'trailing two spaces  then text',
  '{curly} $dollar$ %percent% ^caret^ @at',
]

/** Words over 30 characters are given break points (and a drawn hyphen) in the handout; compare PDF text without them. */
const unhyphenated = (text: string) => flatten(text.replace(/-\n/g, ''))
/** A string as the handout prints it: a tab is not drawn (react-pdf has no glyph for it). */
const printedForm = (text: string) => flatten(text.replace(/\t/g, ''))

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children })
const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] })
const bullets = (...items: string[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(text(item)) as never] })),
})
const rich = (...children: RootContent[]): RichText => normalizeRichText({ type: 'root', children })

/** Every string in `strings` as text of one rich-text field: plain, bold, italic, code, a link's text, list items. */
function richTextOf(strings: string[], urls: string[] = ['https://example.com/']): RichText {
  const [first = '', second = first, third = second, fourth = third] = strings
  return rich(
    paragraph(text(strings.join(' · '))),
    paragraph(
      { type: 'strong', children: [text(first)] },
      text(' '),
      { type: 'emphasis', children: [text(second)] },
      text(' '),
      { type: 'inlineCode', value: third },
      text(' '),
      ...urls.flatMap((url, i) => [link(url, i === 0 ? fourth : `link ${i}`), text(' ')]),
      text('end'),
    ),
    bullets(...strings.slice(0, 5)),
  )
}

/** An entry with `strings` in every field that holds text. */
function entryFull(slug: string, title: string, strings: string[], urls?: string[]): CareerPath {
  const body = richTextOf(strings, urls)
  return draftEntry(slug, title, {
    definition: body,
    whatTheyDo: body,
    workEnvironment: body,
    workingConditions: body,
    difficulty: body,
    outlook: body,
    responsibilities: strings,
    specializations: strings.slice(0, 10).map((name) => ({ name, description: strings.join(' ') })),
    faqs: strings.slice(0, 10).map((question) => ({ question, answer: body })),
  })
}

/**
 * What a browser would act on in an HTML document: tags (text `<` is
 * escaped, so a `<` here is a tag), their event-handler attributes and link
 * targets, and scripts whose body holds markup.
 */
function activeMarkup(html: string, { scriptsAllowed }: { scriptsAllowed: boolean }): string[] {
  const problems: string[] = []
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
  for (const [whole, attributes, body] of scripts) {
    if (!scriptsAllowed) problems.push(`script: ${whole.slice(0, 80)}`)
    // Next's own scripts: its bundles and their loader, the page's flight data and the JSON-LD, which escape "<" in the data they carry.
    const own = /\bsrc="\/_next\//.test(attributes!) || /\btype="application\/ld\+json"/.test(attributes!) || /^\(?self\.__next_f|^\(globalThis\["TURBOPACK"\]/.test(body!)
    if (!own) problems.push(`a script not of Next's: ${whole.slice(0, 80)}`)
    if (/<[a-z!/]/i.test(body!)) problems.push(`markup in a script: ${body!.slice(0, 80)}`)
  }
  const outside = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
  for (const [tag, name, attributes] of outside.matchAll(/<([a-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi)) {
    if (/^(script|iframe|frame|object|embed|img|svg|math|base|form|input|style)$/i.test(name!)) problems.push(`element: ${tag}`)
    for (const [, attr, value = ''] of attributes!.matchAll(/\s+([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
      if (/^on/i.test(attr!)) problems.push(`event handler: ${tag}`)
      const target = htmlText(value.replace(/^["']|["']$/g, ''))
        .replace(controlsAndSpace, '')
        .toLowerCase()
      if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr!) && /^(javascript|data|vbscript):/.test(target)) problems.push(`${attr}: ${tag}`)
    }
  }
  const opened = outside.match(/<[a-z]/gi)?.length ?? 0
  const parsed = [...outside.matchAll(/<([a-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi)].length
  if (opened !== parsed) problems.push(`${opened - parsed} tags this check cannot read`)
  return problems
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters and spaces in a URL, so the check does too
const controlsAndSpace = /[\u0000-\u0020]/g

/** Actions a PDF viewer could run; only /URI link actions belong in a handout. */
const pdfScriptNames = ['/JavaScript', '/JS', '/Launch', '/SubmitForm', '/ImportData', '/OpenAction', '/AA', '/RichMedia', '/EmbeddedFile']

describe('hostile input through the running app', () => {
  let app: AppServer
  let editor: string
  let admin: string

  const get = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { redirect: 'manual', ...init })
  const as = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as object), Authorization: `JWT ${token}`, 'Content-Type': 'application/json' } })
  const login = async (email: string) => {
    const res = await get('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password: 'correct horse battery' }), headers: { 'Content-Type': 'application/json' } })
    expect(res.status, await res.clone().text()).toBe(200)
    return ((await res.json()) as { token: string }).token
  }
  /** Creates the entry over REST as the editor, published unless `status` says draft. */
  const create = (entry: CareerPath, status: 'published' | 'draft' = 'published') =>
    get(`/api/career-paths${status === 'draft' ? '?draft=true' : ''}`, as(editor, { method: 'POST', body: JSON.stringify({ ...entryToDocumentData(entry, () => undefined), _status: status }) }))
  const publish = async (entry: CareerPath) => {
    const res = await create(entry)
    expect(res.status, (await res.clone().text()).slice(0, 2000)).toBe(201)
    return ((await res.json()) as { doc: { id: number } }).doc.id
  }
  /** Payload's validation errors: `{ path, message }` per field, which the admin shows at the field. */
  const fieldErrors = async (res: Response) => {
    const body = (await res.json()) as { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
    return (body.errors ?? []).flatMap((e) => e.data?.errors ?? [{ path: '', message: e.message }])
  }
  const healthy = async () => {
    const started = Date.now()
    const res = await get('/feed.json')
    expect(res.status).toBe(200)
    await res.arrayBuffer()
    return Date.now() - started
  }
  const outputs = async (slug: string) => {
    await untilServed(app, `/career-paths/${slug}.md`)
    const [page, md, json, pdf, feed] = await Promise.all([
      get(`/career-paths/${slug}`).then(async (r) => ({ status: r.status, body: await r.text() })),
      get(`/career-paths/${slug}.md`).then(async (r) => ({ status: r.status, body: await r.text(), headers: r.headers })),
      get(`/career-paths/${slug}.json`).then(async (r) => ({ status: r.status, body: await r.text(), headers: r.headers })),
      get(`/career-paths/${slug}.pdf`).then(async (r) => ({ status: r.status, body: new Uint8Array(await r.arrayBuffer()) })),
      get('/feed.json?limit=100').then((r) => r.json() as Promise<{ items: Record<string, any>[] }>),
    ])
    for (const [name, res] of Object.entries({ page, md, json, pdf })) expect(res.status, name).toBe(200)
    const item = feed.items.find((i) => i._career_path?.slug === slug || String(i.url).endsWith(`/career-paths/${slug}`))
    expect(item, `feed item of ${slug}`).toBeDefined()
    return { page: page.body, md, json: JSON.parse(json.body) as Record<string, any>, jsonHeaders: json.headers, pdf: pdf.body, item: item! }
  }

  beforeAll(async () => {
    // Rate limits (if the build has them) are not what this file tests.
    // Bodies past the API's 1 MB cap too: what Payload's validation says of them (the cap itself: test/http/multi-server.test.ts).
    app = await startSeededAppServer({ CAREERS_RATE_LIMIT_PDF: '100000/60', CAREERS_RATE_LIMIT_LOGIN: '1000/60', CAREERS_MAX_BODY: '16mb' })
    const first = await get('/api/users/first-register', { method: 'POST', body: JSON.stringify({ email: 'admin@example.com', password: 'correct horse battery' }), headers: { 'Content-Type': 'application/json' } })
    expect(first.status, await first.clone().text()).toBe(200)
    admin = await login('admin@example.com')
    const invite = await get('/api/users', as(admin, { method: 'POST', body: JSON.stringify({ email: 'editor@example.com', password: 'correct horse battery', role: 'editor' }) }))
    expect(invite.status).toBe(201)
    editor = await login('editor@example.com')
  })
  afterAll(async () => {
    await app?.stop()
  })

  describe('markup and script in every field', () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(1)>'
    const slug = 'hostile-markup'
    const entry = { ...entryFull(slug, title, markupPayloads, trickyUrls), tags: ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'] }
    let out: Awaited<ReturnType<typeof outputs>>

    beforeAll(async () => {
      await publish(entry)
      out = await outputs(slug)
    })

    it('shows every payload on the page as text, never as markup', async () => {
      expect(activeMarkup(out.page, { scriptsAllowed: true })).toEqual([])
      const shown = flatten(htmlText(out.page))
      for (const payload of [pageTitle(title), ...markupPayloads]) expect(shown).toContain(flatten(payload))
      // The index lists the title as text too.
      const index = await (await get('/career-paths')).text()
      // The index's own search form is the one form it may hold.
      expect(activeMarkup(index.replace(/<form class="search"[\s\S]*?<\/form>/, ''), { scriptsAllowed: true })).toEqual([])
      expect(flatten(htmlText(index))).toContain(title)
      // The page's links: the tricky but safe addresses, nothing else.
      const hrefs = [...out.page.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map(([, href]) => decodeURIComponent(htmlText(href!)))
      for (const url of trickyUrls) expect(hrefs).toContain(decodeURIComponent(url))
    })

    it('gives the feed content_html without markup, plain strings as the text itself, and only http(s) addresses', async () => {
      const html = out.item.content_html as string
      expect(activeMarkup(html, { scriptsAllowed: false })).toEqual([])
      const shown = flatten(htmlText(html))
      for (const payload of markupPayloads) expect(shown).toContain(flatten(payload))
      expect(out.item.title).toBe(pageTitle(title))
      expect(out.item.summary).toContain(flatten(markupPayloads[0]!))
      expect(out.item.tags).toEqual(expect.arrayContaining(entry.tags))
      const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string') {
          if (/url$|^about$|^image$|^icon$|^favicon$|^href$/i.test(key)) expect(value, key).toMatch(/^https?:\/\//)
        } else if (Array.isArray(value)) {
          for (const v of value) walk(v, key)
        } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
      }
      walk(out.item, '')
    })

    it('writes Markdown that reads back as the same text, and serves it and the JSON so no browser takes them for HTML', () => {
      expect(out.md.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
      expect(out.md.headers.get('x-content-type-options')).toBe('nosniff')
      expect(out.jsonHeaders.get('x-content-type-options')).toBe('nosniff')
      const parsed = parseMarkdown(out.md.body)
      expect(parsed.issues.filter((i) => i.fatal)).toEqual([])
      const back = parsed.entry!
      expect(back.title).toBe(title)
      expect(back.responsibilities).toEqual(entry.responsibilities)
      expect(back.specializations).toEqual(entry.specializations)
      expect(back.faqs).toEqual(entry.faqs)
      expect(back.tags).toEqual(entry.tags)
      for (const field of ['definition', 'whatTheyDo', 'workEnvironment', 'workingConditions', 'difficulty', 'outlook'] as const) expect(back[field], field).toEqual(entry[field])
      expect(out.json.title).toBe(title)
    })

    it('prints every payload in the PDF as text; its only actions are links to the safe addresses', async () => {
      const { names, uris } = pdfObjects(out.pdf)
      expect(names.filter((n) => pdfScriptNames.includes(n))).toEqual([])
      expect(uris.length).toBeGreaterThan(0)
      for (const uri of uris) expect(isSafeUrl(uri), uri).toBe(true)
      for (const url of trickyUrls) expect(uris).toContain(url)
      const printed = unhyphenated(await pdfText(out.pdf))
      for (const payload of [title, ...markupPayloads]) expect(printed).toContain(printedForm(payload))
    })
  })

  describe('unsafe link addresses', () => {
    const fields = ['definition', 'whatTheyDo', 'workEnvironment', 'workingConditions', 'difficulty', 'outlook', 'faqs'] as const

    it.each(unsafeUrls.map((url, i) => [url, fields[i % fields.length]!] as const))('refuses %j in %s at publish, naming the field', async (url, field) => {
      const slug = `unsafe-link-${unsafeUrls.indexOf(url)}`
      const body = rich(paragraph(text('Read '), link(url, 'this'), text('.')))
      const entry = field === 'faqs' ? draftEntry(slug, 'Unsafe Link', { faqs: [{ question: 'Safe?', answer: body }] }) : draftEntry(slug, 'Unsafe Link', { [field]: body })
      const res = await create(entry)
      expect(res.status).toBe(400)
      const errors = await fieldErrors(res)
      const path = field === 'faqs' ? 'faqs.0.answer' : field
      const named = field === 'faqs' ? 'faqs[0].answer' : field
      expect(errors).toContainEqual({ path, message: expect.stringMatching(new RegExp(`^${named.replace(/[[\].]/g, '\\$&')}: link "[\\s\\S]*" must be an absolute http, https or mailto URL$`)) })
      // Nothing of it was stored or published.
      const found = (await (await get(`/api/career-paths?draft=true&where[slug][equals]=${slug}`, as(editor))).json()) as { docs: unknown[] }
      expect(found.docs).toEqual([])
      for (const suffix of ['', '.md', '.pdf', '.json']) expect((await get(`/career-paths/${slug}${suffix}`)).status).toBe(404)
    })

    it('keeps such a link in a draft, but neither publishes it nor renders it for download', async () => {
      const entry = draftEntry('unsafe-draft', 'Unsafe Draft', { definition: rich(paragraph(text('Read '), link('javascript:alert(1)', 'this'), text('.'))) })
      const res = await create(entry, 'draft')
      expect(res.status, await res.clone().text()).toBe(201)
      const id = ((await res.json()) as { doc: { id: number } }).doc.id
      const download = await get(`/api/career-paths/${id}/download?format=pdf`, as(editor))
      expect(download.status).toBe(422)
      expect(((await download.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/definition link .* must be an absolute http, https or mailto URL/)
      const preview = await (await get(`/career-paths/unsafe-draft?preview=${id}`, as(editor))).text()
      expect(activeMarkup(preview, { scriptsAllowed: true })).toEqual([])
      const publishing = await get(`/api/career-paths/${id}`, as(editor, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) }))
      expect(publishing.status).toBe(400)
      expect(await fieldErrors(publishing)).toContainEqual({ path: 'definition', message: expect.stringMatching(/^definition: link "javascript:alert\(1\)" must be an absolute http, https or mailto URL$/) })
      expect((await get('/career-paths/unsafe-draft')).status).toBe(404)
    })
  })

  describe("Markdown's own characters", () => {
    const title = '*Not* _Bold_ [a](b) # h \\ ` <b>x</b> | 1. &amp;'
    const slug = 'markdown-characters'
    const entry = { ...entryFull(slug, title, markdownPayloads), tags: ['*star*', '[a](b)', '`tick`'] }
    let out: Awaited<ReturnType<typeof outputs>>

    beforeAll(async () => {
      await publish(entry)
      out = await outputs(slug)
    })

    it('shows them literally on the page and in the feed', () => {
      for (const shown of [flatten(htmlText(out.page)), flatten(htmlText(out.item.content_html as string))]) {
        for (const payload of markdownPayloads) expect(shown).toContain(flatten(payload))
      }
      expect(flatten(htmlText(out.page))).toContain(pageTitle(title))
      expect(out.item.title).toBe(pageTitle(title))
      expect(out.item.summary).toContain(markdownPayloads[0])
      expect(out.item.tags).toEqual(expect.arrayContaining(entry.tags))
      // No Markdown turned into HTML: the only elements are the ones the entry's structure makes.
      const tags = new Set([...(out.item.content_html as string).matchAll(/<([a-z0-9]+)\b/g)].map(([, t]) => t))
      expect([...tags].sort()).toEqual(['a', 'code', 'em', 'h2', 'h3', 'li', 'p', 'strong', 'ul'])
    })

    it('writes Markdown that reads back to the very same entry', () => {
      const parsed = parseMarkdown(out.md.body)
      expect(parsed.issues.filter((i) => i.fatal)).toEqual([])
      const { id: _id, published: _p, updated: _u, ...back } = parsed.entry!
      expect(back).toEqual(entry)
    })

    it('prints them literally in the PDF', async () => {
      const printed = unhyphenated(await pdfText(out.pdf))
      for (const payload of [title, ...markdownPayloads]) expect(printed).toContain(printedForm(payload))
    })
  })

  describe('absurd sizes', () => {
    const word = (length: number) => 'Supercalifragilistic'.repeat(Math.ceil(length / 20)).slice(0, length)
    /** Prose of exactly `length` characters, in words. */
    const prose = (length: number, seed = '') => {
      let out = seed
      for (let i = 0; out.length < length; i++) out += `${out ? ' ' : ''}word${i}`
      return out.slice(0, length).replace(/\s+$/, 'x')
    }
    const oversize: [name: string, entry: () => CareerPath, path: string, message: RegExp][] = [
      ['a 1 MB title', () => draftEntry('huge-title', 'Developer '.repeat(100_000).trim()), 'title', /^title: must be at most 120 characters$/],
      ['a 10,000-character word as the title', () => draftEntry('long-word-title', word(10_000)), 'title', /^title: must be at most 120 characters$/],
      [
        'a 10,000-character word as a responsibility',
        () => draftEntry('long-word-duty', 'Long Word', { responsibilities: ['Fine.', word(10_000)] }),
        'responsibilities.1.text',
        /^responsibilities\[1\]: must be at most 300 characters$/,
      ],
      [
        '500 responsibilities',
        () => draftEntry('many-duties', 'Many Duties', { responsibilities: Array.from({ length: 500 }, (_, i) => `Duty ${i}.`) }),
        'responsibilities',
        /^responsibilities: may hold at most 40 responsibilities$/,
      ],
      [
        '200 FAQs',
        () => draftEntry('many-faqs', 'Many Faqs', { faqs: Array.from({ length: 200 }, (_, i) => ({ question: `Question ${i}?`, answer: rich(paragraph(text('Yes.'))) })) }),
        'faqs',
        /^faqs: may hold at most 50 FAQs$/,
      ],
      [
        'a definition over 20,000 characters',
        () => draftEntry('long-definition', 'Long Definition', { definition: rich(paragraph(text(prose(20_001)))) }),
        'definition',
        /^definition: is 20001 characters long; the limit is 20000$/,
      ],
      [
        'a 1 MB FAQ answer',
        () => draftEntry('huge-answer', 'Huge Answer', { faqs: [{ question: 'How long?', answer: rich(paragraph(text(prose(1_000_000)))) }] }),
        'faqs.0.answer',
        /^faqs\[0\]\.answer: is 1000000 characters long; the limit is 20000$/,
      ],
      [
        '50 FAQs of 20,000 characters each',
        () => draftEntry('huge-faqs', 'Huge Faqs', { faqs: Array.from({ length: 50 }, (_, i) => ({ question: `Question ${i}?`, answer: rich(paragraph(text(prose(20_000)))) })) }),
        'faqs.0.answer',
        /^faqs\[0\]\.answer: holds 20,000 of the entry's 1,000,\d{3} characters of rich text; an entry may have at most 100,000$/,
      ],
      [
        '2,000 one-letter list items',
        () => draftEntry('many-items', 'Many Items', { whatTheyDo: rich(bullets(...Array.from({ length: 2_000 }, () => 'a'))) }),
        'whatTheyDo',
        /^whatTheyDo: holds 4,000 of the entry's 4,00\d paragraphs, list items and line breaks; an entry may have at most 500$/,
      ],
      [
        '5,000 runs of bold and plain text',
        () =>
          draftEntry('many-runs', 'Many Runs', {
            outlook: rich({ type: 'paragraph', children: Array.from({ length: 5_000 }, (_, i): PhrasingContent => (i % 2 ? { type: 'strong', children: [text('b')] } : text('a'))) }),
          }),
        'outlook',
        /^outlook: holds 5,000 of the entry's 5,00\d runs of text .*; an entry may have at most 2,000$/,
      ],
      [
        'a 5,000-character specialization name',
        () => draftEntry('long-name', 'Long Name', { specializations: [{ name: word(5_000), description: 'Fine.' }] }),
        'specializations.0.name',
        /^specializations\[0\]\.name: must be at most 300 characters$/,
      ],
    ]

    it.each(oversize)('refuses %s with a message naming the field, and the server stays healthy', async (_name, make, path, message) => {
      const res = await create(make())
      expect(res.status).toBe(400)
      expect(await fieldErrors(res)).toContainEqual({ path, message: expect.stringMatching(message) })
      expect(await healthy()).toBeLessThan(10_000)
    })

    /**
     * An entry at every limit at once: every list and text field full, the
     * longest word the model allows (a field may hold 20,000 characters, so
     * 10,000 in one word), and all of its rich text at the entry's limits of
     * characters, blocks (paragraphs, list items, line breaks) and runs.
     */
    function maximalEntry(): CareerPath {
      const items = 222 // list items of one paragraph each: 444 blocks, 222 runs
      const runs = 1_724 // in one paragraph with one line break: 2 blocks
      const outlook = rich({
        type: 'paragraph',
        children: [text('Start'), { type: 'break' }, ...Array.from({ length: runs - 1 }, (_, i): PhrasingContent => (i % 2 ? { type: 'strong', children: [text('bold')] } : text(' and ')))],
      })
      const difficulty = rich({ type: 'list', ordered: false, spread: false, children: Array.from({ length: items }, () => ({ type: 'listItem', spread: false, children: [paragraph(text('item')) as never] })) })
      // Blocks: 4 one-paragraph fields + 50 answers + 444 + 2 = 500. Runs: 4 + 50 + 222 + 1,724 = 2,000.
      // Characters: 3 full fields, the list and the runs; the rest go to the answers and the fourth field.
      const used = 3 * limits.richTextCharacters + items * 4 + 5 + Math.ceil((runs - 1) / 2) * 5 + Math.floor((runs - 1) / 2) * 4
      const left = limits.entryRichTextCharacters - used
      const answer = Math.floor(left / (limits.faqs + 1))
      return draftEntry('every-limit', `${'Maximal '.repeat(20)}`.slice(0, limits.title - 1) + 'X', {
        definition: rich(paragraph(text(`${word(10_000)} ${prose(limits.richTextCharacters - 10_001)}`))),
        whatTheyDo: rich(paragraph(text(prose(limits.richTextCharacters)))),
        workEnvironment: rich(paragraph(text(prose(limits.richTextCharacters)))),
        workingConditions: rich(paragraph(text(prose(left - answer * limits.faqs)))),
        difficulty,
        outlook,
        responsibilities: Array.from({ length: limits.responsibilities }, (_, i) => prose(limits.shortText, `Duty ${i}`)),
        specializations: Array.from({ length: limits.specializations }, (_, i) => ({ name: prose(limits.shortText, `Kind ${i}`), description: prose(limits.specializationDescription) })),
        faqs: Array.from({ length: limits.faqs }, (_, i) => ({ question: prose(limits.questionText, `Question ${i}`), answer: rich(paragraph(text(prose(answer)))) })),
        tags: Array.from({ length: limits.tags }, (_, i) => prose(limits.tag, `tag${i}`)),
      })
    }

    it('refuses the maximal entry with one paragraph more, naming the fields holding the most', async () => {
      const over = maximalEntry()
      over.workingConditions = rich(...over.workingConditions!.children, paragraph(text('x')))
      const res = await create({ ...over, slug: 'one-over' })
      expect(res.status).toBe(400)
      expect(await fieldErrors(res)).toEqual([
        { path: 'definition', message: "definition: holds 20,000 of the entry's 100,001 characters of rich text; an entry may have at most 100,000" },
        { path: 'difficulty', message: "difficulty: holds 444 of the entry's 501 paragraphs, list items and line breaks; an entry may have at most 500" },
        { path: 'outlook', message: "outlook: holds 1,724 of the entry's 2,001 runs of text (each stretch of plain, bold, italic or code text, and each link, counts); an entry may have at most 2,000" },
      ])
    })

    it('publishes an entry at every limit at once, a 10,000-character word included, and serves its PDF in bounded time', async () => {
      const maximal = maximalEntry()
      const started = Date.now()
      await publish(maximal)
      console.log(`maximal entry published in ${Date.now() - started} ms`)
      await untilServed(app, '/career-paths/every-limit.md')
      console.log(`…and rendered by the worker ${Date.now() - started} ms after the publish began`)
      const fetched = Date.now()
      const res = await get('/career-paths/every-limit.pdf', { signal: AbortSignal.timeout(60_000) })
      expect(res.status).toBe(200)
      const pdf = new Uint8Array(await res.arrayBuffer())
      console.log(`its PDF (${pdf.byteLength} bytes) served in ${Date.now() - fetched} ms`)
      expect(await pdfPages(pdf)).toBeGreaterThan(3)
      expect(unhyphenated(await pdfText(pdf))).toContain(flatten(maximal.faqs.at(-1)!.question))
      expect(await healthy()).toBeLessThan(10_000)
    }, 240_000)

    it('answers 20 concurrent PDF requests for different entries, and the index and the feed beside them, in bounded time', async () => {
      for (let i = 0; i < 12; i++) await publish(draftEntry(`load-${i}`, `Load Test ${i}`))
      for (let i = 0; i < 12; i++) await untilServed(app, `/career-paths/load-${i}.md`)
      const feed = (await (await get('/feed.json?limit=100')).json()) as { items: { url: string }[] }
      const slugs = feed.items
        .map((i) => i.url.split('/').at(-1)!)
        .filter((s) => s !== 'every-limit')
        .slice(0, 20)
      expect(slugs).toHaveLength(20)
      const round = async () => {
        const started = Date.now()
        const results = await Promise.all([
          ...slugs.map((slug) => get(`/career-paths/${slug}.pdf`, { signal: AbortSignal.timeout(60_000) }).then(async (r) => ({ status: r.status, size: (await r.arrayBuffer()).byteLength }))),
          ...['/career-paths', '/feed.json'].map((path) => get(path, { signal: AbortSignal.timeout(60_000) }).then(async (r) => ({ status: r.status, size: (await r.arrayBuffer()).byteLength }))),
        ])
        for (const r of results) expect(r).toMatchObject({ status: 200, size: expect.any(Number) })
        return Date.now() - started
      }
      console.log(`20 stored PDFs + the index and the feed: ${await round()} ms`)
      // New settings change every handout: the worker renders them all again while the same
      // 20 requests are served the stored bytes (a request never renders).
      const settings = await get('/api/globals/settings', as(admin, { method: 'POST', body: JSON.stringify({ handoutFooter: 'A new footer for every handout' }) }))
      expect(settings.status, await settings.clone().text()).toBe(200)
      console.log(`20 stored PDFs + the index and the feed, while the worker renders every handout: ${await round()} ms`)
    }, 240_000)

    it('serves 20 concurrent requests of the largest handout, while the worker renders it again, the same bytes in bounded time', async () => {
      const settings = await get('/api/globals/settings', as(admin, { method: 'POST', body: JSON.stringify({ handoutFooter: 'Yet another footer' }) }))
      expect(settings.status).toBe(200)
      const started = Date.now()
      const results = await Promise.all(
        Array.from({ length: 20 }, () => get('/career-paths/every-limit.pdf', { signal: AbortSignal.timeout(120_000) }).then(async (r) => ({ status: r.status, bytes: Buffer.from(await r.arrayBuffer()) }))),
      )
      const took = Date.now() - started
      console.log(`20 concurrent requests of one missing maximal handout: ${took} ms`)
      for (const r of results) expect(r.status).toBe(200)
      expect(new Set(results.map((r) => r.bytes.toString('base64'))).size).toBe(1)
      expect(await healthy()).toBeLessThan(10_000)
    }, 240_000)
  })
})
