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
  richTextCharacters: 20_000,
  responsibilities: 40,
  specializations: 30,
  faqs: 50,
  related: 30,
  tags: 20,
  tag: 40,
  listDepth: 3,
} as const
