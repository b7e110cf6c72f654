import { problem, type RichText, type VFileMessage } from '@careers/career-path'
import type { Heading, RootContent } from 'mdast'
import { plainText } from './plain-text.js'
import type { SectionBlock } from './split-sections.js'

type Lines = Record<string, number>

/**
 * The value of one section, read from its blocks: rich text, a list of
 * responsibilities, headed items (specializations, FAQs) or related links.
 * `undefined` for an optional rich-text section left empty (reported).
 */
export function readSectionBody(section: SectionBlock, issues: VFileMessage[], lines: Lines): unknown {
  const { spec, blocks } = section
  switch (spec.key) {
    case 'responsibilities':
      return listItems(section, issues, lines).map((item, i) => {
        lines[`responsibilities[${i}]`] = line(item)
        return plainText(item, 'a responsibility', issues)
      })
    case 'related':
      return relatedSlugs(section, issues, lines)
    case 'specializations':
      return headedItems(section, issues).map(({ heading, blocks }, i) => {
        lines[`specializations[${i}]`] = lines[`specializations[${i}].name`] = line(heading)
        if (blocks.length > 1) error(issues, blocks[1]!, 'a specialization description is one paragraph')
        const description = blocks[0]
        if (description) lines[`specializations[${i}].description`] = line(description)
        return {
          name: plainText(heading, 'a specialization name', issues),
          description: description ? plainText(description, 'a specialization description', issues) : '',
        }
      })
    case 'faqs':
      return headedItems(section, issues).map(({ heading, blocks }, i) => {
        lines[`faqs[${i}]`] = lines[`faqs[${i}].question`] = line(heading)
        lines[`faqs[${i}].answer`] = blocks[0] ? line(blocks[0]) : line(heading)
        return { question: plainText(heading, 'a question', issues), answer: root(blocks) }
      })
    default:
      if (blocks.length === 0 && !spec.required) {
        issues.push(problem(`section "${spec.heading('…')}" is empty`, { rule: 'empty-section', severity: 'warning', line: line(section.heading) }))
        return undefined
      }
      return root(blocks)
  }
}

function root(blocks: RootContent[]): RichText {
  return { type: 'root', children: blocks }
}

function line(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1
}

function error(issues: VFileMessage[], node: RootContent, message: string) {
  issues.push(problem(message, { rule: 'section-structure', line: line(node) }))
}

function listItems(section: SectionBlock, issues: VFileMessage[], lines: Lines) {
  const [list, ...rest] = section.blocks
  for (const extra of rest) error(issues, extra, `"${section.spec.heading('…')}" holds one bullet list and nothing else`)
  if (list?.type !== 'list') {
    if (list) error(issues, list, `"${section.spec.heading('…')}" must be a bullet list (- item)`)
    return []
  }
  lines[section.spec.key] = line(list)
  return list.children.map((item) => {
    if (item.children.some((c) => c.type !== 'paragraph')) error(issues, item, 'a list item here holds one line of text, no nested list')
    return item
  })
}

function headedItems(section: SectionBlock, issues: VFileMessage[]) {
  const items: { heading: Heading; blocks: RootContent[] }[] = []
  for (const block of section.blocks) {
    if (block.type === 'heading' && block.depth === 3) items.push({ heading: block, blocks: [] })
    else if (items.length) items[items.length - 1]!.blocks.push(block)
    else error(issues, block, `text before the first "### …" heading of "${section.spec.heading('…')}"`)
  }
  return items
}

function relatedSlugs(section: SectionBlock, issues: VFileMessage[], lines: Lines): string[] {
  const slugs: string[] = []
  for (const item of listItems(section, issues, lines)) {
    const paragraph = item.children[0]
    const link = paragraph?.type === 'paragraph' && paragraph.children.length === 1 ? paragraph.children[0] : undefined
    const slug = link?.type === 'link' ? /^(?:\.\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(link.url)?.[1] : undefined
    if (!slug) {
      error(issues, item, 'a related entry is a link to its file: - [Frontend Developer](frontend-developer.md)')
      continue
    }
    // Keyed by the slug's place in `related`, which skips the items in error.
    lines[`related[${slugs.length}]`] = line(item)
    slugs.push(slug)
  }
  return slugs
}
