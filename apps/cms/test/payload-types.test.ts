import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'
import { expect, it } from 'vitest'
import { cmsConfig } from '../src/config/cms-config'
import { chooseDatabase } from '../src/config/choose-database'

const committed = path.resolve(import.meta.dirname, '../src/payload-types.ts')

it('the committed payload-types.ts is what the config generates (run `npm run payload -- generate:types` after changing a collection)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-types-'))
  const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
  try {
    const config = await cmsConfig({ database: chooseDatabase(`file:${path.join(dir, 'types.db')}`, dir), secret: 'types-secret-0123456789abcdef', push: false })
    process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
    await generateTypes(config, { log: false })
    expect(readFileSync(path.join(dir, 'payload-types.ts'), 'utf8')).toBe(readFileSync(committed, 'utf8'))
  } finally {
    if (previous === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
    else process.env.PAYLOAD_TS_OUTPUT_PATH = previous
    rmSync(dir, { recursive: true, force: true })
  }
})
