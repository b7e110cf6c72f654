import { StyleSheet } from '@react-pdf/renderer'
import { colors, fontSizes, fonts, lineHeights, space, weights } from '../theme.js'

export const richTextStyles = StyleSheet.create({
  paragraph: {
    fontSize: fontSizes.body,
    lineHeight: lineHeights.body,
    marginBottom: space.paragraph,
  },
  list: {
    marginBottom: space.paragraph,
  },
  nestedList: {
    marginTop: space.nestedList,
  },
  item: {
    flexDirection: 'row',
    marginBottom: space.listItem,
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
