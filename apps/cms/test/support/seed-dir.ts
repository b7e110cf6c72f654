import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder for the database seeded once (test/support/seeded-app.ts). */
    seedDir: string
  }
}

/**
 * vitest's globalSetup: one empty folder per run, where the first suite that
 * starts a seeded server seeds the database (nothing is seeded when none does,
 * so a unit test file runs without a build); removed at the end.
 */
export default function setup(project: TestProject) {
  const seedDir = mkdtempSync(path.join(tmpdir(), 'careers-seed-'))
  project.provide('seedDir', seedDir)
  return () => rmSync(seedDir, { recursive: true, force: true })
}
