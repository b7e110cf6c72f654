import type { PayloadRequest } from 'payload'
import { expect, it } from 'vitest'
import { capListRequests, maxPage, maxPageSize } from './request-caps'

const cap = (args: Record<string, unknown>, payloadAPI: PayloadRequest['payloadAPI'] = 'REST', operation = 'read') =>
  capListRequests({ args: { ...args, req: { payloadAPI } }, operation, req: { payloadAPI } } as never) as Record<string, unknown>

it('caps limit, page and pagination for REST and GraphQL, not for the server itself', () => {
  expect(cap({ limit: 1_000_000 })).toMatchObject({ limit: maxPageSize, pagination: true })
  expect(cap({ limit: 0 })).toMatchObject({ limit: maxPageSize })
  expect(cap({ limit: 25 })).toMatchObject({ limit: 25 })
  expect(cap({ pagination: false })).toMatchObject({ pagination: true })
  expect(cap({ page: 1e12 })).toMatchObject({ page: maxPage })
  expect(cap({ page: -3 })).toMatchObject({ page: 1 })
  expect(cap({ limit: 1_000_000 }, 'GraphQL', 'findVersions')).toMatchObject({ limit: maxPageSize })
  expect(cap({ limit: 0, pagination: false }, 'local')).toMatchObject({ limit: 0, pagination: false })
})
