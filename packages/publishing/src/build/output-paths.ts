import { join } from 'node:path'

/** Where `careers build` writes the book of every entry (brief: `<out>/career-paths.pdf`). */
export function bookPath(outDir: string): string {
  return join(outDir, 'career-paths.pdf')
}

/** Where `careers build` writes an entry's files (brief: `<out>/career-paths/<slug>.{md,pdf,json}`). */
export function outputPaths(outDir: string, slug: string) {
  const base = join(outDir, 'career-paths', slug)
  return { markdown: `${base}.md`, pdf: `${base}.pdf`, json: `${base}.json` }
}
