import type { CareerPath } from '@careers/career-path'
import { toString } from 'mdast-util-to-string'

/** The opening sentences of the definition, at most `max` characters, cut at a word. */
export function summarize(entry: CareerPath, max = 280): string {
  const first = entry.definition.children[0]
  const text = (first ? toString(first) : '').replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []
  let out = ''
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > max) break
    out += sentence
  }
  if (out.trim()) return out.trim()
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
