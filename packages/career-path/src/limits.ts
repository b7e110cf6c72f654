/**
 * Documented limits of one entry. They keep a handout within a few pages and a
 * request within bounded time; validation names the limit a value breaks.
 */
export const limits = {
  title: 120,
  slug: 100,
  shortText: 300,
  questionText: 300,
  specializationDescription: 1_500,
  /** Characters of text in one rich-text field. */
  richTextCharacters: 20_000,
  /**
   * In all of an entry's rich text together: characters; paragraphs, list
   * items and line breaks (each a box or line of its own in the handout); and
   * runs of text (each stretch of plain, bold, italic or code text, and each
   * link). A handout's render time and memory grow with these, not with the
   * number of fields: 50 FAQs of 20,000 characters each, or thousands of
   * one-letter list items, took from seconds to minutes on the server's one
   * thread. A real entry has about 4,500 characters, 10 blocks and 15 runs; at
   * every limit at once a handout renders in 5 to 7 seconds on the 2-core
   * machine, in under 500 MB.
   */
  entryRichTextCharacters: 100_000,
  richTextBlocks: 500,
  richTextRuns: 2_000,
  responsibilities: 40,
  specializations: 30,
  faqs: 50,
  related: 30,
  tags: 20,
  tag: 40,
  listDepth: 3,
} as const
