export { lexicalToMdast } from './to-mdast.js'
export { mdastToLexical, type MdastToLexicalOptions } from './to-lexical.js'
export { TextFormat } from './types.js'
export type {
  ElementFormat,
  LinkFields,
  RichTextBlockNode,
  RichTextEditorState,
  RichTextInlineNode,
  RichTextLexicalNode,
  RichTextLinkNode,
  RichTextListItemChild,
  RichTextListItemNode,
  RichTextListNode,
  RichTextParagraphNode,
  SerializedAutoLinkNode,
  SerializedEditorState,
  SerializedElementNode,
  SerializedLexicalNode,
  SerializedLineBreakNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedRootNode,
  SerializedTabNode,
  SerializedTextNode,
} from './types.js'
