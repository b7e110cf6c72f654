import { createHash } from 'node:crypto'

/** Short, URL-safe and strong: a hash of exactly the bytes served (the CMS's ETags, the book's key). */
export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 32)
}

/** `contentHash` of bytes whose sha256 is known already (hex, as the build's manifest keeps it). */
export function contentHashOfSha256(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64url').slice(0, 32)
}
