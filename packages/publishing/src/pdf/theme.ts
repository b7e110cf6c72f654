/**
 * Design tokens of the handout: every color, size and distance the components
 * use, so the look can be tuned in one place. Sizes are PDF points (1/72 in).
 */
export const fonts = {
  body: 'Inter',
  code: 'JetBrains Mono',
} as const

export const weights = {
  regular: 400,
  semibold: 600,
  bold: 700,
} as const

export const colors = {
  text: '#1f2933',
  heading: '#0f172a',
  muted: '#5f6b7a',
  accent: '#1d4ed8',
  rule: '#d9dee5',
  codeBackground: '#eef1f5',
  calloutBackground: '#eff4ff',
} as const

export const fontSizes = {
  title: 24,
  kicker: 8.5,
  h2: 13.5,
  h3: 11,
  body: 10.25,
  code: 9.25,
  footer: 8,
} as const

/** Unitless line heights; react-pdf needs `fontSize` beside them in the same style. */
export const lineHeights = {
  title: 1.15,
  heading: 1.25,
  body: 1.45,
  footer: 1.3,
} as const

export const space = {
  /** Page margins; the bottom one leaves room for the footer. */
  pageTop: 50,
  pageSide: 54,
  pageBottom: 64,
  footerBottom: 26,
  /** Below the title block, added to the first heading's top margin. */
  titleBottom: 2,
  sectionTop: 16,
  subsectionTop: 11,
  headingBottom: 5,
  paragraph: 6,
  listItem: 2.5,
  nestedList: 2,
  /** Width of the bullet column of a list: the hanging indent. */
  bulletColumn: 13,
  digitWidth: 5.6,
  entryGap: 7,
} as const

const bodyLine = fontSizes.body * lineHeights.body
const itemHeading = space.entryGap + (fontSizes.body + 0.5) * lineHeights.heading + 2
const subsectionHeading = space.subsectionTop + fontSizes.h3 * lineHeights.heading + space.headingBottom

/**
 * How much must follow a heading on its page (react-pdf `minPresenceAhead`),
 * or the heading moves to the next page. Three body lines: a paragraph split
 * keeps two lines on each side, so with less room even a three-line one
 * moves whole and would leave the heading alone at the foot of the page. A
 * heading followed by another heading keeps room for both.
 */
export const keepWithNext = {
  text: Math.ceil(3 * bodyLine) + 1,
  itemHeading: Math.ceil(3 * bodyLine + itemHeading) + 1,
  subsection: Math.ceil(3 * bodyLine + subsectionHeading) + 1,
} as const
