import { initialValue, languageTagPattern, type SettingDefinition, siteSettingsDefinition as d } from '@careers/publishing/contract'
import type { GlobalConfig } from 'payload'
import { httpUrl } from '../collections/http-url'
import { adminOnly, hiddenUnless, isAdmin } from '../access/roles'
import { queueRenderOnSettings } from '../rendering/queue-renders'

/**
 * A field's name, whether it is required and localized, and its default, as
 * the contract defines the setting (`site.yml` and the renders read the same
 * definition); its label and admin details are the form's own.
 */
function fromContract<Name extends string>(name: Name, setting: SettingDefinition) {
  return { name, required: setting.required, localized: setting.localized, defaultValue: initialValue(setting) }
}

/** The brief's site-wide settings; a change to what the outputs show renders every entry again. */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: 'Site settings',
  admin: {
    group: 'Administration',
    hidden: hiddenUnless(isAdmin),
  },
  access: { read: () => true, update: adminOnly },
  hooks: { afterChange: [queueRenderOnSettings] },
  fields: [
    { ...fromContract('siteName', d.siteName), type: 'text', label: 'Site name' },
    {
      ...fromContract('baseUrl', d.baseUrl),
      type: 'text',
      label: 'Public base URL',
      validate: httpUrl,
      admin: { description: 'Where readers reach this site, e.g. https://careers.example.com. Feeds and handouts link to it.' },
    },
    {
      ...fromContract('language', d.language),
      type: 'text',
      label: 'Language',
      validate: (value: unknown) => (typeof value === 'string' && languageTagPattern.test(value) ? true : 'Use a language tag like en or en-GB'),
    },
    {
      type: 'group',
      name: 'feed',
      label: 'JSON Feed',
      fields: [
        { ...fromContract('title', d.feed.title), type: 'text', label: 'Feed title' },
        { ...fromContract('description', d.feed.description), type: 'textarea', label: 'Feed description' },
      ],
    },
    {
      type: 'group',
      name: 'callToAction',
      label: 'Call to action',
      admin: { description: 'Closes every public page and handout, e.g. "Ready to start? Try Canyon for free today."' },
      fields: [
        { ...fromContract('label', d.callToAction.label), type: 'text', label: 'Text' },
        { ...fromContract('url', d.callToAction.url), type: 'text', label: 'Link', validate: httpUrl },
      ],
    },
    { ...fromContract('handoutFooter', d.handoutFooter), type: 'text', label: 'Handout footer', admin: { description: 'Printed at the foot of every handout page, beside the page number.' } },
  ],
}
