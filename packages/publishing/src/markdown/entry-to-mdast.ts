import { entryHeadings, entryPageTitle, type CareerPath, type SectionSpec } from '@careers/career-path'
import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast'
import { frontMatterYaml } from './front-matter.js'

export interface EntryToMdastOptions {
  /** Titles of related entries by slug; a slug without one is shown as the slug. */
  relatedTitles?: Record<string, string>
  /** Where a related entry's link points; the canonical files link `<slug>.md`. */
  relatedUrl?: (slug: string) => string
  /** Leave out the YAML front matter (for HTML and other non-file uses). */
  frontMatter?: boolean
  /** Leave out the page title (`# … Career Path`), for a page or feed item that shows the title itself. */
  pageTitle?: boolean
}

/**
 * The whole entry as one mdast tree in the seed's structure: front matter, the
 * page title, then every section the entry has. User text goes in as `text`
 * nodes only, so serializing escapes it instead of reading it as markup.
 */
export function careerPathToMdast(entry: CareerPath, options: EntryToMdastOptions = {}): Root {
  const children: RootContent[] = []
  if (options.frontMatter !== false) children.push({ type: 'yaml', value: frontMatterYaml(entry) })
  if (options.pageTitle !== false) children.push(heading(1, entryPageTitle(entry)))
  for (const { depth, text: title, spec } of entryHeadings(entry)) {
    children.push(heading(depth, title))
    if (spec) children.push(...sectionBody(entry, spec, options))
  }
  return { type: 'root', children }
}

/** What a section shows under its heading, as mdast (the PDF handout draws these too). */
export function sectionBody(entry: CareerPath, spec: SectionSpec, options: EntryToMdastOptions = {}): RootContent[] {
  switch (spec.key) {
    case 'responsibilities':
      return [bulletList(entry.responsibilities.map((r) => [text(r)]))]
    case 'specializations':
      return entry.specializations.flatMap((s) => [heading(3, s.name), paragraph(s.description)])
    case 'faqs':
      return entry.faqs.flatMap((f) => [heading(3, f.question), ...structuredClone(f.answer.children)])
    case 'related':
      return [bulletList(entry.related.map((slug) => [{ type: 'link', url: options.relatedUrl?.(slug) ?? `${slug}.md`, children: [text(relatedTitle(options.relatedTitles, slug))] }]))]
    default: {
      const tree = entry[spec.key]
      return tree ? structuredClone(tree.children) : []
    }
  }
}

/** A related entry's title, or its slug; own keys only, so a slug like `constructor` is never an Object method. */
export function relatedTitle(titles: Record<string, string> | undefined, slug: string): string {
  return (titles && Object.hasOwn(titles, slug) && titles[slug]) || slug
}

function heading(depth: 1 | 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] }
}

function paragraph(value: string): RootContent {
  return { type: 'paragraph', children: [text(value)] }
}

function text(value: string): PhrasingContent & { type: 'text' } {
  return { type: 'text', value }
}

/** A tight bullet list, one item per line of phrasing content. */
function bulletList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  }
}
