import { StyleSheet } from '@react-pdf/renderer'
import { colors, fontSizes, fonts, lineHeights, space, weights } from '../theme.js'

export const richTextStyles = StyleSheet.create({
  // Space goes before blocks, never after: react-pdf moves a block that fits
  // to the next page when only its bottom margin does not, stranding the
  // heading above it.
  blockGap: {
    marginTop: space.paragraph,
  },
  nestedListGap: {
    marginTop: space.nestedList,
  },
  paragraph: {
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
  },
  item: {
    flexDirection: 'row',
  },
  itemGap: {
    marginTop: space.listItem,
  },
  marker: {
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
    color: colors.accent,
    textAlign: 'right',
    paddingRight: 5,
  },
  itemBody: {
    flex: 1,
  },
  itemText: {
    flex: 1,
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
  },
  strong: {
    fontWeight: weights.semibold,
    color: colors.heading,
  },
  emphasis: {
    fontStyle: 'italic',
  },
  code: {
    fontFamily: fonts.code,
    fontSize: fontSizes.code,
    fontWeight: weights.regular,
    backgroundColor: colors.codeBackground,
  },
  link: {
    color: colors.accent,
    textDecoration: 'underline',
  },
})
