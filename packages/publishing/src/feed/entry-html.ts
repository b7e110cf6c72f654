import { isSafeUrl, safeLinkProtocols, type CareerPath } from '@careers/career-path'
import type { Nodes as HastNodes } from 'hast'
import type { Root } from 'mdast'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { careerPathToMdast } from '../markdown/entry-to-mdast.js'
import { entryUrls, type SiteSettings } from '../site.js'

/**
 * GitHub's sanitize schema, narrowed: links only to the model's safe protocols
 * (its checks of `cite` and `src` kept), no images, no ids that could clobber a
 * reader's page. Applied to every HTML we publish, whatever validation already refused.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: safeLinkProtocols.map((p) => p.slice(0, -1)) },
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'picture', 'source', 'input'].includes(t)),
  clobberPrefix: 'career-',
}

/**
 * Links keep their href only when it is an absolute http, https or mailto URL
 * (what validation allows): rehype-sanitize alone lets relative and
 * protocol-relative hrefs through and refuses an upper-case scheme
 * (`HTTPS://…`) that validation accepts, so schemes are lower-cased first.
 */
function rehypeAbsoluteLinks() {
  const visit = (node: HastNodes): void => {
    if (node.type === 'element' && node.tagName === 'a' && 'href' in node.properties) {
      const href = node.properties.href
      if (typeof href === 'string' && isSafeUrl(href.trim())) {
        node.properties.href = href.trim().replace(/^[a-z]+:/i, (scheme) => scheme.toLowerCase())
      } else {
        delete node.properties.href
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  return visit
}

const htmlProcessor = unified().use(remarkRehype).use(rehypeAbsoluteLinks).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze()

/** Sanitized HTML of any mdast tree. */
export function mdastToSafeHtml(tree: Root): string {
  return htmlProcessor.stringify(htmlProcessor.runSync(tree))
}

/** The entry's body as sanitized HTML, related entries linking to their public pages. */
export function renderEntryHtml(entry: CareerPath, site: Pick<SiteSettings, 'baseUrl' | 'locale'>, relatedTitles: Record<string, string> = {}): string {
  // The feed item carries the title itself; the body starts at the first section.
  const tree = careerPathToMdast(entry, {
    frontMatter: false,
    pageTitle: false,
    relatedTitles,
    relatedUrl: (slug) => entryUrls(site, slug).page,
  })
  return mdastToSafeHtml(tree)
}
