import { Fragment } from 'react'
import { StyleSheet, Text } from '@react-pdf/renderer'
import type { Faq } from '@careers/career-path'
import { renderRichText } from './rich-text/render-rich-text.js'
import { colors, fontSizes, keepWithNext, lineHeights, space, weights } from './theme.js'

const styles = StyleSheet.create({
  question: {
    fontSize: fontSizes.body + 0.5,
    lineHeight: lineHeights.heading,
    fontWeight: weights.semibold,
    color: colors.heading,
    marginTop: space.entryGap - space.paragraph,
    marginBottom: 2,
  },
})

/**
 * Each FAQ as its question in bold over its rich-text answer, all siblings of
 * the section heading (see `SpecializationList`).
 */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return faqs.map(({ question, answer }, index) => (
    <Fragment key={index}>
      <Text style={styles.question} minPresenceAhead={keepWithNext.item}>
        {question}
      </Text>
      {renderRichText(answer)}
    </Fragment>
  ))
}
