import { createHash } from 'node:crypto'

/** Short, URL-safe and strong: a hash of exactly the bytes served (the CMS's ETags, the book's key). */
export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 32)
}
