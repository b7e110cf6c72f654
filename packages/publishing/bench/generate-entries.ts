import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseMarkdown, renderMarkdown } from '../dist/markdown/index.js'
import { translationRevision, type CareerPath, type Locale } from '@careers/career-path'

/**
 * `count` entries made from the real ones: entry i is real entry i mod n with
 * its own title, slug and a sentence of its own, linked within its group of n.
 */
export async function generateEntries(realContentDir: string, targetDir: string, count: number): Promise<CareerPath[]> {
  const real = await readEntriesOf(join(realContentDir, 'career-paths'))
  await mkdir(join(targetDir, 'career-paths'), { recursive: true })
  await copyFile(join(realContentDir, 'site.yml'), join(targetDir, 'site.yml'))
  const entries = Array.from({ length: count }, (_, i) => variant(real[i % real.length]!, Math.floor(i / real.length), `Variant ${i + 1} of the ${real[i % real.length]!.title} guide.`))
  await writeEntries(join(targetDir, 'career-paths'), entries)
  return entries
}

/** A sentence of its own for variant `n` of a translated entry, in the translation's language. */
const variantSentence: Partial<Record<Locale, (n: number, title: string) => string>> = {
  es: (n, title) => `Variante ${n} de la guía «${title}».`,
  de: (n, title) => `Variante ${n} des Leitfadens „${title}“.`,
  pl: (n, title) => `Wariant ${n} przewodnika „${title}”.`,
}

/**
 * `count` English entries and, in each of `locales`, a translation of every
 * one (same slug): a content folder of `count × (1 + locales.length)` entries.
 * Only the real English entries translated in every one of `locales` are
 * used, so each generated translation is made from the real translation of
 * the very entry its English source was made from and has its sections.
 * English entry i is the i mod n-th of those, as `generateEntries` makes it
 * (related links kept to the entries used); its translation is the real
 * translation with the same title suffix, slug, suffixed related links and a
 * sentence of its own, recording the generated English entry's revision (so
 * the build warns of no stale translation) and keeping the real one's forms.
 */
export async function generateLocalizedEntries(realContentDir: string, targetDir: string, count: number, locales: Locale[] = ['es', 'de', 'pl']): Promise<Record<'en' | Locale, CareerPath[]>> {
  const english = await readEntriesOf(join(realContentDir, 'career-paths'))
  const translated = Object.fromEntries(
    await Promise.all(locales.map(async (locale) => [locale, new Map((await readEntriesOf(join(realContentDir, locale, 'career-paths'), locale)).map((t) => [t.slug, t]))] as const)),
  ) as Record<Locale, Map<string, CareerPath>>
  const bases = english.filter((e) => locales.every((locale) => translated[locale].has(e.slug)))
  if (bases.length === 0) throw new Error(`no English entry of ${realContentDir} is translated in all of ${locales.join(', ')}`)
  const used = new Set(bases.map((e) => e.slug))
  const within = (entry: CareerPath): CareerPath => ({ ...entry, related: entry.related.filter((slug) => used.has(slug)) })

  await mkdir(join(targetDir, 'career-paths'), { recursive: true })
  await copyFile(join(realContentDir, 'site.yml'), join(targetDir, 'site.yml'))
  const generated: Record<string, CareerPath[]> = {}
  generated.en = Array.from({ length: count }, (_, i) => {
    const base = bases[i % bases.length]!
    return variant(within(base), Math.floor(i / bases.length), `Variant ${i + 1} of the ${base.title} guide.`)
  })
  await writeEntries(join(targetDir, 'career-paths'), generated.en)
  for (const locale of locales) {
    const sentence = variantSentence[locale] ?? ((n: number, title: string) => `${n}: ${title}.`)
    generated[locale] = generated.en.map((source, i) => {
      const base = translated[locale].get(bases[i % bases.length]!.slug)!
      const entry = variant(within(base), Math.floor(i / bases.length), sentence(i + 1, base.title))
      return { ...entry, translation: { sourceRevision: translationRevision(source) } }
    })
    await mkdir(join(targetDir, locale, 'career-paths'), { recursive: true })
    await writeEntries(join(targetDir, locale, 'career-paths'), generated[locale])
  }
  return generated as Record<'en' | Locale, CareerPath[]>
}

/** Every entry of a folder, by file name; one that does not parse stops the bench. */
async function readEntriesOf(folder: string, locale?: Locale): Promise<CareerPath[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()
  return Promise.all(
    names.map(async (name) => {
      const parsed = parseMarkdown(await readFile(join(folder, name), 'utf8'), locale ? { locale } : {})
      if (!parsed.entry) throw new Error(`${join(folder, name)} does not parse: ${parsed.issues.map((i) => i.message).join('; ')}`)
      return parsed.entry
    }),
  )
}

/** Entry `base` in group `group`: the group's number on its title, slug and related links, and a sentence of its own. */
function variant(base: CareerPath, group: number, sentence: string): CareerPath {
  return {
    ...base,
    title: `${base.title} ${group + 1}`,
    slug: `${base.slug}-${group + 1}`,
    definition: {
      ...base.definition,
      children: [...base.definition.children, { type: 'paragraph', children: [{ type: 'text', value: sentence }] }],
    },
    related: base.related.map((slug) => `${slug}-${group + 1}`),
  }
}

async function writeEntries(folder: string, entries: CareerPath[]): Promise<void> {
  const titles = Object.fromEntries(entries.map((e) => [e.slug, e.title]))
  await Promise.all(entries.map((e) => writeFile(join(folder, `${e.slug}.md`), renderMarkdown(e, { relatedTitles: titles }))))
}
