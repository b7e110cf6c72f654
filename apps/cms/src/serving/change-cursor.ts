/**
 * The cursor of `/changes.json`: opaque to partners, it names the last change
 * they applied by its sequence, the same on every server and after restarts
 * (the sequence is in the database). `v1:` lets a later format be told apart.
 */
const prefix = 'v1:'

export class BadChangeCursorError extends Error {}

export function encodeChangeCursor(sequence: number): string {
  return Buffer.from(`${prefix}${sequence}`).toString('base64url')
}

/** The sequence a cursor names; a malformed one throws, with a message for the partner. */
export function decodeChangeCursor(text: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(text) ? Buffer.from(text, 'base64url').toString('latin1') : ''
  const match = /^v1:(0|[1-9][0-9]{0,14})$/.exec(decoded)
  // Re-encoding must give the same text: no second spelling of one cursor.
  if (!match || encodeChangeCursor(Number(match[1])) !== text) {
    throw new BadChangeCursorError(`"since" must be a cursor this server gave (the "cursor" of a /changes.json page); "${text.slice(0, 40)}" is not one`)
  }
  return Number(match[1])
}
