import { isDeepStrictEqual } from 'node:util'
import { defaultLocale, isError, locales, problem, type CareerPath } from '@careers/career-path'
import { contentLocales, readContent } from '@careers/publishing/build'
import type { Payload } from 'payload'
import { careerPathsSlug } from '../collections/slugs'
import { documentToEntry, entryToDocumentData, type CareerPathData } from '../entries/document-entry'
import { publishedDocuments } from '../entries/load-entries'
import { lineOf, problemsOf, type Fail } from './import-checks'

type EntryOutline = Awaited<ReturnType<typeof readContent>>['outlines'][number]

/** What the import knows once the default locale's files are in. */
export interface TranslationSources {
  /** The default locale's files, read and checked: what lint checks translations against. */
  outlines: readonly EntryOutline[]
  /** The entry at `slug` as the CMS now holds it: its id and the fields every locale shares; undefined when it has none. */
  entry: (slug: string) => SharedFields | undefined
}

/** What every locale of an entry shares (slugs for related entries). */
export interface SharedFields {
  id: number | string
  tags: string[]
  occupationCode: string | undefined
  related: string[]
}

export interface TranslationReport {
  /** `es/backend-developer`: published in that locale for the first time. */
  created: string[]
  updated: string[]
  unchanged: string[]
}

/** Fields every locale of an entry shares: a translation file repeats them, the English entry holds them. */
const sharedFields = ['slug', 'related', 'tags', 'occupationCode', 'feedId'] as const satisfies readonly (keyof CareerPathData)[]

/**
 * `content/<locale>/career-paths/*.md` → each entry's text in that locale,
 * published in that locale alone (as `PATCH …?locale=es` publishes it).
 * A translation is checked as `careers lint` checks it (its sections match its
 * source's, its slug is an English entry's) and against the entry it
 * translates: tags and occupation code are the English entry's, and its
 * related links are among the English entry's (the ones published in the
 * locale). A file with any error is reported at its line and not imported;
 * the others are. Unchanged translations are left alone. The revision a file
 * records (`translation.source_revision`) is stored as it is, stale or not.
 */
export async function importTranslations(payload: Payload, contentDir: string, sources: TranslationSources, fail: Fail, log: (line: string) => void): Promise<TranslationReport> {
  const report: TranslationReport = { created: [], updated: [], unchanged: [] }
  const outlines = new Map(sources.outlines.map((o) => [o.slug, o]))
  for (const locale of await contentLocales(contentDir)) {
    if (locale === defaultLocale) continue
    const content = await readContent(contentDir, locale, outlines)
    content.issues.filter(isError).forEach(fail)
    const published = new Map((await publishedDocuments({ payload, locale })).map((d) => [d.slug ?? '', d]))
    const slugOf = new Map([...published.values()].map((d) => [String(d.id), d.slug ?? '']))
    for (const { file, entry } of content.entries) {
      const name = `${locale}/${entry.slug}`
      const doc = sources.entry(entry.slug)
      if (!doc) {
        const source = locales[defaultLocale].name
        fail(problem(`the ${source} entry "${entry.slug}" is not imported, so its translation is not imported either`, { rule: 'translation-source', file, line: lineOf(file, 'slug', locale) }))
        continue
      }
      const mismatch = sharedMismatch(entry, doc)
      if (mismatch) {
        fail(problem(mismatch.message, { rule: 'translation-shared-fields', file, line: lineOf(file, mismatch.field, locale), field: mismatch.field }))
        continue
      }
      const current = published.get(entry.slug)
      if (
        current &&
        isDeepStrictEqual(
          documentToEntry(current, (id) => slugOf.get(String(id)), locale),
          entry,
        )
      ) {
        report.unchanged.push(name)
        continue
      }
      try {
        await payload.update({
          collection: careerPathsSlug,
          id: doc.id,
          locale,
          data: { ...localizedData(entry), _status: 'published' },
          overrideAccess: true,
          context: { keepDates: true, keepTranslationSource: true },
        })
        ;(current ? report.updated : report.created).push(name)
        log(`${current ? 'updated' : 'created'} ${name}`)
      } catch (error) {
        problemsOf(error, file, (field) => (field ? lineOf(file, field, locale) : 1)).forEach(fail)
      }
    }
  }
  return report
}

/** A translation's texts as Payload stores them: everything but the fields every locale shares. */
function localizedData(entry: CareerPath): Partial<CareerPathData> {
  const data: Partial<CareerPathData> = entryToDocumentData(entry, () => undefined)
  for (const field of sharedFields) delete data[field]
  // A translation always records its revision: absent in the file, it is absent in the CMS too (stale).
  return { ...data, forms: data.forms ?? [], translationSourceRevision: entry.translation?.sourceRevision ?? null }
}

/**
 * A shared field the translation file says otherwise than the entry it
 * translates. Importing it would drop what the file says without a word, so the
 * file is not imported: the English file is where shared fields are changed.
 */
function sharedMismatch(entry: CareerPath, shared: SharedFields): { field: string; message: string } | undefined {
  const source = locales[defaultLocale].name
  if (!isDeepStrictEqual(entry.tags ?? [], shared.tags)) {
    return { field: 'tags', message: `tags: [${(entry.tags ?? []).join(', ')}] are not the ${source} entry's [${shared.tags.join(', ')}]: every language shares an entry's tags; change them in the ${source} file` }
  }
  if (entry.occupationCode !== shared.occupationCode) {
    return {
      field: 'occupationCode',
      message: `occupationCode: ${entry.occupationCode ?? '(none)'} is not the ${source} entry's ${shared.occupationCode ?? '(none)'}: every language shares it; change it in the ${source} file`,
    }
  }
  const index = entry.related.findIndex((slug) => !shared.related.includes(slug))
  if (index >= 0) {
    return {
      field: `related[${index}]`,
      message: `related entry "${entry.related[index]}" is not one of the ${source} entry's related entries: a translation links to the ${source} entry's (those published in its language); change them in the ${source} file`,
    }
  }
  return undefined
}
