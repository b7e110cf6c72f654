import { plainTextOf, type CareerPath } from '@careers/career-path'

/**
 * The opening sentences of the entry's definition as plain text: whole
 * sentences up to `max` characters; a first sentence longer than that is cut
 * at a word and ends with "…". The feed's `summary` and the PDF's subject.
 */
export function definitionLead(entry: CareerPath, max: number): string {
  const first = entry.definition.children[0]
  const text = (first ? plainTextOf(first) : '').replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const sentences = text.split(/(?<=[.!?…])\s+/)
  let lead = sentences[0] ?? ''
  if (lead.length > max) return `${lead.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
  for (const sentence of sentences.slice(1)) {
    if (lead.length + 1 + sentence.length > max) break
    lead += ` ${sentence}`
  }
  return lead
}
