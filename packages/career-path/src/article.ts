/// <reference path="./types/indefinite.d.ts" />
import indefinite from 'indefinite'

/**
 * The title with its indefinite article, as the headings need it:
 * "a Backend Developer", "an API Developer", "a UX Designer", "an MLOps Engineer".
 * A word that starts with two capitals is read letter by letter (an acronym).
 */
export function withArticle(title: string): string {
  const acronym = /^[A-Z]{2,}/.exec(title)?.[0]
  const article = indefinite(acronym ?? title, { articleOnly: true })
  return `${article} ${title}`
}
