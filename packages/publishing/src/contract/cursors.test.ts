import { describe, expect, it } from 'vitest'
import { BadCursorError, decodeChangeCursor, decodeFeedCursor, encodeChangeCursor, encodeFeedCursor } from './cursors.js'

describe('readers’ cursors', () => {
  it('give back the place and the sequence they were made from', () => {
    const place = { newestFirst: -1_700_000_000_000, title: 'Backend Developer', itemId: 'tag:x,2024:backend-developer' }
    expect(decodeFeedCursor(encodeFeedCursor(place))).toEqual(place)
    expect(decodeChangeCursor(encodeChangeCursor(42))).toBe(42)
    expect(encodeChangeCursor(7)).toBe(Buffer.from('v1:7').toString('base64url'))
  })

  it('refuse malformed text with the 400’s message', () => {
    for (const text of ['%%', Buffer.from('[1,"a"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeFeedCursor(text)).toThrow(BadCursorError)
    }
    expect(() => decodeFeedCursor('%%')).toThrow('"after" must be a cursor from a next_url of this feed; "%%" is not one')
    // A second spelling of one cursor (a leading zero) is refused too.
    for (const text of ['', 'djE6MDc', Buffer.from('v2:1').toString('base64url'), 'x'.repeat(41)]) {
      expect(() => decodeChangeCursor(text)).toThrow(BadCursorError)
    }
    expect(() => decodeChangeCursor('nope!')).toThrow('"since" must be a cursor this server gave (the "cursor" of a /changes.json page); "nope!" is not one')
  })
})
