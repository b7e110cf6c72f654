import type { CareerPath } from '@careers/career-path'
import type { Root } from 'mdast'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { careerPathToMdast } from '../markdown/entry-to-mdast.js'
import { entryUrls, type SiteSettings } from '../site.js'

/**
 * GitHub's sanitize schema, narrowed: links only to http, https and mailto, no
 * images, no ids that could clobber a reader's page. Applied to every HTML we
 * publish, whatever the model's validation already refused.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { href: ['http', 'https', 'mailto'] },
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'picture', 'source', 'input'].includes(t)),
  clobberPrefix: 'career-',
}

const htmlProcessor = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze()

/** Sanitized HTML of any mdast tree. */
export function mdastToSafeHtml(tree: Root): string {
  return htmlProcessor.stringify(htmlProcessor.runSync(tree))
}

/** The entry's body as sanitized HTML, related entries linking to their public pages. */
export function renderEntryHtml(
  entry: CareerPath,
  site: Pick<SiteSettings, 'baseUrl'>,
  relatedTitles: Record<string, string> = {},
): string {
  const tree = careerPathToMdast(entry, {
    frontMatter: false,
    relatedTitles,
    relatedUrl: (slug) => entryUrls(site, slug).page,
  })
  // The feed item carries the title itself; the body starts at the first section.
  tree.children.shift()
  return mdastToSafeHtml(tree)
}
