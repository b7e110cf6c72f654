/**
 * Every process group and temp folder the bench makes, so that all of them are
 * gone at the end: on success, on a thrown error, on Ctrl-C or SIGTERM, and (as
 * a last resort, synchronously) when the bench process exits.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { groupAlive, groupProcessStats } from '../test/support/app-server'

const groups = new Set<number>()
const folders = new Set<string>()

export interface Spawned {
  /** The leader's pid, which is also the process group's id (spawned detached). */
  pid: number
  /** The end of what it printed (stdout and stderr interleaved). */
  output: () => string
  /** Its exit code (null after a signal), once it has exited. */
  exited: Promise<number | null>
  running: () => boolean
  /** The whole group: SIGTERM, then SIGKILL if anything of it outlives the grace period. */
  stop: () => Promise<void>
}

/** Output beyond this is dropped from the front: a 1,000-entry import prints a line per entry. */
const keepOutput = 256 * 1024

/** `node args…` in a process group of its own, so that it and its children can be ended together. */
export function spawnGroup(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Spawned {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')} in ${options.cwd}`)
  const pid = child.pid
  groups.add(pid)
  let log = ''
  const keep = (chunk: Buffer) => {
    log += chunk
    if (log.length > keepOutput * 2) log = log.slice(-keepOutput)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    pid,
    output: () => log.slice(-keepOutput),
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopGroup(pid),
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

async function waitUntilGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, 100))
  }
  return true
}

export async function stopGroup(pgid: number): Promise<void> {
  if (groupAlive(pgid)) {
    signalGroup(pgid, 'SIGTERM')
    // The server finishes requests in flight; a worker may be mid-render.
    if (!(await waitUntilGone(pgid, 20_000))) {
      signalGroup(pgid, 'SIGKILL')
      await waitUntilGone(pgid, 10_000)
    }
  }
  groups.delete(pgid)
}

export function tempFolder(prefix: string, parent = tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, prefix))
  folders.add(dir)
  return dir
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  folders.delete(dir)
}

export async function cleanUp(): Promise<void> {
  await Promise.all([...groups].map(stopGroup))
  for (const dir of [...folders].reverse()) removeFolder(dir)
}

/** Ctrl-C, SIGTERM and SIGHUP clean up before the bench exits; `exit` kills whatever is still left. */
export function cleanUpOnExit(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the app and removing temp folders …`)
      void cleanUp().finally(() => process.exit(130))
    })
  }
  process.once('exit', () => {
    for (const pgid of groups) signalGroup(pgid, 'SIGKILL')
    for (const dir of folders) rmSync(dir, { recursive: true, force: true })
  })
}

/** CPU time (clock ticks) used so far by every live process of group `pgid`; undefined where /proc is missing. */
function groupTicks(pgid: number): number | undefined {
  return groupProcessStats(pgid)?.reduce((ticks, fields) => ticks + Number(fields[11]) + Number(fields[12]), 0)
}

/**
 * Waits until the app's processes (web server, and a job worker if the app has
 * one) use almost no CPU: requests a load run left in flight, or renders a
 * publish queued, finish before the next measurement starts instead of
 * slowing it. Returns the seconds waited, or undefined when it gave up.
 */
export async function waitUntilIdle(pgid: number, maxSeconds = 90): Promise<number | undefined> {
  const started = performance.now()
  const window = 250
  // Linux counts 100 ticks a second: at most 2 ticks in 250 ms is under 10 % of one core.
  const idleTicks = 2
  let previous = groupTicks(pgid)
  if (previous === undefined) {
    await new Promise((r) => setTimeout(r, 1000))
    return 1
  }
  let quiet = 0
  while (performance.now() - started < maxSeconds * 1000) {
    await new Promise((r) => setTimeout(r, window))
    const now = groupTicks(pgid) ?? 0
    quiet = now - previous <= idleTicks ? quiet + 1 : 0
    previous = now
    if (quiet >= 2) return (performance.now() - started) / 1000
  }
  return undefined
}
