import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseMarkdown, renderMarkdown } from '../dist/markdown/index.js'
import type { CareerPath } from '@careers/career-path'

/**
 * `count` entries made from the real ones: entry i is real entry i mod n with
 * its own title, slug and a sentence of its own, linked within its group of n.
 */
export async function generateEntries(realContentDir: string, targetDir: string, count: number): Promise<CareerPath[]> {
  const folder = join(realContentDir, 'career-paths')
  const real = await Promise.all((await readdir(folder)).sort().map(async (name) => parseMarkdown(await readFile(join(folder, name), 'utf8')).entry!))
  await mkdir(join(targetDir, 'career-paths'), { recursive: true })
  await copyFile(join(realContentDir, 'site.yml'), join(targetDir, 'site.yml'))
  const entries: CareerPath[] = []
  for (let i = 0; i < count; i++) {
    const base = real[i % real.length]!
    const group = Math.floor(i / real.length)
    const entry: CareerPath = {
      ...base,
      title: `${base.title} ${group + 1}`,
      slug: `${base.slug}-${group + 1}`,
      definition: {
        ...base.definition,
        children: [...base.definition.children, { type: 'paragraph', children: [{ type: 'text', value: `Variant ${i + 1} of the ${base.title} guide.` }] }],
      },
      related: base.related.map((slug) => `${slug}-${group + 1}`),
    }
    entries.push(entry)
  }
  const titles = Object.fromEntries(entries.map((e) => [e.slug, e.title]))
  await Promise.all(entries.map((e) => writeFile(join(targetDir, 'career-paths', `${e.slug}.md`), renderMarkdown(e, { relatedTitles: titles }))))
  return entries
}
