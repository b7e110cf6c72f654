import pg from 'pg'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { afterAll, describe, expect, it } from 'vitest'
import { createRateLimiter, rateLimitTable } from '../../src/security/rate-limit-store'
import { freePort } from '../support/app-server'
import { postgresTestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'

/** Whether a consume went through (false: over the limit). */
const allowed = (consume: Promise<unknown>) =>
  consume.then(
    () => true,
    (result) => {
      if (result instanceof RateLimiterRes) return false
      throw result
    },
  )

describe('rate limits on PostgreSQL', () => {
  const pools: pg.Pool[] = []
  const suite = suiteDatabase('PostgreSQL', postgresTestDatabase)
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()))
  })

  suite.test('are counted in the migrated table: two servers, each with its own pool, enforce one limit', async () => {
    const url = (suite.payload().db as unknown as { pool: { options: { connectionString: string } } }).pool.options.connectionString
    const [a, b] = [new pg.Pool({ connectionString: url }), new pg.Pool({ connectionString: url })]
    pools.push(a, b)
    const setting = { keyPrefix: 'login', points: 10, duration: 60 }
    const [serverA, serverB] = [createRateLimiter(setting, a), createRateLimiter(setting, b)]
    const results: boolean[] = []
    for (let i = 0; i < 10; i++) results.push(await allowed((i % 2 ? serverB : serverA).consume('192.0.2.9')))
    expect(results.every(Boolean)).toBe(true)
    expect(await allowed(serverA.consume('192.0.2.9'))).toBe(false)
    expect(await allowed(serverB.consume('192.0.2.9'))).toBe(false)
    expect(await allowed(serverB.consume('192.0.2.10')), 'another client counts apart').toBe(true)
    const { rows } = await a.query(`SELECT key, points FROM ${rateLimitTable} ORDER BY key`)
    expect(rows).toEqual([
      { key: 'login:192.0.2.10', points: 1 },
      { key: 'login:192.0.2.9', points: 12 },
    ])
  })
})

describe('rate limits elsewhere', () => {
  it('are kept in memory on SQLite and MongoDB (no pool)', () => {
    expect(createRateLimiter({ keyPrefix: 'login', points: 1, duration: 1 }, undefined)).toBeInstanceOf(RateLimiterMemory)
  })

  it('still hold, per server, while PostgreSQL cannot be reached', async () => {
    const pool = new pg.Pool({ connectionString: `postgres://careers:careers@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 500 })
    try {
      const limiter = createRateLimiter({ keyPrefix: 'pdf', points: 2, duration: 60 }, pool)
      expect([await allowed(limiter.consume('x')), await allowed(limiter.consume('x')), await allowed(limiter.consume('x'))]).toEqual([true, true, false])
    } finally {
      await pool.end()
    }
  })
})
