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
export async function scratchContent() {
  const root = await mkdtemp(join(tmpdir(), 'careers-test-'))
  const content = join(root, 'content')
  const out = join(root, 'dist')
  await cp(join(repoContentDir, 'site.yml'), join(content, 'site.yml'))
  const slugs = (await readdir(join(repoContentDir, 'career-paths'))).map((f) => f.replace(/\.md$/, ''))
  for (const slug of slugs) {
    await cp(join(repoContentDir, 'career-paths', `${slug}.md`), join(content, 'career-paths', `${slug}.md`))
  }
  const entryFile = (slug: string) => join(content, 'career-paths', `${slug}.md`)
  return {
    slugs,
    root,
    content,
    out,
    entryFile,
    read: (slug: string) => readFile(entryFile(slug), 'utf8'),
    write: (slug: string, text: string) => writeFile(entryFile(slug), text),
    edit: async (slug: string, change: (text: string) => string) => writeFile(entryFile(slug), change(await readFile(entryFile(slug), 'utf8'))),
    remove: () => rm(root, { recursive: true, force: true }),
  }
}
