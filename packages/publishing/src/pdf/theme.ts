/**
 * Design tokens of the handout: every color, size and distance the components
 * use, so the look can be tuned in one place. Sizes are PDF points (1/72 in).
 */
/** A4, in points. */
export const pageSize = { name: 'A4', width: 595.28 } as const

export const fonts = {
  body: 'Inter',
  code: 'JetBrains Mono',
} as const

/**
 * OpenType features for every text, applied by the shaping step (`shaping.ts`).
 * Shaping is most of a render, and fontkit pays for each feature on every
 * glyph, used or not. Kept: kerning, ligatures, and mark positioning for
 * accents typed as combining characters. Off: Inter's contextual alternates
 * (arrows from "->", a raised colon in "10:30"), which alone triple the cost,
 * and features that do nothing for Latin prose in Inter (fractions, cursive,
 * required and contextual ligatures, script and language forms).
 */
export const fontFeatures = {
  calt: false,
  ccmp: false,
  clig: false,
  curs: false,
  dnom: false,
  frac: false,
  locl: false,
  ltra: false,
  ltrm: false,
  numr: false,
  rclt: false,
  rlig: false,
  rvrn: false,
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
  /** The site's name over the title, the address in the call to action. */
  small: 8.5,
  h2: 13.5,
  h3: 11,
  /** A specialization's name, a question. */
  item: 10.75,
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
  titleBottom: 8,
  sectionTop: 14,
  /** Between the rule above a section heading and the heading. */
  ruleGap: 7,
  subsectionTop: 11,
  headingBottom: 5,
  itemHeadingBottom: 2,
  paragraph: 6,
  listItem: 2.5,
  nestedList: 2,
  /** Width of the bullet column of a list: the hanging indent. */
  bulletColumn: 13,
  digitWidth: 5.6,
  entryGap: 7,
} as const

const bodyLine = fontSizes.body * lineHeights.body
const itemHeading = space.entryGap + fontSizes.item * lineHeights.heading + space.itemHeadingBottom
const subsectionHeading = space.subsectionTop + fontSizes.h3 * lineHeights.heading + space.headingBottom

/**
 * How much must follow a heading on its page (react-pdf `minPresenceAhead`),
 * or the heading moves to the next page.
 */
export const keepWithNext = {
  /**
   * Three body lines: a paragraph split keeps two lines on each side, so with
   * less room even a three-line one moves whole and would leave the heading
   * alone at the foot of the page.
   */
  text: Math.ceil(3 * bodyLine) + 1,
  /** A heading followed by an item's heading keeps room for both. */
  itemHeading: Math.ceil(3 * bodyLine + itemHeading) + 1,
  /** A heading followed by a subsection's heading keeps room for both. */
  subsection: Math.ceil(3 * bodyLine + subsectionHeading) + 1,
  /** Room for a list's last item (two lines), asked for by the item before it. */
  lastItem: Math.ceil(2 * bodyLine + space.listItem),
} as const

/** An item body this short (about three lines) goes to the next page whole, with its heading. */
export const shortItemBody = 240
