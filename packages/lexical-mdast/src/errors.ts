import { problem, type VFileMessage } from '@careers/career-path'

/**
 * Content the model cannot hold, as the project's one problem type (rule
 * `unsupported-rich-text`). Thrown rather than dropped: an editor who made a
 * heading must learn it will not be published, not find it gone. The reason is
 * written for that editor; `actual` is the node's `type` (Lexical's or mdast's,
 * after the side read) and `note` where the node is (`root.children[2].children[0]`),
 * for the code showing it. The field is the caller's to set: only it knows which.
 */
export function unsupportedRichText(reason: string, path: string, nodeType: string): VFileMessage {
  const message = problem(reason, { rule: 'unsupported-rich-text' })
  message.actual = nodeType
  message.note = path
  return message
}

const allowed = 'paragraphs, bullet and numbered lists, bold, italic, inline code, links and line breaks'

/** What to tell an editor about a Lexical node type that is not allowed. */
const lexicalMessages: Record<string, string> = {
  heading: 'Headings are not allowed in this field; use bold text instead.',
  quote: 'Quotes are not allowed in this field; use a normal paragraph instead.',
  upload: 'Images and files are not allowed in this field; remove the upload.',
  relationship: 'Embedded documents are not allowed in this field; link to the page instead.',
  block: 'Blocks are not allowed in this field; remove the block.',
  inlineBlock: 'Inline blocks are not allowed in this field; remove the block.',
  table: 'Tables are not allowed in this field; use a list instead.',
  tablerow: 'Tables are not allowed in this field; use a list instead.',
  tablecell: 'Tables are not allowed in this field; use a list instead.',
  horizontalrule: 'Horizontal lines are not allowed in this field; start a new paragraph instead.',
  code: 'Code blocks are not allowed in this field; use inline code instead.',
}

/** The same for mdast, whose trees come from Markdown files. */
const mdastMessages: Record<string, string> = {
  heading: lexicalMessages.heading!,
  blockquote: lexicalMessages.quote!,
  code: lexicalMessages.code!,
  thematicBreak: lexicalMessages.horizontalrule!,
  table: lexicalMessages.table!,
  image: 'Images are not allowed in this field; remove the image.',
  imageReference: 'Images are not allowed in this field; remove the image.',
  html: 'Raw HTML is not allowed in this field; remove it.',
  delete: 'Strikethrough is not allowed in this field; remove it.',
  footnoteReference: 'Footnotes are not allowed in this field; remove the footnote.',
  footnoteDefinition: 'Footnotes are not allowed in this field; remove the footnote.',
  linkReference: 'Reference-style links are not allowed in this field; write the URL in the link.',
  definition: 'Reference-style links are not allowed in this field; write the URL in the link.',
  yaml: 'Front matter is not allowed in this field.',
}

export function unsupportedLexicalNode(type: string, path: string): VFileMessage {
  return unsupportedRichText(lexicalMessages[type] ?? `"${type}" content is not allowed in this field; it may hold ${allowed}.`, path, type)
}

export function unsupportedMdastNode(type: string, path: string): VFileMessage {
  return unsupportedRichText(mdastMessages[type] ?? `"${type}" content is not allowed in this field; it may hold ${allowed}.`, path, type)
}
