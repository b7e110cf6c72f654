import type { Browser, BrowserContext, Download, Page } from 'playwright-core'

export const password = 'correct horse battery staple'

/** Waits for a client-side navigation away from `pattern` (Payload's admin routes without full page loads). */
export async function leave(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForURL((url) => !pattern.test(url.pathname), { waitUntil: 'commit', timeout: 60_000 })
}

/** A browser context of its own (cookies and all) signed in as `email`, through the login form. */
export async function signIn(browser: Browser, appUrl: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.waitForLoadState('networkidle') // the form submits through React: wait until it is hydrated
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await leave(page, /\/login/)
  return { context, page }
}

/** The n-th rich-text editor of the form (in page order), ready for typing. */
export function richText(page: Page, n: number) {
  return page.locator('.field-type.rich-text-lexical').nth(n).locator('[contenteditable="true"]')
}

/**
 * Types Markdown-ish keystrokes as an editor would: Ctrl+B around bold text,
 * Lexical's `[text](url)` shortcut for a link, and "- " for a bullet list.
 */
export async function typeRichText(page: Page, editor: ReturnType<typeof richText>, paragraphs: (string | { bold: string } | { list: string[] })[][]): Promise<void> {
  await editor.click()
  for (const [i, parts] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    for (const part of parts) {
      if (typeof part === 'string') await page.keyboard.type(part)
      else if ('bold' in part) {
        await page.keyboard.press('Control+b')
        await page.keyboard.type(part.bold)
        await page.keyboard.press('Control+b')
      } else {
        await page.keyboard.type('- ')
        for (const [j, item] of part.list.entries()) {
          if (j > 0) await page.keyboard.press('Enter')
          await page.keyboard.type(item)
        }
      }
    }
  }
}

/** Clicks a download link and keeps the file under `to`. */
export async function download(page: Page, linkText: string, to: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkText, exact: true }).click()])
  await file.saveAs(to)
  return file
}

/** Publishes the form as it is and waits for Payload to say so. */
export async function publish(page: Page): Promise<void> {
  await page.click('#action-save')
  await page
    .getByText(/published successfully|Updated successfully/i)
    .first()
    .waitFor({ timeout: 60_000 })
}

/**
 * A GET of the API from inside the page, as the admin's own code makes it: the
 * session cookie counts only on requests a browser marks as same-origin (CSRF).
 */
export function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).json(), path) as Promise<T>
}
