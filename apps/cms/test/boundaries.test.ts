import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

const packagesDir = path.resolve(import.meta.dirname, '../../../packages')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(file)
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [file] : []
  })
}

it('no package imports Payload, Next or an app: the CMS hands them plain entries', () => {
  const offenders: string[] = []
  for (const name of readdirSync(packagesDir)) {
    const dir = path.join(packagesDir, name)
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies })) {
      if (/^(payload|next|@payloadcms\/|@careers\/cms)/.test(dependency)) offenders.push(`${name}/package.json: ${dependency}`)
    }
    for (const file of sources(path.join(dir, 'src'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
        if (/^(payload|next)(\/|$)|^@payloadcms\/|^@careers\/cms|apps\//.test(specifier!)) offenders.push(`${path.relative(packagesDir, file)}: ${specifier}`)
      }
    }
  }
  expect(offenders).toEqual([])
})
