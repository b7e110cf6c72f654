import { describe, expect, it } from 'vitest'
import { attachmentName, etagOf, isNotModified } from './http'

const request = (ifNoneMatch?: string) => new Request('http://x/', { headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {} })

describe('ETags', () => {
  const etag = etagOf('abc')

  it('quotes the hash', () => expect(etag).toBe('"abc"'))

  it('answers 304 only for a matching tag, in a list, weak, or *', () => {
    expect(isNotModified(request(), etag)).toBe(false)
    expect(isNotModified(request('"abd"'), etag)).toBe(false)
    expect(isNotModified(request('"abc"'), etag)).toBe(true)
    expect(isNotModified(request('"x", "abc"'), etag)).toBe(true)
    expect(isNotModified(request('W/"abc"'), etag)).toBe(true)
    expect(isNotModified(request('*'), etag)).toBe(true)
  })
})

describe('attachmentName', () => {
  it('uses the slug, and nothing that could break the header', () => {
    expect(attachmentName('backend-developer')).toBe('backend-developer')
    expect(attachmentName('x"; filename=evil.exe')).toBe('career-path')
  })
})
