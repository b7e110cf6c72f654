import {
  hasSection,
  lifeHeading,
  pageTitle,
  sections,
  type CareerPath,
  type SectionSpec,
} from '@careers/career-path'
import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast'
import { frontMatterYaml } from './front-matter.js'

export interface EntryToMdastOptions {
  /** Titles of related entries by slug; a slug without one is shown as the slug. */
  relatedTitles?: Record<string, string>
  /** Where a related entry's link points; the canonical files link `<slug>.md`. */
  relatedUrl?: (slug: string) => string
  /** Leave out the YAML front matter (for HTML and other non-file uses). */
  frontMatter?: boolean
}

/**
 * The whole entry as one mdast tree in the seed's structure: front matter, the
 * page title, then every section the entry has. User text goes in as `text`
 * nodes only, so serializing escapes it instead of reading it as markup.
 */
export function careerPathToMdast(entry: CareerPath, options: EntryToMdastOptions = {}): Root {
  const children: RootContent[] = [heading(1, pageTitle(entry.title))]
  if (options.frontMatter !== false) children.unshift({ type: 'yaml', value: frontMatterYaml(entry) })
  let lifeOpened = false
  for (const spec of sections) {
    if (!hasSection(entry, spec.key)) continue
    if (spec.depth === 3 && !lifeOpened) {
      children.push(heading(2, lifeHeading(entry.title)))
      lifeOpened = true
    }
    children.push(heading(spec.depth, spec.heading(entry.title)), ...sectionBody(entry, spec, options))
  }
  return { type: 'root', children }
}

function sectionBody(entry: CareerPath, spec: SectionSpec, options: EntryToMdastOptions): RootContent[] {
  switch (spec.key) {
    case 'responsibilities':
      return [bulletList(entry.responsibilities.map((r) => [text(r)]))]
    case 'specializations':
      return entry.specializations.flatMap((s) => [heading(3, s.name), paragraph(s.description)])
    case 'faqs':
      return entry.faqs.flatMap((f) => [heading(3, f.question), ...structuredClone(f.answer.children)])
    case 'related':
      return [
        bulletList(
          entry.related.map((slug) => [
            { type: 'link', url: options.relatedUrl?.(slug) ?? `${slug}.md`, children: [text(options.relatedTitles?.[slug] ?? slug)] },
          ]),
        ),
      ]
    default: {
      const tree = entry[spec.key]
      return tree ? structuredClone(tree.children) : []
    }
  }
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

/** A tight bullet list, one item per line of phrasing content (the PDF draws responsibilities with it too). */
export function bulletList(items: PhrasingContent[][]): List {
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
