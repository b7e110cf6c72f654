import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { configToSchema } from '@payloadcms/graphql'
import { expect, it } from 'vitest'
import { cmsConfig } from '../src/config/cms-config'
import { chooseDatabase } from '../src/config/choose-database'

/**
 * The GraphQL schema is built from the whole config on the first request to
 * /api/graphql; a collection that breaks it (a join to a collection left out
 * of GraphQL did) makes every GraphQL request answer 500. Built here, no server needed.
 */
it('the GraphQL schema builds from the config, webhooks and their attempts included', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-graphql-'))
  try {
    const config = await cmsConfig({ database: chooseDatabase(`file:${path.join(dir, 'x.db')}`, dir), secret: 'x'.repeat(32), push: true })
    const { schema } = configToSchema(config)
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['Webhooks', 'WebhookAttempts']))
    expect(Object.keys(schema.getTypeMap())).toContain('Webhook')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
