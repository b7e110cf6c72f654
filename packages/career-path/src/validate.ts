import { z } from 'zod'
import { richTextFields, type CareerPath } from './career-path.js'
import { limits } from './limits.js'
import { localeCodes, type Locale } from './locales/index.js'
import { isEmptyRichText } from './rich-text.js'
import { slugPattern } from './slug.js'
import { problem, type VFileMessage } from './problem.js'
import { richTextSize, validateRichText, type RichTextSize } from './validate-rich-text.js'

const richText = (required: boolean) =>
  z.custom<CareerPath['definition']>().superRefine((tree, ctx) => {
    if (required && isEmptyRichText(tree)) {
      ctx.addIssue({ code: 'custom', message: 'is required and must not be empty', params: { rule: 'required' } })
      return
    }
    // zod knows the field's path; the check's rule and line ride along to `validateCareerPath`.
    for (const issue of validateRichText(tree, '')) {
      ctx.addIssue({ code: 'custom', message: issue.reason, params: { rule: issue.ruleId, line: issue.line } })
    }
  })

/** A string field's message when it is absent or not a string. */
const requiredString = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })

const text = (max: number) =>
  requiredString()
    .refine((s) => s.trim() !== '', 'must not be empty')
    .refine((s) => s.length <= max, `must be at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line')

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'must be a date (YYYY-MM-DD) or an RFC 3339 date-time')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date')

export const careerPathSchema = z.object({
  id: text(200).optional(),
  title: text(limits.title),
  slug: requiredString().max(limits.slug, `must be at most ${limits.slug} characters`).regex(slugPattern, 'must be lowercase letters and digits in words joined by single hyphens, e.g. backend-developer'),
  definition: richText(true),
  whatTheyDo: richText(true),
  responsibilities: z.array(text(limits.shortText)).min(1, 'needs at least one responsibility').max(limits.responsibilities, `may hold at most ${limits.responsibilities} responsibilities`),
  specializations: z.array(z.object({ name: text(limits.shortText), description: text(limits.specializationDescription) })).max(limits.specializations, `may hold at most ${limits.specializations} specializations`),
  workEnvironment: richText(false).optional(),
  workingConditions: richText(false).optional(),
  difficulty: richText(false).optional(),
  outlook: richText(false).optional(),
  faqs: z.array(z.object({ question: text(limits.questionText), answer: richText(true) })).max(limits.faqs, `may hold at most ${limits.faqs} FAQs`),
  related: z.array(z.string().regex(slugPattern, 'must be the slug of another entry')).max(limits.related, `may link at most ${limits.related} entries`),
  tags: z.array(text(limits.tag)).max(limits.tags, `may hold at most ${limits.tags} tags`).optional(),
  occupationCode: z
    .string()
    .regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code like 15-1252.00')
    .optional(),
  published: date.optional(),
  updated: date.optional(),
  locale: z.enum(localeCodes as [Locale, ...Locale[]], { error: `must be one of the locales: ${localeCodes.join(', ')}` }).optional(),
  forms: z.record(z.string(), text(limits.title)).optional(),
  translation: z.object({ sourceRevision: z.string().regex(/^[0-9a-f]{8,64}$/, 'must be a revision: the hex digits careers lint prints') }).optional(),
})

export type ValidationResult = { ok: true; value: CareerPath } | { ok: false; issues: VFileMessage[] }

/**
 * Checks an entry against the model. Every problem is an error naming its
 * `field` (`faqs[2].answer`) and saying what is wrong of it; rich text
 * problems carry the source line when the tree has positions.
 */
export function validateCareerPath(input: unknown): ValidationResult {
  const result = careerPathSchema.safeParse(input)
  const issues: VFileMessage[] = []
  if (!result.success) {
    for (const issue of result.error.issues) {
      const params = (issue as { params?: { line?: number; rule?: string } }).params
      issues.push(problem(issue.message, { rule: params?.rule ?? ruleOf(issue.code), field: formatPath(issue.path), line: params?.line }))
    }
  }
  const entry = input as Partial<CareerPath> | undefined
  if (entry?.slug && entry.related?.includes(entry.slug)) {
    issues.push(problem('an entry cannot be related to itself', { rule: 'self-link', field: 'related' }))
  }
  if (entry?.related && new Set(entry.related).size !== entry.related.length) {
    issues.push(problem('lists the same entry twice', { rule: 'duplicate-link', field: 'related' }))
  }
  issues.push(...entrySizeIssues(entry))
  return issues.length ? { ok: false, issues } : { ok: true, value: input as CareerPath }
}

const entryLimits: [keyof RichTextSize, number, string][] = [
  ['characters', limits.entryRichTextCharacters, 'characters of rich text'],
  ['blocks', limits.richTextBlocks, 'paragraphs, list items and line breaks'],
  ['runs', limits.richTextRuns, 'runs of text (each stretch of plain, bold, italic or code text, and each link, counts)'],
]

/**
 * The limits on all of an entry's rich text together, each reported at the
 * field holding the most of it, the one to shorten first.
 */
function entrySizeIssues(entry: Partial<CareerPath> | undefined): VFileMessage[] {
  if (!entry || typeof entry !== 'object') return []
  const fields: [string, RichTextSize][] = [
    ...richTextFields.map((field) => [field, richTextSize(entry[field])] as [string, RichTextSize]),
    ...(Array.isArray(entry.faqs) ? entry.faqs : []).map((faq, i) => [`faqs[${i}].answer`, richTextSize(faq?.answer)] as [string, RichTextSize]),
  ]
  const issues: VFileMessage[] = []
  for (const [measure, limit, what] of entryLimits) {
    const total = fields.reduce((sum, [, size]) => sum + size[measure], 0)
    if (total <= limit) continue
    const [path, size] = fields.reduce((most, field) => (field[1][measure] > most[1][measure] ? field : most))
    const n = (value: number) => value.toLocaleString('en-US')
    issues.push(problem(`holds ${n(size[measure])} of the entry's ${n(total)} ${what}; an entry may have at most ${n(limit)}`, { rule: 'entry-size', field: path }))
  }
  return issues
}

/** A schema check's rule, named for what zod found (`invalid-type`, `too-big`, `invalid-format` …). */
function ruleOf(code: string): string {
  return code === 'custom' ? 'invalid-value' : code.replaceAll('_', '-')
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(entry)'
}
