import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../build/write-file-atomic.js'

/** The file in a mirror's folder that remembers where it is: written last, after each page's files. */
export const mirrorStateFileName = '.careers-mirror.json'

/**
 * What a mirror remembers between runs: the site it copies, the cursor of the
 * last page it applied whole, and where each item (by its stable id) lives in
 * the folder, so a rename or a removal finds the old files.
 */
export interface MirrorState {
  version: 1
  source: string
  cursor?: string
  /** Item id → its path in the folder without the extension (`career-paths/backend-developer`). */
  items: Record<string, string>
}

export async function readMirrorState(dir: string, source: string): Promise<MirrorState> {
  const file = join(dir, mirrorStateFileName)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, source, items: {} }
    throw error
  }
  let state: MirrorState
  try {
    state = JSON.parse(text) as MirrorState
  } catch {
    throw new MirrorError(`${file}: not a mirror's state (invalid JSON); remove it to mirror from the beginning`)
  }
  if (state?.version !== 1 || typeof state.items !== 'object' || state.items === null) throw new MirrorError(`${file}: not a mirror's state of this version; remove it to mirror from the beginning`)
  if (state.source !== source) throw new MirrorError(`${dir} mirrors ${state.source}, not ${source}: a cursor means nothing on another site; use another folder`)
  return state
}

/** Atomic (a temporary file renamed over the old one): an interrupted run leaves the previous cursor. */
export async function writeMirrorState(dir: string, state: MirrorState): Promise<void> {
  await writeFileAtomic(join(dir, mirrorStateFileName), `${JSON.stringify(state, null, 2)}\n`)
}

/** A problem the mirror reports and stops at (exit 1), with what to do. */
export class MirrorError extends Error {}
