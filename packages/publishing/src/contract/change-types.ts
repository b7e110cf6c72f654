/** What a change says happened to an entry's public outputs in one locale: the CMS's change log, its webhooks' events and `careers mirror` read the same three. */
export const changeTypes = ['published', 'unpublished', 'deleted'] as const
export type ChangeType = (typeof changeTypes)[number]
