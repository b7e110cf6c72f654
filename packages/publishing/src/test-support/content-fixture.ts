import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's real content folder. */
export const repoContentDir = fileURLToPath(new URL('../../../../content', import.meta.url))

/**
 * A scratch copy of the content folder (the site settings and every entry),
 * for tests that edit, break and rebuild it.
 */
export async function scratchContent(options: { translations?: boolean } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'careers-test-'))
  const content = join(root, 'content')
  const out = join(root, 'dist')
  await cp(join(repoContentDir, 'site.yml'), join(content, 'site.yml'))
  const slugs = (await readdir(join(repoContentDir, 'career-paths'))).map((f) => f.replace(/\.md$/, ''))
  for (const slug of slugs) {
    await cp(join(repoContentDir, 'career-paths', `${slug}.md`), join(content, 'career-paths', `${slug}.md`))
  }
  // The translations too, on request: most tests build the default locale alone.
  if (options.translations) {
    for (const locale of ['es', 'de', 'pl']) await cp(join(repoContentDir, locale), join(content, locale), { recursive: true })
  }
  const entryFile = (slug: string) => join(content, 'career-paths', `${slug}.md`)
  const translationFile = (locale: string, slug: string) => join(content, locale, 'career-paths', `${slug}.md`)
  return {
    slugs,
    root,
    content,
    out,
    entryFile,
    translationFile,
    editTranslation: async (locale: string, slug: string, change: (text: string) => string) => writeFile(translationFile(locale, slug), change(await readFile(translationFile(locale, slug), 'utf8'))),
    read: (slug: string) => readFile(entryFile(slug), 'utf8'),
    write: (slug: string, text: string) => writeFile(entryFile(slug), text),
    edit: async (slug: string, change: (text: string) => string) => writeFile(entryFile(slug), change(await readFile(entryFile(slug), 'utf8'))),
    remove: () => rm(root, { recursive: true, force: true }),
  }
}
