import { describe, expect, it } from 'vitest'
import { withRequestLocale } from './request-locale'

const override = (body: string, type = 'application/x-www-form-urlencoded') =>
  new Request('http://localhost/api/career-paths', { method: 'POST', body, headers: { 'Content-Type': type, 'X-Payload-HTTP-Method-Override': 'GET' } })

describe('the default locale for requests that name none', () => {
  it('a GET without a locale (or with one not configured) gets ?locale=en; a named one and all stay', async () => {
    expect(new URL((await withRequestLocale(new Request('http://localhost/api/career-paths?depth=0'))).url).searchParams.get('locale')).toBe('en')
    expect(new URL((await withRequestLocale(new Request('http://localhost/api/career-paths?locale=xx'))).url).searchParams.get('locale')).toBe('en')
    for (const locale of ['es', 'all']) expect(new URL((await withRequestLocale(new Request(`http://localhost/api/career-paths?locale=${locale}`))).url).searchParams.get('locale')).toBe(locale)
  })

  it("a read sent as a POST keeps its URL bare (Payload appends the body after a '?') and gets the default in its body", async () => {
    const bare = await withRequestLocale(override('depth=0&where%5Btitle%5D%5Blike%5D=Dev'))
    expect(bare.url).toBe('http://localhost/api/career-paths')
    expect(Object.fromEntries(new URLSearchParams(await bare.text()))).toEqual({ depth: '0', 'where[title][like]': 'Dev', locale: 'en' })
    const named = await withRequestLocale(override('depth=0&locale=es'))
    expect([named.url, await named.text()]).toEqual(['http://localhost/api/career-paths', 'depth=0&locale=es'])
    const json = await withRequestLocale(override(JSON.stringify({ depth: 0 }), 'application/json'))
    expect([json.url, await json.json()]).toEqual(['http://localhost/api/career-paths', { depth: 0, locale: 'en' }])
  })

  it('other POSTs (writes) get the locale in the URL, their body untouched', async () => {
    const write = await withRequestLocale(new Request('http://localhost/api/career-paths?draft=true', { method: 'POST', body: '{"title":"x"}', headers: { 'Content-Type': 'application/json' } }))
    expect(new URL(write.url).searchParams.get('locale')).toBe('en')
    expect(await write.text()).toBe('{"title":"x"}')
  })
})
