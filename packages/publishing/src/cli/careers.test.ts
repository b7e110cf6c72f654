import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChangesSite } from '../test-support/changes-site.js'
import { scratchContent } from '../test-support/content-fixture.js'

const bin = fileURLToPath(new URL('../../bin/careers.js', import.meta.url))
const compiled = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))

/**
 * Runs the real command, as a user would after `npm install` (the compiled package).
 * Killed after two minutes, so a build that hangs fails with what it printed
 * (its progress line) instead of leaving the test to time out blind.
 */
async function careers(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd, timeout: commandTimeout, killSignal: 'SIGKILL' })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number | null; killed?: boolean; stdout: string; stderr: string }
    if (e.killed) throw new Error(`careers ${args.join(' ')} was still running after ${commandTimeout / 1000} s; it printed:\n${e.stdout}\n${e.stderr}`)
    return { code: e.code ?? -1, stdout: e.stdout, stderr: e.stderr }
  }
}

// CI runs these beside the CMS's tests on two cores: a build that takes 3 s alone can take far longer there.
const commandTimeout = 120_000
vi.setConfig({ testTimeout: 2 * commandTimeout + 10_000 })

let scratch: Awaited<ReturnType<typeof scratchContent>>
beforeAll(() => {
  if (!existsSync(compiled)) throw new Error('Build the package first (npm run build): these tests run the compiled command.')
})
beforeEach(async () => {
  scratch = await scratchContent()
})
afterEach(() => scratch.remove())

describe('careers build', () => {
  it('builds every format with worker threads, then nothing on a rebuild', async () => {
    const first = await careers(['build', '--content', 'content', '--out', 'site'], scratch.root)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(new RegExp(`Built ${scratch.slugs.length} entries into site in [\\d.]+s: ${scratch.slugs.length} rendered, 0 unchanged`))
    expect(first.stderr).toContain(`Rendering ${scratch.slugs.length}/${scratch.slugs.length} (100%)`)
    const files = await readdir(join(scratch.root, 'site', 'career-paths'))
    expect(files.sort()).toEqual(scratch.slugs.flatMap((s) => [`${s}.json`, `${s}.md`, `${s}.pdf`]).sort())
    expect(existsSync(join(scratch.root, 'site', 'feed.json'))).toBe(true)
    const again = await careers(['build', '--content', 'content', '--out', 'site'], scratch.root)
    expect(again.stdout).toContain(`0 rendered, ${scratch.slugs.length} unchanged`)
  })

  it('defaults to content/ and dist/', async () => {
    const result = await careers(['build', '--quiet'], scratch.root)
    expect(result.code).toBe(0)
    expect(existsSync(join(scratch.root, 'dist', 'career-paths', 'backend-developer.pdf'))).toBe(true)
  })

  it('exits 1 with file:line messages when an entry is bad, and builds the rest', async () => {
    await scratch.edit('qa-engineer', (t) => t.replace('## Key responsibilities', '## Key duties'))
    const result = await careers(['build', '--quiet'], scratch.root)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^content\/career-paths\/qa-engineer\.md:\d+: unknown section "Key duties of a QA Engineer"/m)
    expect(result.stdout).toContain(`${scratch.slugs.length - 1} rendered`)
  })

  it('takes --base-url for every URL of the feed', async () => {
    const result = await careers(['build', '--quiet', '--base-url', 'https://mirror.example.org/'], scratch.root)
    expect(result.code).toBe(0)
    const { readFile } = await import('node:fs/promises')
    const feed = JSON.parse(await readFile(join(scratch.root, 'dist', 'feed.json'), 'utf8'))
    expect(feed.feed_url).toBe('https://mirror.example.org/feed.json')
    expect(feed.items.every((i: { url: string }) => i.url.startsWith('https://mirror.example.org/career-paths/'))).toBe(true)
  })

  it('says nothing was built when the site settings are broken', async () => {
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(scratch.content, 'site.yml'), 'siteName: X\n')
    const result = await careers(['build', '--quiet'], scratch.root)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^content\/site\.yml:\d+: baseUrl/m)
    expect(result.stderr).toContain('nothing was built')
  })

  it('refuses unknown commands and options with usage, exit 2', async () => {
    expect((await careers(['publish'], scratch.root)).code).toBe(2)
    expect((await careers(['lint', '--strict'], scratch.root)).code).toBe(2)
    const bad = await careers(['build', '--contnet', 'x'], scratch.root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('unknown option --contnet')
  })
})

describe('careers lint', () => {
  it('passes the repository content', async () => {
    const result = await careers(['lint', 'content'], fileURLToPath(new URL('../../../..', import.meta.url)))
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('lists every problem in every file as file:line: message and exits 1', async () => {
    await scratch.edit('qa-engineer', (t) => t.replace(/## Definition of a QA Engineer\n\n[^\n]+\n\n/, ''))
    await scratch.edit('devops-engineer', (t) => t.replace('- [QA Engineer](qa-engineer.md)', '- [QA Lead](qa-lead.md)'))
    await scratch.edit('api-developer', (t) => t.replace('(https://www.openapis.org/)', '(javascript:alert(document.cookie))'))
    await scratch.write('api-developer-2', await scratch.read('api-developer'))
    await scratch.edit('mobile-developer', (t) => t.replace(/\n### [^\n]+\?\n\n[^\n]+\n/, '\n### \n\n'))
    await scratch.edit('data-engineer', (t) => t.replace(/(## What does a Data Engineer do\n\n)[^\n]+\n/, '$1').replace('title: Data Engineer', 'title: ""'))
    const result = await careers(['lint', 'content'], scratch.root)
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    const expectMessage = (file: string, pattern: RegExp) =>
      expect(
        lines.some((l) => l.startsWith(`content/career-paths/${file}:`) && pattern.test(l)),
        `${file} ${pattern}`,
      ).toBe(true)
    expectMessage('qa-engineer.md', /^[^:]+:\d+: missing section "## Definition of a QA Engineer"/)
    expectMessage('devops-engineer.md', /:\d+: related entry "qa-lead" does not exist/)
    expectMessage('api-developer.md', /:\d+: whatTheyDo: link "javascript:alert\(document\.cookie\)" must be an absolute http, https or mailto URL/)
    expectMessage('api-developer-2.md', /:3: slug "api-developer" is already used by/)
    expectMessage('mobile-developer.md', /:\d+: /)
    expectMessage('data-engineer.md', /:2: title: must not be empty/)
    expectMessage('data-engineer.md', /:\d+: whatTheyDo: is required and must not be empty/)
    for (const line of lines) expect(line).toMatch(/^content\/career-paths\/[a-z0-9-]+\.md:\d+: /)
  })

  it('exits 1 on a warning too (a plain-text field with formatting that would be lost)', async () => {
    await scratch.edit('qa-engineer', (t) => t.replace(/^- (\S+)/m, '- **$1**'))
    const result = await careers(['lint'], scratch.root)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^content\/career-paths\/qa-engineer\.md:22: warning: a responsibility is plain text: its strong formatting is not kept$/m)
    expect(result.stdout).toContain('0 error(s), 1 warning(s)')
  })

  it('reports files it cannot read and a folder that does not exist, and goes on', async () => {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(scratch.content, 'career-paths', 'folder.md'))
    const result = await careers(['lint'], scratch.root)
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe('content/career-paths/folder.md:1: cannot read: is a folder, not a file')
    const missing = await careers(['lint', 'nowhere'], scratch.root)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^nowhere\/site\.yml:1: cannot read the site settings/m)
    expect(missing.stderr).toMatch(/^nowhere:1: cannot read the content folder: no such file or folder/m)
    expect(missing.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('careers mirror', () => {
  it('copies a site from its /changes.json, then only what changed; bad usage and a site that fails exit non-zero with a message', async () => {
    const site = await new ChangesSite().start()
    try {
      site.publish('urn:a', 'alpha', '# Alpha\n')
      site.publish('urn:b', 'beta', '# Beta\n')
      const first = await careers(['mirror', site.url, 'copy'], scratch.root)
      expect(first.stdout).toContain('Mirrored 2 changes into copy: 2 written, 0 removed; cursor stored in .careers-mirror.json.')
      expect(first.code).toBe(0)
      site.remove('urn:a', 'deleted')
      const second = await careers(['mirror', site.url, 'copy', '--quiet'], scratch.root)
      expect(second.stdout).toContain('Mirrored 1 change into copy: 0 written, 1 removed')
      expect(await readdir(join(scratch.root, 'copy', 'career-paths'))).toEqual(['beta.json', 'beta.md'])
      expect(await readFile(join(scratch.root, 'copy', 'career-paths', 'beta.md'), 'utf8')).toBe('# Beta\n')
      expect((await careers(['mirror', site.url], scratch.root)).code).toBe(2)
      expect((await careers(['mirror', 'copy', 'elsewhere'], scratch.root)).stderr).toContain("mirror needs the site's address")
      const other = await careers(['mirror', 'http://127.0.0.1:1', 'fresh'], scratch.root)
      expect(other.code).toBe(1)
      expect(other.stderr).toMatch(/^careers mirror: http:\/\/127\.0\.0\.1:1\/changes\.json: /m)
    } finally {
      await site.stop()
    }
  })
})
