import remarkFrontmatter from 'remark-frontmatter'
import { remarkGfmWithoutAutolinks } from './remark-gfm-without-autolinks.js'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'

/**
 * The one Markdown dialect of the project: CommonMark with GFM (minus autolink literals) and YAML front
 * matter, written in one house style. Frozen once, because building a processor
 * per call costs more than rendering a whole entry.
 */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfmWithoutAutolinks)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
    resourceLink: true,
    // The default escapes `<` only before a letter, `!`, `/` or `?`; CommonMark also reads
    // `<2@a>` or `<.x@y>` as an email autolink, so `<` before any local-part character is escaped.
    unsafe: [{ character: '<', after: "[\\d.#$%&'*+=^_`{|}~-]", inConstruct: 'phrasing' }],
  })
  .freeze()
