import { Link, StyleSheet, View } from '@react-pdf/renderer'
import type { SiteSettings } from '../site.js'
import { tag } from './structure-tags.js'
import { colors, fontSizes, lineHeights, space, weights } from './theme.js'

const styles = StyleSheet.create({
  box: {
    marginTop: space.sectionTop + 2,
    paddingVertical: 10,
    paddingHorizontal: 14,
    backgroundColor: colors.calloutBackground,
    borderLeftWidth: 3,
    borderLeftColor: colors.accent,
  },
  label: {
    fontSize: fontSizes.h3,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    textDecoration: 'none',
  },
  url: {
    marginTop: 2,
    fontSize: fontSizes.small,
    lineHeight: lineHeights.footer,
    color: colors.accent,
    textDecoration: 'none',
  },
})

/**
 * The site's call to action, closing the handout. The address is printed too:
 * on paper a link cannot be clicked.
 */
export function CallToAction({ callToAction }: Pick<SiteSettings, 'callToAction'>) {
  return (
    <View style={styles.box} wrap={false} tag={tag('P')}>
      <Link src={callToAction.url} style={styles.label}>
        {callToAction.label}
      </Link>
      <Link src={callToAction.url} style={styles.url}>
        {callToAction.url}
      </Link>
    </View>
  )
}
