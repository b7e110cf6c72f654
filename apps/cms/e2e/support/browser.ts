import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Screenshots and downloads a person can look at after a run (not committed). */
export const artifactsDir = path.resolve(import.meta.dirname, '../artifacts')

/** Debian's Chromium, never a downloaded browser: `apt-get install -y chromium`. */
export function chromiumPath(): string {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executable)) {
    throw new Error(`No Chromium at ${executable}: install Debian's with \`apt-get install -y chromium poppler-utils\` (or set CHROMIUM_PATH)`)
  }
  return executable
}

// Without the background-networking flags Chromium keeps calling home, which a closed network refuses.
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: flags })
}

export function artifact(name: string): string {
  return path.join(artifactsDir, name)
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: artifact(`${name}.png`), fullPage })
}

/** The PDF's text as a reader's tool extracts it (poppler's pdftotext), lines joined. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** The handout's first page as a PNG beside it, to look at. */
export function pdfFirstPage(file: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, artifact(name)])
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function accessibilityViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    return (await axe.run(document)).violations
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}
