import type { CareerPath } from '@careers/career-path'
import { definitionLead } from '../lead.js'

/** The item's `summary`: the opening sentences of the definition, at most `max` characters. */
export function summarize(entry: CareerPath, max = 280): string {
  return definitionLead(entry, max)
}
