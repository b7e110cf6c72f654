/** What a change says happened to an entry's public outputs in one locale: the CMS's change log, its webhooks' events and `careers mirror` read the same three. */
export const changeTypes = ['published', 'unpublished', 'deleted'] as const
export type ChangeType = (typeof changeTypes)[number]

/** One change as `/changes.json` and a webhook delivery show it (the brief's "Keeping partners in sync"). */
export interface PublicChange {
  type: ChangeType
  /** The feed item's stable id. */
  id: string
  slug: string
  locale: string
  at: string
  /** Only for `published`: the entry's page; its files are `url` + `.md`, `.pdf`, `.json`. */
  url?: string
}
