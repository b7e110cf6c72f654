import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { download } from './support/admin'
import { accessibilityViolations, artifact, launchChromium, pdfFirstPage, pdfText, screenshot } from './support/browser'

/** 7. A reader, signed out, on the public page of an imported entry. */
describe('a reader', () => {
  const appUrl = inject('appUrl')
  const slug = 'backend-developer'
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('7. opens a career path from the index, reads a clean page and downloads its PDF handout', async () => {
    const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto('/')
    await page.waitForURL(/\/career-paths$/)
    await page
      .getByRole('link', { name: /Backend Developer/ })
      .first()
      .click()
    await page.waitForURL(new RegExp(`/career-paths/${slug}$`))

    expect(await page.locator('h1').textContent()).toBe('Backend Developer Career Path')
    const headings = await page.locator('h2').allTextContents()
    expect(headings).toEqual(expect.arrayContaining(['Definition of a Backend Developer', 'Key responsibilities of a Backend Developer', 'FAQs about being a Backend Developer']))
    expect(await page.getByRole('list', { name: 'Downloads' }).getByRole('link').allTextContents()).toEqual(['Download PDF handout', 'Markdown', 'JSON'])
    await screenshot(page, 'public-page-1280')

    const pdf = await download(page, 'Download PDF handout', artifact('reader-handout.pdf'))
    expect(pdf.suggestedFilename()).toBe(`${slug}.pdf`)
    expect(readFileSync(artifact('reader-handout.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdfText(artifact('reader-handout.pdf'))).toContain('Backend Developer')
    pdfFirstPage(artifact('reader-handout.pdf'), 'reader-handout-page-1')
    await context.close()
  })

  it('8. downloads every career path as one book from the index page', async () => {
    // The book's job runs once the renders of a burst are done (a few seconds after the first start's import).
    // Polled every 2 s: each look counts against the handout downloads' rate limit.
    let status = 503
    for (let tries = 0; status === 503 && tries < 45; tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 2000))
      status = (await fetch(`${appUrl}/career-paths.pdf`, { method: 'HEAD' })).status
    }
    expect(status).toBe(200)
    const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto('/career-paths')
    const book = await download(page, 'Download every career path as one PDF', artifact('reader-book.pdf'))
    expect(book.suggestedFilename()).toBe('career-paths.pdf')
    const text = pdfText(artifact('reader-book.pdf'))
    // The contents name every entry on the index, and each entry's own pages follow.
    const titles = await page.locator('ul.entries > li > a').allTextContents()
    expect(titles.length).toBeGreaterThan(1)
    for (const title of titles) expect(text, title).toContain(title)
    pdfFirstPage(artifact('reader-book.pdf'), 'reader-book-cover')
    await context.close()

    // Stored like the other files: a reader who has it asks again with its ETag and gets 304, no bytes.
    const again = await fetch(`${appUrl}/career-paths.pdf`)
    const etag = again.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(Buffer.from(await again.arrayBuffer()).equals(readFileSync(artifact('reader-book.pdf')))).toBe(true)
    const cached = await fetch(`${appUrl}/career-paths.pdf`, { headers: { 'If-None-Match': etag! } })
    expect(cached.status).toBe(304)
    expect(await cached.text()).toBe('')
  })

  for (const width of [375, 1280]) {
    it(`finds the page readable at ${width} px: one h1, landmarks, no horizontal scrolling, no serious accessibility problem`, async () => {
      const context = await browser.newContext({ baseURL: appUrl, viewport: { width, height: 800 } })
      const page = await context.newPage()
      await page.goto(`/career-paths/${slug}`)
      expect(await page.locator('h1').count()).toBe(1)
      for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1)
      expect(await page.locator('html').getAttribute('lang')).toBeTruthy()
      expect(await page.locator('img:not([alt])').count()).toBe(0)
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        fontSize: parseFloat(getComputedStyle(document.querySelector('main article div p') ?? document.body).fontSize),
      }))
      expect(layout.scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(layout.innerWidth)
      expect(layout.fontSize, 'body text size').toBeGreaterThanOrEqual(16)
      expect(await accessibilityViolations(page)).toEqual([])
      await screenshot(page, `public-page-${width}`)
      await screenshot(page, `public-page-${width}-first-screen`, false)
      await context.close()
    })
  }

  it('finds the index page and the 404 page accessible too', async () => {
    const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    for (const path of ['/career-paths', '/career-paths/no-such-career']) {
      await page.goto(path)
      expect(await page.locator('h1').count(), path).toBe(1)
      expect(await accessibilityViolations(page), path).toEqual([])
    }
    await context.close()
  })
})
