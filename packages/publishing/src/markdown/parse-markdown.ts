import {
  defaultLocale,
  excerpt,
  isError,
  headingPattern,
  headingText,
  inFieldOrder,
  localeFormNames,
  locales,
  missingForms,
  normalizeRichText,
  placed,
  problem,
  sections,
  validateCareerPath,
  type CareerPath,
  type HeadingKey,
  type Locale,
  type RichText,
  type SectionKey,
  type TitleNames,
  type VFileMessage,
} from '@careers/career-path'
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { markdownProcessor } from './processor.js'
import { readSectionBody } from './read-section-body.js'
import { frontMatterKeys } from './front-matter.js'
import { readFrontMatter } from './read-front-matter.js'
import { splitSections } from './split-sections.js'

export interface ParsedMarkdown {
  /** The entry, when the file has no errors (warnings allowed). */
  entry: CareerPath | undefined
  /** Every problem, at its line (no file: the caller knows it), sorted by line. */
  issues: VFileMessage[]
  /** Line of each field in the file (`slug`, `related[2]`, `faqs[0].answer` …). */
  lines: Record<string, number>
  /** What could be read, unchecked: checks across files still need the slug and links of a broken file. */
  draft: Record<string, unknown>
}

export interface ParseOptions {
  /** The file's locale (its folder says it): its headings are read, and the entry carries it. Default `en`. */
  locale?: Locale
}

/**
 * Canonical Markdown → entry. Every problem is an issue at its line; nothing in
 * the file is dropped without one. `parseMarkdown(renderMarkdown(e), { locale: e.locale }).entry`
 * deep-equals `e`.
 */
export function parseMarkdown(markdown: string, options: ParseOptions = {}): ParsedMarkdown {
  const locale = options.locale ?? defaultLocale
  const issues: VFileMessage[] = []
  const tree = markdownProcessor.parse(markdown)
  const body: RootContent[] = [...tree.children]
  const draft: Record<string, unknown> = {}
  const lines: Record<string, number> = {}

  const yaml = body[0]?.type === 'yaml' ? body.shift() : undefined
  // Front-matter keys whose problem is already said (a syntax error says it for all of them).
  let reported = new Set<string>(frontMatterKeys)
  if (yaml?.type === 'yaml') {
    const frontMatter = readFrontMatter(yaml.value, yaml.position?.start.line ?? 1, issues)
    reported = frontMatter.reported
    Object.assign(draft, frontMatter.data)
    Object.assign(lines, frontMatter.lines)
  } else {
    issues.push(problem('missing front matter: the file must start with --- title: … slug: … ---', { rule: 'missing-front-matter', line: 1 }))
  }

  const names: TitleNames | undefined = typeof draft.title === 'string' ? { title: draft.title, ...(isTextMap(draft.forms) ? { forms: draft.forms } : {}) } : undefined
  const first = body[0]
  const titleLine = first?.position?.start.line ?? 1
  if (first?.type === 'heading' && first.depth === 1) {
    body.shift()
    const expected = names ? headingText(locale, 'page', names) : undefined
    if (expected && toString(first) !== expected) {
      issues.push(problem(`page title should read "# ${excerpt(expected)}"`, { rule: 'page-title', severity: 'warning', line: titleLine }))
    }
  } else {
    issues.push(problem(`missing page title: "# ${headingPattern(locale, 'page').replace('…', '<Title>')}" after the front matter`, { rule: 'missing-page-title', severity: 'warning', line: titleLine }))
  }

  draft.specializations = []
  draft.faqs = []
  draft.related = []
  const present = new Set<SectionKey>()
  for (const section of splitSections(body, names, issues, locale)) {
    present.add(section.spec.key)
    lines[section.spec.key] = section.heading.position?.start.line ?? 1
    const value = readSectionBody(section, issues, lines)
    if (value !== undefined) draft[section.spec.key] = value
  }

  for (const spec of sections) {
    if (present.has(spec.key)) continue
    const heading = names ? headingText(locale, spec.key, names) : locale === defaultLocale ? spec.heading('…') : headingPattern(locale, spec.key)
    issues.push(problem(`missing section "${'#'.repeat(spec.depth)} ${excerpt(heading)}"`, { rule: 'missing-section', severity: spec.required ? 'error' : 'warning', line: titleLine }))
  }

  if (names) checkForms(locale, present, names, lines, titleLine, issues)
  if (locale !== defaultLocale) draft.locale = locale

  const result = validateCareerPath(draft)
  if (!result.ok) {
    for (const issue of result.issues) {
      const field = issue.field ?? ''
      const key = field.split(/[.[]/)[0] as SectionKey
      if (sections.some((s) => s.key === key) && !present.has(key)) continue // reported as a missing section
      if (reported.has(key)) continue
      issues.push(placed(issue, { line: issue.line ?? lineOf(field, lines) }))
    }
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  const entry = issues.some(isError) || !result.ok ? undefined : toEntry(result.value)
  return { entry, issues, lines, draft }
}

/**
 * Forms of the title: every one the headings of this file need is given, and
 * none the locale's headings never use (a typo would otherwise go unnoticed).
 */
function checkForms(locale: Locale, present: Set<SectionKey>, names: TitleNames, lines: Record<string, number>, titleLine: number, issues: VFileMessage[]) {
  const keys: HeadingKey[] = ['page', ...sections.filter((s) => present.has(s.key)).map((s) => s.key)]
  if (sections.some((s) => s.depth === 3 && present.has(s.key))) keys.push('life')
  const line = lines.forms ?? lines.title ?? titleLine
  for (const { form, heading } of missingForms(locale, keys, names.forms)) {
    issues.push(problem(`forms.${form} is missing: the ${locales[locale].name} heading "${heading}" needs the title in that form (front matter: forms: { ${form}: … })`, { rule: 'missing-form', line }))
  }
  const known = localeFormNames(locale)
  for (const form of Object.keys(names.forms ?? {})) {
    if (known.includes(form)) continue
    const uses = known.length ? `they use ${known.join(', ')}` : 'they need none'
    issues.push(problem(`forms.${excerpt(form)}: no ${locales[locale].name} heading uses this form (${uses})`, { rule: 'unknown-form', line: lines[`forms.${form}`] ?? line }))
  }
}

function isTextMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string')
}

function lineOf(path: string, lines: Record<string, number>): number {
  for (let p = path; p; p = p.replace(/(\.[^.[]*|\[\d+\])$/, '')) {
    const found = lines[p]
    if (found !== undefined) return found
    if (!/[.[]/.test(p)) break
  }
  return 1
}

/** The valid entry as the model holds it: its rich text normalized, its keys in the model's order. */
function toEntry(valid: CareerPath): CareerPath {
  const normal = (tree: RichText | undefined) => tree && normalizeRichText(tree)
  return inFieldOrder({
    ...valid,
    definition: normalizeRichText(valid.definition),
    whatTheyDo: normalizeRichText(valid.whatTheyDo),
    workEnvironment: normal(valid.workEnvironment),
    workingConditions: normal(valid.workingConditions),
    difficulty: normal(valid.difficulty),
    outlook: normal(valid.outlook),
    faqs: valid.faqs.map((f) => ({ question: f.question, answer: normalizeRichText(f.answer) })),
  })
}
