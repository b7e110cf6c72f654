import type { PublishedFile } from '../payload-types'
import type { StoredFile, StoredFileHead } from './store'

/** The columns a file read takes: without the body, none at or after it (SQLite would walk its overflow pages to reach a later column). */
export type FileColumns = Pick<PublishedFile, 'contentType' | 'etag' | 'size'> & Partial<Pick<PublishedFile, 'encoding' | 'body' | 'updatedAt'>>

/** A stored row as a file: the handout's base64 back to bytes. The same for every database. */
export function storedFile(row: FileColumns, body: boolean): StoredFile | StoredFileHead {
  const head: StoredFileHead = { contentType: row.contentType, etag: row.etag, size: row.size }
  if (!body) return head
  return { ...head, updatedAt: String(row.updatedAt), body: row.encoding === 'base64' ? Buffer.from(row.body ?? '', 'base64') : (row.body ?? '') }
}
