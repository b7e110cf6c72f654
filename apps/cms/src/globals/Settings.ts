import type { GlobalConfig } from 'payload'
import { httpUrl } from '../collections/http-url'
import { adminOnly, hiddenUnless, isAdmin } from '../access/roles'
import { queueRenderOnSettings } from '../rendering/queue-renders'

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
    { name: 'siteName', type: 'text', label: 'Site name', required: true, defaultValue: 'Canyon Careers' },
    {
      name: 'baseUrl',
      type: 'text',
      label: 'Public base URL',
      required: true,
      defaultValue: 'http://localhost:3000',
      validate: httpUrl,
      admin: { description: 'Where readers reach this site, e.g. https://careers.example.com. Feeds and handouts link to it.' },
    },
    {
      name: 'language',
      type: 'text',
      label: 'Language',
      required: true,
      defaultValue: 'en',
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? true : 'Use a language tag like en or en-GB'),
    },
    {
      type: 'group',
      name: 'feed',
      label: 'JSON Feed',
      fields: [
        { name: 'title', type: 'text', label: 'Feed title', required: true, localized: true, defaultValue: 'Career Paths' },
        { name: 'description', type: 'textarea', label: 'Feed description', required: true, localized: true, defaultValue: 'Career-path guides.' },
      ],
    },
    {
      type: 'group',
      name: 'callToAction',
      label: 'Call to action',
      admin: { description: 'Closes every public page and handout, e.g. "Ready to start? Try Canyon for free today."' },
      fields: [
        { name: 'label', type: 'text', label: 'Text', required: true, localized: true, defaultValue: 'Ready to start?' },
        { name: 'url', type: 'text', label: 'Link', required: true, defaultValue: 'https://example.com', validate: httpUrl },
      ],
    },
    { name: 'handoutFooter', type: 'text', label: 'Handout footer', localized: true, defaultValue: '', admin: { description: 'Printed at the foot of every handout page, beside the page number.' } },
  ],
}
