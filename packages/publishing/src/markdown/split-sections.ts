import { defaultLocale, excerpt, headingMatcher, headingPattern, headingText, type Locale, type TitleNames } from '@careers/career-path'
import { lifeMatch, lifeSections, problem, sections, type SectionSpec, type VFileMessage } from '@careers/career-path'
import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

export interface SectionBlock {
  spec: SectionSpec
  heading: Heading
  blocks: RootContent[]
}

/** How headings of a locale are told apart: the exact heading for this title, else one that reads like it. */
interface HeadingReader {
  isLife: (text: string) => boolean
  exact: (spec: SectionSpec) => string | undefined
  matches: (spec: SectionSpec, text: string) => boolean
  pattern: (spec: SectionSpec) => string
}

/** English keeps the seed's own, more forgiving patterns ("What does a … do?" with or without "?"). */
function headingReader(locale: Locale, names: TitleNames | undefined): HeadingReader {
  if (locale === defaultLocale) {
    return {
      isLife: (text) => lifeMatch.test(text),
      exact: (spec) => (names ? spec.heading(names.title) : undefined),
      matches: (spec, text) => spec.match.test(text),
      pattern: (spec) => spec.heading('…'),
    }
  }
  return {
    isLife: (text) => (names !== undefined && text === headingText(locale, 'life', names)) || headingMatcher(locale, 'life').test(text),
    exact: (spec) => (names ? headingText(locale, spec.key, names) : undefined),
    matches: (spec, text) => headingMatcher(locale, spec.key).test(text),
    pattern: (spec) => headingPattern(locale, spec.key),
  }
}

/**
 * Splits the body (everything after the page title) at its section headings,
 * read in the file's locale. A heading that names no known section, a section
 * given twice, or text outside any section is an issue at its line; its content is not guessed at.
 */
export function splitSections(body: RootContent[], names: TitleNames | string | undefined, issues: VFileMessage[], locale: Locale = defaultLocale): SectionBlock[] {
  const reader = headingReader(locale, typeof names === 'string' ? { title: names } : names)
  const found: SectionBlock[] = []
  let current: SectionBlock | undefined
  let inLife = false
  let outside = false
  const error = (node: RootContent, message: string) => issues.push(problem(message, { rule: 'section-structure', line: node.position?.start.line ?? 1 }))

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
    const candidates = node.depth === 2 ? sections.filter((s) => s.depth === 2) : lifeSections
    // The exact heading for this title first, so a title that reads like another heading can't mislead.
    const exact = candidates.find((s) => reader.exact(s) === title)
    if (node.depth === 2 && !exact && reader.isLife(title)) {
      inLife = true
      current = undefined
      outside = false
      continue
    }
    const spec = exact ?? candidates.find((s) => reader.matches(s, title))
    if (node.depth === 2) inLife = false
    if (!spec) {
      if (node.depth === 3 && current) {
        // Not a life section: part of the current section's text, where validation names it.
        current.blocks.push(node)
        continue
      }
      const known = candidates.map((s) => reader.pattern(s)).join(' · ')
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
