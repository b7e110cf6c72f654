import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { slugPattern } from '@careers/career-path'
import { entryPath } from '../contract/addresses.js'
import type { PublicChange } from '../contract/change-types.js'
import { writeFileAtomic } from '../build/write-file-atomic.js'
import { type MirrorState, MirrorError, readMirrorState, writeMirrorState } from './mirror-state.js'

/** One change of `/changes.json`: the contract's. */
export type SiteChange = PublicChange

interface ChangesPage {
  changes: SiteChange[]
  cursor: string
  next_url?: string
}

export interface MirrorOptions {
  /** The site, e.g. `https://careers.example.com` (its `/changes.json` is read). */
  baseUrl: string
  dir: string
  /** `globalThis.fetch` unless given (tests). */
  fetch?: typeof globalThis.fetch
  /** After each page is applied and its cursor stored. */
  onPage?: (page: { changes: number; cursor: string }) => void
  /** Stop after this many pages (tests: an interrupted run). */
  maxPages?: number
}

export interface MirrorResult {
  changes: number
  written: number
  removed: number
  cursor: string | undefined
  /** The site no longer had the stored cursor's history (410): the copy was made again from the beginning. */
  restarted: boolean
}

/** The mirrored files of one item: its Markdown and its JSON. */
const extensions = ['.md', '.json'] as const
const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** Where an item lives in the folder: the site's own layout (`career-paths/<slug>`, other locales under `<locale>/`). */
function itemPath({ locale, slug }: Pick<SiteChange, 'locale' | 'slug'>): string {
  if (!slugPattern.test(slug) || !localePattern.test(locale)) throw new MirrorError(`the site sent a change with slug "${slug.slice(0, 80)}" and locale "${locale.slice(0, 20)}", which are not a slug and a locale`)
  return entryPath(locale, slug)
}

/**
 * Follows the site's `/changes.json` from the cursor stored in `dir` (from
 * the beginning the first time) and applies each change: `published` writes
 * the entry's `.md` and `.json` as the site serves them now, `unpublished` and
 * `deleted` remove them. After each page, the cursor is stored (atomically).
 *
 * Interrupted anywhere, a run leaves the folder between two states the site
 * had, and the next run applies the unfinished page again: every step says
 * what to make true ("these bytes here", "nothing there"), so doing one twice
 * is the same as once. A `published` change whose address no longer serves
 * this item (renamed or unpublished since) is applied as a removal: a later
 * change in the log says where it went.
 */
export async function mirrorSite({ baseUrl, dir, fetch = globalThis.fetch, onPage, maxPages = Number.POSITIVE_INFINITY }: MirrorOptions): Promise<MirrorResult> {
  const source = baseUrl.replace(/\/+$/, '')
  let state = await readMirrorState(dir, source)
  const result: MirrorResult = { changes: 0, written: 0, removed: 0, cursor: state.cursor, restarted: false }
  let next: string | undefined = `${source}/changes.json${state.cursor ? `?since=${encodeURIComponent(state.cursor)}` : ''}`
  for (let pages = 0; next && pages < maxPages; pages++) {
    const response = await get(fetch, next)
    if (response.status === 410 && state.cursor) {
      // The site keeps a bounded history and ours is older: start again from an empty copy.
      for (const path of Object.values(state.items)) result.removed += await removeItem(dir, path)
      state = { version: 1, source, items: {} }
      await writeMirrorState(dir, state)
      result.restarted = true
      next = `${source}/changes.json`
      continue
    }
    if (!response.ok) throw new MirrorError(`${next}: ${response.status} ${response.statusText}${await errorText(response)}`)
    const page = (await response.json()) as ChangesPage
    if (!Array.isArray(page?.changes) || typeof page.cursor !== 'string') throw new MirrorError(`${next}: not a page of changes (no "changes" list and "cursor")`)
    for (const change of page.changes) await applyChange(fetch, dir, state, change, result)
    state.cursor = page.cursor
    await writeMirrorState(dir, state)
    result.changes += page.changes.length
    result.cursor = page.cursor
    onPage?.({ changes: page.changes.length, cursor: page.cursor })
    next = page.next_url
  }
  return result
}

/**
 * An item of the copy: one locale of an entry (each has its own address and
 * its own changes). A default-locale item is its id alone, as copies made
 * before there were other locales stored it.
 */
function itemKey({ id, locale }: Pick<SiteChange, 'id' | 'locale'>): string {
  return locale === 'en' ? id : `${locale} ${id}`
}

async function applyChange(fetch: typeof globalThis.fetch, dir: string, state: MirrorState, change: SiteChange, result: MirrorResult): Promise<void> {
  const path = itemPath(change)
  const key = itemKey(change)
  const previous = state.items[key]
  if (change.type === 'published') {
    if (!change.url) throw new MirrorError(`a published change of ${change.id} has no url`)
    const files = await currentFiles(fetch, change)
    if (files) {
      for (const [i, ext] of extensions.entries()) await writeFileAtomic(join(dir, `${path}${ext}`), files[i]!)
      result.written++
      // Another item the copy had here was replaced on the site too (it moved, and this one took its address).
      for (const [other, at] of Object.entries(state.items)) if (at === path && other !== key) delete state.items[other]
      if (previous && previous !== path) result.removed += await removeItem(dir, previous)
      state.items[key] = path
      return
    }
  }
  // Unpublished, deleted, or published where it no longer is: nothing of this item stays.
  if (previous) result.removed += await removeItem(dir, previous)
  // An item the copy never had: its address is removed only when no other item lives there.
  if (previous !== path && !Object.values(state.items).includes(path)) result.removed += await removeItem(dir, path)
  delete state.items[key]
}

/** The item's `.md` and `.json` as the site serves them now; undefined when its address serves something else or nothing. */
async function currentFiles(fetch: typeof globalThis.fetch, change: SiteChange): Promise<[Uint8Array, Uint8Array] | undefined> {
  const bytes: Uint8Array[] = []
  for (const ext of extensions) {
    const url = `${change.url}${ext}`
    const response = await get(fetch, url)
    if (response.status === 404 || response.status === 410) return undefined
    if (!response.ok) throw new MirrorError(`${url}: ${response.status} ${response.statusText}${await errorText(response)}`)
    bytes.push(new Uint8Array(await response.arrayBuffer()))
  }
  // The address may hold another item by now (this one renamed, another given its old slug).
  const json = JSON.parse(Buffer.from(bytes[1]!).toString('utf8')) as { id?: unknown }
  if (json.id !== change.id) return undefined
  return [bytes[0]!, bytes[1]!]
}

async function removeItem(dir: string, path: string): Promise<number> {
  let removed = 0
  for (const ext of extensions) {
    try {
      await rm(join(dir, `${path}${ext}`))
      removed = 1
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return removed
}

async function get(fetch: typeof globalThis.fetch, url: string): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(60_000), headers: { accept: 'application/json, text/markdown;q=0.9, */*;q=0.1' } })
  } catch (error) {
    throw new MirrorError(`${url}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function errorText(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).trim()
  if (!text) return ''
  try {
    const { error } = JSON.parse(text) as { error?: unknown }
    if (typeof error === 'string') return `: ${error}`
  } catch {}
  return `: ${text.slice(0, 200)}`
}
