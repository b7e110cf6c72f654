import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { loadEnvironment } from './environment'

const keys = ['CAREERS_T_APP', 'CAREERS_T_ROOT', 'CAREERS_T_BOTH', 'CAREERS_T_SET']
afterEach(() => {
  for (const key of keys) delete process.env[key]
})

it('reads .env from the app and the repository root; the app’s wins, and the environment wins over both', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'careers-env-'))
  const app = path.join(root, 'apps', 'cms')
  mkdirSync(app, { recursive: true })
  writeFileSync(path.join(app, '.env'), 'CAREERS_T_APP=app\nCAREERS_T_BOTH=app\nCAREERS_T_SET=file\n')
  writeFileSync(path.join(root, '.env'), 'CAREERS_T_ROOT=root\nCAREERS_T_BOTH=root\n')
  process.env.CAREERS_T_SET = 'environment'
  loadEnvironment(app)
  expect([process.env.CAREERS_T_APP, process.env.CAREERS_T_ROOT, process.env.CAREERS_T_BOTH, process.env.CAREERS_T_SET]).toEqual(['app', 'root', 'app', 'environment'])
})
