import { describe, expect, it } from 'vitest'
import { changeTypes } from './change-types.js'
import { initialSiteSettings, localizedSettingNames, renderedSettingNames, settingLeaves, settingsInLocale, settingValue, siteSettingsDefinition } from './site-settings.js'

describe('the site settings definition', () => {
  it("starts a site with the CMS global's defaults (its database columns' too)", () => {
    expect(initialSiteSettings).toEqual({
      siteName: 'Canyon Careers',
      baseUrl: 'http://localhost:3000',
      language: 'en',
      feed: { title: 'Career Paths', description: 'Career-path guides.' },
      callToAction: { label: 'Ready to start?', url: 'https://example.com' },
      handoutFooter: '',
    })
  })

  it('lets site.yml leave out only the settings with a real default', () => {
    expect(settingLeaves.filter((l) => l.setting.default !== undefined).map((l) => l.path.join('.'))).toEqual(['language', 'handoutFooter'])
  })

  it('renders every entry again for everything but the feed, which is read per request', () => {
    expect(renderedSettingNames).toEqual(['siteName', 'baseUrl', 'language', 'callToAction', 'handoutFooter'])
  })

  it("localizes the texts, and keeps the site's name, address, language and link one for every language", () => {
    expect(settingLeaves.filter((l) => l.setting.localized).map((l) => l.path.join('.'))).toEqual(['feed.title', 'feed.description', 'callToAction.label', 'handoutFooter'])
    expect(localizedSettingNames).toEqual(['feed', 'callToAction', 'handoutFooter'])
    expect(siteSettingsDefinition.callToAction.url.localized).toBe(false)
  })

  it("makes a locale's settings of its own texts and the shared rest", () => {
    const own: Record<string, string> = { 'feed.title': 'Trayectorias', 'feed.description': 'Guías.', 'callToAction.label': '¿Listo?', handoutFooter: 'Pie', baseUrl: 'https://elsewhere.example' }
    const spanish = settingsInLocale(initialSiteSettings, (leaf) => own[leaf.path.join('.')])
    expect(spanish).toEqual({ ...initialSiteSettings, feed: { title: 'Trayectorias', description: 'Guías.' }, callToAction: { label: '¿Listo?', url: 'https://example.com' }, handoutFooter: 'Pie' })
    expect(settingValue(spanish, ['callToAction', 'label'])).toBe('¿Listo?')
  })
})

describe('change types', () => {
  it('are the three a change log entry can say', () => {
    expect(changeTypes).toEqual(['published', 'unpublished', 'deleted'])
  })
})
