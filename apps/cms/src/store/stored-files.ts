import type { Payload } from 'payload'
import { careerPathsSlug, publishedFilesSlug } from '../collections/slugs'
import { type FileRow, sqlStoredFile, sqlTables } from './sql-reads'
import { defaultLocale, type Locale } from '@careers/career-path'

/** A stored file's headers: what a conditional request needs, without the bytes. */
export interface StoredFileHead {
  contentType: string
  etag: string
  size: number
}

export interface StoredFile extends StoredFileHead {
  /** Last change. */
  updatedAt: string
  body: Buffer | string
}

/**
 * The stored file at `key`: one indexed read (through Drizzle on SQL, see
 * `sql-reads.ts`; no hooks or access checks to run: nobody reaches this
 * collection but the server). `body: false` reads the headers alone.
 */
export async function readStoredFile(payload: Payload, key: string, options: { body: true }): Promise<StoredFile | undefined>
export async function readStoredFile(payload: Payload, key: string, options: { body: false }): Promise<StoredFileHead | undefined>
export async function readStoredFile(payload: Payload, key: string, { body }: { body: boolean }): Promise<StoredFile | StoredFileHead | undefined> {
  const tables = sqlTables(payload)
  const row = tables
    ? await sqlStoredFile(tables, key, body)
    : await payload.db.findOne<{ id: number | string } & FileRow>({
        collection: publishedFilesSlug,
        where: { key: { equals: key } },
        select: { contentType: true, etag: true, size: true, ...(body ? { encoding: true, body: true, updatedAt: true } : {}) },
      })
  if (!row) return undefined
  const head = { contentType: row.contentType, etag: row.etag, size: row.size }
  if (!body) return head
  return { ...head, updatedAt: String(row.updatedAt), body: row.encoding === 'base64' ? Buffer.from(row.body ?? '', 'base64') : (row.body ?? '') }
}

/**
 * Whether `slug` is a published entry: asked only when its file is missing,
 * to tell "not rendered yet" (503, try again shortly) from "no such entry" (404).
 */
export async function isPublishedSlug(payload: Payload, slug: string, locale: Locale = defaultLocale): Promise<boolean> {
  // `_status` is per locale: published in this one.
  const doc = await payload.db.findOne({ collection: careerPathsSlug, locale, where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, select: {} })
  return Boolean(doc)
}
