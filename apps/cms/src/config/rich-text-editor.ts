import {
  BoldFeature,
  FixedToolbarFeature,
  IndentFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { isSafeUrl } from '@careers/career-path'

/** Link addresses readers can follow from every format: the model's safe protocols only. */
export function validateLinkUrl(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return 'Enter the address the link goes to'
  return isSafeUrl(value) ? true : 'Enter a full address starting with https://, http:// or mailto:'
}

/**
 * Exactly the rich text the model allows (paragraphs, bold, italic, inline code,
 * links, bullet and numbered lists, line breaks with Shift+Enter), so whatever an
 * editor can type comes out right in every format. Links are external only:
 * an internal link has no address outside the CMS.
 */
export const careerPathEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    InlineCodeFeature(),
    LinkFeature({
      enabledCollections: [],
      // "Open in new tab" has no meaning in Markdown or a PDF, so it is not offered.
      fields: ({ defaultFields }) =>
        defaultFields.filter((field) => !('name' in field) || field.name !== 'newTab').map((field) => ('name' in field && field.name === 'url' ? ({ ...field, validate: validateLinkUrl } as typeof field) : field)),
    }),
    UnorderedListFeature(),
    OrderedListFeature(),
    // Tab nests list items; paragraphs cannot be indented in any of the formats.
    IndentFeature({ disabledNodes: ['paragraph'], disableTabNode: true }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
