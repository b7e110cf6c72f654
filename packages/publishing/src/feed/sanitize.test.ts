import type { CareerPath } from '@careers/career-path'
import fc from 'fast-check'
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { sampleSite } from '../test-support/sample-entry.js'
import { mdastToSafeHtml, renderEntryHtml } from './entry-html.js'

/**
 * Payloads in the spirit of rehype-sanitize's own tests: entries are built
 * directly, bypassing validation, as a bug or a hostile import could.
 */
const unsafeUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example.com/phish',
  '/relative/path',
  '#fragment',
]

const hostileTexts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example.com"></iframe>',
  '<math><mi xlink:href="javascript:alert(1)">click</mi></math>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '"><script>alert(1)</script>',
  '<style>body{display:none}</style>',
]

const text = (value: string): PhrasingContent => ({ type: 'text', value })

function entryWith(definition: RootContent[], extra: Partial<CareerPath> = {}): CareerPath {
  return {
    title: 'Hostile <script>alert("t")</script> Engineer',
    slug: 'hostile-engineer',
    definition: { type: 'root', children: definition } as Root,
    whatTheyDo: { type: 'root', children: [{ type: 'paragraph', children: [text('<img src=x onerror=alert(2)>')] }] },
    responsibilities: ['<script>alert(3)</script>'],
    specializations: [{ name: '<iframe src=x>', description: '<svg onload=alert(4)>' }],
    faqs: [{ question: '<math><mi xlink:href="javascript:alert(5)">', answer: { type: 'root', children: [{ type: 'paragraph', children: [text('a')] }] } }],
    related: [],
    ...extra,
  }
}

function parse(html: string): HastRoot {
  return fromHtml(html, { fragment: true })
}

function elements(tree: HastNodes): Element[] {
  const out: Element[] = []
  const visit = (node: HastNodes) => {
    if (node.type === 'element') out.push(node)
    if ('children' in node) for (const child of node.children) visit(child as HastNodes)
  }
  visit(tree)
  return out
}

function textContent(tree: HastNodes): string {
  if (tree.type === 'text') return tree.value
  return 'children' in tree ? tree.children.map((c) => textContent(c as HastNodes)).join('') : ''
}

/** Every way the HTML could run script or load something; empty when safe. */
function dangers(html: string): string[] {
  const found: string[] = []
  if (/<script/i.test(html)) found.push('<script')
  if (/<iframe/i.test(html)) found.push('<iframe')
  if (/<math/i.test(html)) found.push('<math')
  if (/<svg/i.test(html)) found.push('<svg')
  if (/<style/i.test(html)) found.push('<style')
  if (/<img/i.test(html)) found.push('<img')
  // Text escapes every "<", so each raw "<" opens a tag: look for attributes only inside tags.
  const tags = html.match(/<[a-z][^<>]*>/gi) ?? []
  for (const tag of tags) {
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(`on… attribute in ${tag}`)
    if (/(href|src|cite)\s*=\s*["']?\s*(javascript|data|vbscript|file):/i.test(tag)) found.push(`unsafe URL in ${tag}`)
  }
  for (const el of elements(parse(html))) {
    if (['script', 'iframe', 'math', 'svg', 'style', 'img', 'object', 'embed', 'form', 'input'].includes(el.tagName)) found.push(`<${el.tagName}> element`)
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${name} on <${el.tagName}>`)
      if (/^(href|src|xLinkHref|action|formAction)$/i.test(name) && !isSafeHref(String(value))) found.push(`${name}=${String(value)} on <${el.tagName}>`)
    }
  }
  return found
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

function isSafeHref(value: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

describe('content_html is sanitized', () => {
  it.each(unsafeUrls)('a link to %j loses its href but keeps its text', (url) => {
    const entry = entryWith([{ type: 'paragraph', children: [text('Before '), { type: 'link', url, children: [text('the link text')] }, text(' after.')] }])
    const html = renderEntryHtml(entry, sampleSite)
    expect(dangers(html)).toEqual([])
    const links = elements(parse(html)).filter((el) => el.tagName === 'a' && textContent(el) === 'the link text')
    expect(links).toHaveLength(1)
    expect(links[0]!.properties.href).toBeUndefined()
    expect(textContent(parse(html))).toContain('Before the link text after.')
  })

  it.each(hostileTexts)('text %j stays text: escaped, not dropped, not markup', (payload) => {
    const entry = entryWith([{ type: 'paragraph', children: [text(`Say ${payload} now.`)] }])
    const html = renderEntryHtml(entry, sampleSite)
    expect(dangers(html)).toEqual([])
    // The reader sees the characters the editor typed.
    expect(textContent(parse(html))).toContain(`Say ${payload} now.`)
    // And they are escaped in the source, not removed.
    expect(html).toMatch(/(&#x3C;|&lt;|&#60;)(script|img|iframe|math|svg|a |style)/i)
  })

  it('escapes <script> in every place user text reaches the HTML (plain-text fields too)', () => {
    const entry = entryWith([{ type: 'paragraph', children: [text('fine')] }])
    const html = renderEntryHtml(entry, sampleSite)
    expect(dangers(html)).toEqual([])
    expect(html).toContain('&#x3C;script>alert(3)&#x3C;/script>')
    const visible = textContent(parse(html))
    for (const payload of ['<img src=x onerror=alert(2)>', '<script>alert(3)</script>', '<iframe src=x>', '<svg onload=alert(4)>', '<math><mi xlink:href="javascript:alert(5)">']) {
      expect(visible).toContain(payload)
    }
  })

  it('drops raw HTML nodes and refuses hast overrides smuggled in mdast data', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'html', value: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
        { type: 'paragraph', children: [text('a'), { type: 'html', value: '<iframe src=x></iframe>' }] },
        { type: 'paragraph', data: { hName: 'script' }, children: [text('alert(2)')] },
        { type: 'paragraph', data: { hName: 'iframe', hProperties: { src: 'https://evil.example.com' } }, children: [text('b')] },
        { type: 'paragraph', data: { hProperties: { onClick: 'alert(3)', style: 'position:fixed', id: 'main' } }, children: [text('c')] },
        { type: 'link', url: 'https://ok.example.com', data: { hProperties: { href: 'javascript:alert(4)', onMouseOver: 'alert(5)' } }, children: [text('d')] },
        { type: 'paragraph', children: [{ type: 'image', url: 'javascript:alert(6)', alt: 'x' }] },
        { type: 'blockquote', data: { hProperties: { cite: 'javascript:alert(7)' } }, children: [{ type: 'paragraph', children: [text('e')] }] },
        { type: 'paragraph', data: { hName: 'q', hProperties: { cite: 'JavaScript:alert(8)' } }, children: [text('f')] },
      ],
    } as unknown as Root
    const html = mdastToSafeHtml(tree)
    expect(dangers(html)).toEqual([])
    expect(html).not.toMatch(/style=/)
    // An id may stay only with the clobber prefix, so it cannot shadow the reader's globals.
    for (const el of elements(parse(html))) {
      if (el.properties.id !== undefined) expect(String(el.properties.id)).toMatch(/^career-/)
    }
  })

  it('keeps a link whose scheme is upper case (validation accepts it), lower-casing the scheme', () => {
    const entry = entryWith([{ type: 'paragraph', children: [{ type: 'link', url: 'HTTPS://Example.com/Path?Q=1', children: [text('shout')] }] }])
    expect(renderEntryHtml(entry, sampleSite)).toContain('<a href="https://Example.com/Path?Q=1">shout</a>')
  })

  it('keeps the formatting an editor can make', () => {
    const entry = entryWith([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [text('bold')] },
          { type: 'emphasis', children: [text('italic')] },
          { type: 'inlineCode', value: 'code' },
          { type: 'link', url: 'mailto:careers@example.com', children: [text('mail')] },
          { type: 'break' },
        ],
      },
      { type: 'list', ordered: true, start: 3, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('three')] }] }] },
    ])
    const html = renderEntryHtml(entry, sampleSite)
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<em>italic</em>')
    expect(html).toContain('<code>code</code>')
    expect(html).toContain('<a href="mailto:careers@example.com">mail</a>')
    expect(html).toContain('<br>')
    expect(html).toMatch(/<ol start="3">\s*<li>three<\/li>\s*<\/ol>/)
  })

  describe('for arbitrary entries (property)', () => {
    const unsafeLink = fc.tuple(fc.constantFrom(...unsafeUrls), fc.string()).map(([url, t]): PhrasingContent => ({ type: 'link', url, children: [text(t || 'x')] }))
    const hostileText = fc.oneof(fc.constantFrom(...hostileTexts), fc.string({ unit: 'binary', maxLength: 40 })).map(text)
    const hostileParagraph = fc.array(fc.oneof(unsafeLink, hostileText), { minLength: 1, maxLength: 4 }).map((children): RootContent => ({ type: 'paragraph', children }))

    /** Generated entries, some with hostile paragraphs slipped into their rich text. */
    const entries = fc.tuple(careerPath, fc.array(hostileParagraph, { maxLength: 3 })).map(([entry, extra]) => ({
      ...entry,
      definition: { type: 'root', children: [...entry.definition.children, ...extra] } as Root,
    }))

    it('content_html has no on… attribute and every href is http, https or mailto', () => {
      fc.assert(
        fc.property(entries, (entry) => {
          const html = renderEntryHtml(entry, sampleSite)
          const tree = parse(html)
          for (const el of elements(tree)) {
            for (const name of Object.keys(el.properties)) expect(name.toLowerCase().startsWith('on'), `${name} on <${el.tagName}>`).toBe(false)
            if (el.properties.href !== undefined) expect(isSafeHref(String(el.properties.href)), String(el.properties.href)).toBe(true)
            expect(['script', 'iframe', 'math', 'svg', 'style', 'img']).not.toContain(el.tagName)
          }
          expect(dangers(html)).toEqual([])
        }),
      )
    })

    it('every safe link in the entry is a working link in the HTML', () => {
      fc.assert(
        fc.property(careerPath, (entry) => {
          const expected: string[] = []
          const collect = (node: { type: string; url?: string; children?: unknown[] }) => {
            if (node.type === 'link') expected.push(node.url!)
            for (const child of node.children ?? []) collect(child as typeof node)
          }
          for (const field of [entry.definition, entry.whatTheyDo, entry.workEnvironment, entry.workingConditions, entry.difficulty, entry.outlook, ...entry.faqs.map((f) => f.answer)]) {
            if (field) collect(field)
          }
          const hrefs = elements(parse(renderEntryHtml(entry, sampleSite)))
            .filter((el) => el.tagName === 'a')
            .map((el) => String(el.properties.href))
          const related = entry.related.map((slug) => `${sampleSite.baseUrl}/career-paths/${slug}`)
          // Compare as URLs: the HTML may percent-encode what the editor typed (| → %7C).
          const same = (u: string) => new URL(safeDecode(u)).href
          expect(hrefs.map(same)).toEqual([...expected, ...related].map(same))
        }),
      )
    })
  })
})
