import type { CollectionAfterChangeHook } from 'payload'
import { toPublishedEntry } from '../entries/load-entries'
import type { CareerPathDocument } from '../entries/document-entry'
import { siteSettings } from '../entries/site-settings'
import { storedOutputs } from '../outputs/stored-outputs'

/**
 * Publishing renders the handout, Markdown, JSON and feed item once and stores
 * them, in the same transaction as the publish, so readers are served stored
 * bytes. Drafts and autosaves render nothing.
 */
export const renderOnPublish: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if ((doc as CareerPathDocument)._status !== 'published' || context.skipRender) return doc
  const lookup = { payload: req.payload, req }
  const published = await toPublishedEntry(lookup, doc as CareerPathDocument)
  await storedOutputs(lookup, { ...published, site: await siteSettings(req.payload, req) })
  return doc
}
