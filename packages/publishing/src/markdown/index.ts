export { renderMarkdown } from './render-markdown.js'
export { parseMarkdown, type ParsedMarkdown, type ParseOptions } from './parse-markdown.js'
export { careerPathToMdast, type EntryToMdastOptions } from './entry-to-mdast.js'
export { markdownProcessor } from './processor.js'
