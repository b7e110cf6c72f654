'use client'
import { useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import type React from 'react'
import { entryPath } from '@careers/publishing/contract'

const row: React.CSSProperties = { display: 'flex', gap: '0.375rem', alignItems: 'center', flexWrap: 'nowrap' }
const link: React.CSSProperties = {
  padding: '0.3rem 0.6rem',
  border: '1px solid var(--theme-elevation-250)',
  borderRadius: 'var(--style-radius-s)',
  textDecoration: 'none',
  color: 'var(--theme-text)',
  fontSize: '0.8125rem',
  whiteSpace: 'nowrap',
}

/**
 * Beside Save and Publish: the handout and Markdown of the version on screen
 * (the last saved draft or autosave) in the locale being edited, and the
 * public page in that locale once published.
 */
export function EntryDownloads() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { code: locale } = useLocale()
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  if (id === undefined || id === null) return null
  const download = (format: 'pdf' | 'md') => `/api/${collectionSlug}/${id}/download?format=${format}&locale=${locale}`

  return (
    <div style={row} data-testid="entry-downloads">
      <a style={link} href={download('pdf')} download>
        Download PDF
      </a>
      <a style={link} href={download('md')} download>
        Download Markdown
      </a>
      {hasPublishedDoc && slug ? (
        <a style={link} href={`/${entryPath(locale, slug)}`} target="_blank" rel="noopener">
          Public page
        </a>
      ) : null}
    </div>
  )
}
