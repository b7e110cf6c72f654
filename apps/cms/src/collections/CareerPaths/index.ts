import { capListRequests } from '../../security/request-caps'
import type { CollectionConfig, Field } from 'payload'
import { careerPathSchema, limits, slugPattern, slugify } from '@careers/career-path'
import { entryPath } from '@careers/publishing/contract'
import { isStaff, publishedOrStaff, staffOnly } from '../../access/roles'
import { careerPathEditor } from '../../config/rich-text-editor'
import { checkBeforePublish } from './hooks/check-before-publish'
import { queueRenderOnChange, queueRenderOnDelete } from '../../rendering/queue-renders'
import { noteDraftSaves } from '../../upstream/draft-save-flag'
import { downloadEndpoint } from './endpoints/download'
import { keepFeedId } from './hooks/keep-feed-id'
import { publishedForReaders } from './hooks/published-for-readers'
import { fillPublicationDates } from './hooks/publication-dates'
import { recordTranslationSource } from './hooks/translation-source'
import { serializeSaves } from '../../upstream/serialize-saves'

import { careerPathsSlug } from '../slugs'
export { careerPathsSlug }

/**
 * A sidebar field checked by the model's own rule (the one `careers lint` and
 * the publish check apply), so the admin says the same thing at the field.
 */
const byModel =
  (key: 'published' | 'updated' | 'occupationCode') =>
  (value: unknown): true | string => {
    if (value === undefined || value === null || value === '') return true
    const result = careerPathSchema.shape[key].safeParse(value)
    return result.success ? true : `This ${result.error.issues[0]?.message ?? 'is not valid'}` // "This must be an O*NET-SOC code like 15-1252.00"
  }

const richText = (name: string, label: string, description: string, required = false): Field => ({
  name,
  type: 'richText',
  label,
  required,
  localized: true,
  editor: careerPathEditor,
  admin: { description },
})

/** The public page showing the document's newest draft (to signed-in staff; others get the published page). */
/** The public page of the entry in the locale being edited (`/<locale>/…` for another than the default), showing staff the newest draft. */
const previewUrl = (doc: Record<string, unknown> | undefined, locale?: string): string | null =>
  typeof doc?.slug === 'string' && doc.slug && doc.id !== undefined ? `/${entryPath(locale, doc.slug)}?preview=${String(doc.id)}` : null

/** The brief's entry, field for field; labels follow the headings readers see. */
export const CareerPaths: CollectionConfig = {
  slug: careerPathsSlug,
  labels: { singular: 'Career path', plural: 'Career paths' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'languages', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    description: 'Each career path is published as a public page, a PDF handout, Markdown and an item of the JSON Feed.',
    components: {
      edit: { beforeDocumentControls: ['/components/EntryDownloads#EntryDownloads'] },
    },
    preview: (doc, { locale }) => previewUrl(doc, locale),
    // The public page in the admin's preview pane; it shows the draft to signed-in staff only.
    livePreview: {
      url: ({ data, locale }) => previewUrl(data, locale?.code),
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 375, height: 812 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
    },
  },
  access: {
    read: publishedOrStaff,
    // Versions hold drafts: signed-in staff only, whatever the query says.
    readVersions: ({ req }) => isStaff({ req }),
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  versions: {
    maxPerDoc: 50,
    drafts: {
      // Autosave keeps work; the explicit button is there for editors who want to say "saved".
      autosave: { interval: 2000, showSaveDraftButton: true },
      schedulePublish: true,
      // Each locale is drafted, published and unpublished on its own (needs `experimental.localizeStatus` in the config).
      localizeStatus: true,
    },
  },
  // Two editors opening one entry: the second is told who has it; the lock lapses after ten idle minutes.
  lockDocuments: { duration: 600 },
  endpoints: [downloadEndpoint],
  hooks: {
    beforeOperation: [serializeSaves, capListRequests, publishedForReaders, noteDraftSaves],
    beforeChange: [fillPublicationDates, keepFeedId, recordTranslationSource, checkBeforePublish],
    afterChange: [queueRenderOnChange],
    afterDelete: [queueRenderOnDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Title',
      required: true,
      localized: true,
      maxLength: limits.title,
      admin: { description: 'The job title, e.g. "Backend Developer". Headings such as "Definition of a Backend Developer" are made from it.' },
    },
    {
      name: 'slug',
      type: 'text',
      label: 'Slug',
      unique: true,
      index: true,
      maxLength: limits.slug,
      admin: {
        position: 'sidebar',
        description: 'The address: /career-paths/<slug>. Follows the title until you change it or publish.',
        components: { Field: '/components/SlugField#SlugField' },
      },
      hooks: {
        beforeValidate: [({ value, data }) => (typeof value === 'string' && value.trim() ? value.trim() : data?.title ? slugify(String(data.title)) : value)],
      },
      validate: async (value: unknown, { req, id }: { req: import('payload').PayloadRequest; id?: string | number }) => {
        if (typeof value !== 'string' || value === '') return 'Enter a slug, or a title to make one from'
        if (!slugPattern.test(value)) return 'Use lowercase letters and digits in words joined by single hyphens, e.g. backend-developer'
        const taken = await req.payload.find({
          collection: careerPathsSlug,
          where: { and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
          limit: 1,
          depth: 0,
          draft: true,
          overrideAccess: true,
          pagination: false,
          req,
        })
        const other = taken.docs[0] as { title?: string } | undefined
        return other ? `The slug "${value}" is taken by "${other.title ?? 'another career path'}"; choose another` : true
      },
    },
    richText('definition', 'Definition', 'What the job is, in a paragraph or two ("Definition of a …").', true),
    richText('whatTheyDo', 'What they do', 'What a day of the job holds ("What does a … do").', true),
    {
      name: 'responsibilities',
      type: 'array',
      // The whole list per locale: a translation may word it in more or fewer rows than its source.
      localized: true,
      label: 'Key responsibilities',
      labels: { singular: 'Responsibility', plural: 'Responsibilities' },
      minRows: 1,
      maxRows: limits.responsibilities,
      admin: { description: 'One short sentence each; at least one.' },
      fields: [{ name: 'text', type: 'text', label: 'Responsibility', required: true, maxLength: limits.shortText }],
    },
    {
      name: 'specializations',
      type: 'array',
      localized: true,
      label: 'Types (specializations)',
      labels: { singular: 'Specialization', plural: 'Specializations' },
      maxRows: limits.specializations,
      admin: { description: 'The kinds of this job ("Types of …"), each with a name and a description.' },
      fields: [
        { name: 'name', type: 'text', label: 'Name', required: true, maxLength: limits.shortText },
        { name: 'description', type: 'textarea', label: 'Description', required: true, maxLength: limits.specializationDescription },
      ],
    },
    {
      type: 'collapsible',
      label: "What it's like",
      fields: [
        richText('workEnvironment', 'Work environment', 'Where and with whom the work happens.'),
        richText('workingConditions', 'Working conditions', 'Hours, pressure, travel, remote work.'),
        richText('difficulty', 'How hard is it', 'How hard the job is to get into and to do.'),
        richText('outlook', 'Is it a good career path', 'Demand, pay and where the path leads.'),
      ],
    },
    {
      name: 'faqs',
      type: 'array',
      // Localized as a whole list (its answer is not localized again inside it).
      localized: true,
      label: 'FAQs',
      labels: { singular: 'FAQ', plural: 'FAQs' },
      maxRows: limits.faqs,
      fields: [
        { name: 'question', type: 'text', label: 'Question', required: true, maxLength: limits.questionText },
        { ...richText('answer', 'Answer', 'The answer, in rich text.', true), localized: false } as Field,
      ],
    },
    {
      name: 'related',
      type: 'relationship',
      label: 'Related career paths',
      relationTo: careerPathsSlug,
      hasMany: true,
      maxRows: limits.related,
      filterOptions: ({ id }) => (id === undefined ? true : { id: { not_equals: id } }),
      validate: (value: unknown, { id }: { id?: string | number }) => {
        const ids = (Array.isArray(value) ? value : []).map((v) => (typeof v === 'object' && v !== null && 'id' in v ? (v as { id: unknown }).id : v))
        if (id !== undefined && ids.some((v) => String(v) === String(id))) return 'A career path cannot be related to itself; remove it from this list'
        if (new Set(ids.map(String)).size !== ids.length) return 'The same career path is listed twice'
        return true
      },
    },
    {
      name: 'tags',
      type: 'text',
      label: 'Tags',
      hasMany: true,
      maxRows: limits.tags,
      maxLength: limits.tag,
      admin: { position: 'sidebar', description: 'Feed readers group entries by these, e.g. engineering.' },
    },
    {
      name: 'occupationCode',
      type: 'text',
      label: 'O*NET-SOC code',
      admin: { position: 'sidebar', description: "e.g. 15-1252.00; used in the page's schema.org Occupation data." },
      validate: byModel('occupationCode'),
    },
    {
      name: 'published',
      type: 'text',
      // Each locale is published on its own date: publishing Spanish must not move the English page's dates.
      localized: true,
      label: 'First published',
      admin: { position: 'sidebar', description: 'YYYY-MM-DD; set on first publish when empty.' },
      validate: byModel('published'),
    },
    {
      name: 'updated',
      type: 'text',
      // Each locale is published on its own date: publishing Spanish must not move the English page's dates.
      localized: true,
      label: 'Last updated',
      admin: { position: 'sidebar', description: 'YYYY-MM-DD shown to readers and in the feed; set on publish when empty.' },
      validate: byModel('updated'),
    },
    {
      name: 'forms',
      type: 'array',
      label: 'Forms of the title',
      labels: { singular: 'Form', plural: 'Forms' },
      localized: true,
      admin: { description: 'Forms of the title this language\'s headings need and cannot make, e.g. genitive: "eines Backend-Entwicklers".' },
      fields: [
        { name: 'name', type: 'text', label: 'Form', required: true, maxLength: limits.shortText },
        { name: 'value', type: 'text', label: 'Text', required: true, maxLength: limits.title },
      ],
    },
    {
      name: 'translationSourceRevision',
      type: 'text',
      label: 'Translated from revision',
      localized: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'A translation: the revision of the English text it was made from. Saving the translation with its text changed, or ticking "Translation is current", records the English text of now.',
      },
    },
    {
      name: 'languages',
      type: 'ui',
      label: 'Languages',
      // The list's column of each locale's status (published, draft, missing; stale translations).
      admin: { components: { Cell: '/components/LocaleStatusCell#LocaleStatusCell' } },
    },
    {
      name: 'confirmTranslation',
      type: 'checkbox',
      label: 'Translation is current',
      // Never stored: the save records the English text's revision (hooks/translation-source.ts).
      virtual: true,
      admin: { position: 'sidebar', description: 'Translations only: the English text changed and this translation still says the same; the save clears the stale flag.' },
    },
    {
      name: 'feedId',
      type: 'text',
      label: 'Feed id',
      admin: { position: 'sidebar', readOnly: true, description: 'A stable id feed readers know this entry by, kept when the slug changes; from the imported file when it had one.' },
      // Set by import (the server itself) only: through the API it cannot be set or changed.
      access: { create: () => false, update: () => false },
    },
  ],
}
