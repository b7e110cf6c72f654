import type { FeedPlace } from './feed-order.js'

/**
 * The two cursors the CMS gives readers, defined once with the messages of
 * their 400s: the feed's `after` (the last item's place in the feed's order)
 * and the change log's `since` (the last change applied, by its sequence).
 * Both are opaque base64url text; decoding a malformed one throws
 * `BadCursorError`, whose message is the answer to the reader.
 */
export class BadCursorError extends Error {}

/** `?after=` of `/feed.json`: the place of the previous page's last item. */
export function encodeFeedCursor({ newestFirst, title, itemId }: FeedPlace): string {
  return Buffer.from(JSON.stringify([newestFirst, title, itemId])).toString('base64url')
}

export function decodeFeedCursor(text: string): FeedPlace {
  const bad = () => new BadCursorError(`"after" must be a cursor from a next_url of this feed; "${text.slice(0, 40)}" is not one`)
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    throw bad()
  }
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'number' || typeof value[1] !== 'string' || typeof value[2] !== 'string') throw bad()
  return { newestFirst: value[0], title: value[1], itemId: value[2] }
}

/**
 * `?since=` of `/changes.json`: the same on every server and after restarts
 * (the sequence is in the database). `v1:` lets a later format be told apart.
 */
const changePrefix = 'v1:'

export function encodeChangeCursor(sequence: number): string {
  return Buffer.from(`${changePrefix}${sequence}`).toString('base64url')
}

/** The sequence a cursor names (0: from the beginning). */
export function decodeChangeCursor(text: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(text) ? Buffer.from(text, 'base64url').toString('latin1') : ''
  const match = /^v1:(0|[1-9][0-9]{0,14})$/.exec(decoded)
  // Re-encoding must give the same text: no second spelling of one cursor.
  if (!match || encodeChangeCursor(Number(match[1])) !== text) {
    throw new BadCursorError(`"since" must be a cursor this server gave (the "cursor" of a /changes.json page); "${text.slice(0, 40)}" is not one`)
  }
  return Number(match[1])
}

/** A well-formed `since` naming no change the log holds: from another site, or a restored older database. */
export const unknownChangeCursorMessage = 'This cursor names no change this server holds (it may be from another site or an older database); start again without "since".'
