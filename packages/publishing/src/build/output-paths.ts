import { join } from 'node:path'

/** Where `careers build` writes an entry's files (brief: `<out>/career-paths/<slug>.{md,pdf,json}`). */
export function outputPaths(outDir: string, slug: string) {
  const base = join(outDir, 'career-paths', slug)
  return { markdown: `${base}.md`, pdf: `${base}.pdf`, json: `${base}.json` }
}
