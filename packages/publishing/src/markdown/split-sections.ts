import { excerpt } from '@careers/career-path'
import { lifeMatch, lifeSections, sections, type SectionSpec } from '@careers/career-path'
import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { SourceIssue } from './issue.js'

export interface SectionBlock {
  spec: SectionSpec
  heading: Heading
  blocks: RootContent[]
}

/**
 * Splits the body (everything after the page title) at its section headings.
 * A heading that names no known section, a section given twice, or text outside
 * any section is an issue at its line; its content is not guessed at.
 */
export function splitSections(body: RootContent[], entryTitle: string | undefined, issues: SourceIssue[]): SectionBlock[] {
  const found: SectionBlock[] = []
  let current: SectionBlock | undefined
  let inLife = false
  let outside = false
  const error = (node: RootContent, message: string) => issues.push({ line: node.position?.start.line ?? 1, message, severity: 'error' })

  for (const node of body) {
    const isGroupHeading = node.type === 'heading' && (node.depth === 2 || (node.depth === 3 && inLife))
    if (!isGroupHeading) {
      if (current) current.blocks.push(node)
      else if (!outside) {
        outside = true
        error(node, node.type === 'heading' && node.depth === 1 ? 'only one page title (# …) is allowed' : 'text outside any section (it must follow a ## section heading)')
      }
      continue
    }
    const title = toString(node)
    if (node.depth === 2 && lifeMatch.test(title)) {
      inLife = true
      current = undefined
      outside = false
      continue
    }
    const candidates = node.depth === 2 ? sections.filter((s) => s.depth === 2) : lifeSections
    // The exact heading for this title first, so a title that reads like another heading can't mislead.
    const spec = candidates.find((s) => entryTitle !== undefined && s.heading(entryTitle) === title) ?? candidates.find((s) => s.match.test(title))
    if (node.depth === 2) inLife = false
    if (!spec) {
      if (node.depth === 3 && current) {
        // Not a life section: part of the current section's text, where validation names it.
        current.blocks.push(node)
        continue
      }
      const known = candidates.map((s) => s.heading('…')).join(' · ')
      error(node, `unknown section "${excerpt(title)}"; sections here are: ${known}`)
      current = undefined
      outside = true
      continue
    }
    if (found.some((f) => f.spec === spec)) {
      error(node, `section "${excerpt(title)}" appears twice`)
      current = undefined
      outside = true
      continue
    }
    current = { spec, heading: node, blocks: [] }
    outside = false
    found.push(current)
  }
  return found
}
