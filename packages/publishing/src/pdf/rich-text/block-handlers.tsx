import { Text, View } from '@react-pdf/renderer'
import { tag } from '../structure-tags.js'
import { keepWithNext } from '../theme.js'
import type { Handlers } from './rich-text-state.js'
import { bulletFor, markerColumnWidth } from './list-markers.js'
import { containsBreak, splitAtBreaks } from './split-at-breaks.js'
import { richTextStyles as styles } from './rich-text-styles.js'

/** Paragraphs and lists: the blocks of rich text. */
export const blockHandlers = {
  paragraph(node, state) {
    const gap = state.index === 0 ? undefined : state.listDepth > 0 ? styles.itemGap : styles.blockGap
    if (!containsBreak(node)) {
      return (
        <Text style={gap ? [styles.paragraph, gap] : styles.paragraph} tag={tag('P')}>
          {state.all(node, state)}
        </Text>
      )
    }
    return (
      <View style={gap} tag={tag('P')}>
        {splitAtBreaks(node).map((line, index) => (
          <Text key={index} style={styles.paragraph}>
            {line.children.length > 0 ? state.all(line, state) : '\u00a0'}
          </Text>
        ))}
      </View>
    )
  },

  list(node, state) {
    const listDepth = state.listDepth + 1
    const start = node.start ?? 1
    const markerWidth = markerColumnWidth(node.ordered === true, start + node.children.length - 1)
    const bullet = bulletFor(listDepth)
    return (
      <View style={state.index > 0 ? (listDepth > 1 ? styles.nestedListGap : styles.blockGap) : undefined} tag={tag('L')}>
        {state.all(node, (index) => ({
          ...state,
          listDepth,
          markerWidth,
          marker: node.ordered ? `${start + index}.` : bullet,
          beforeLastItem: index === node.children.length - 2,
        }))}
      </View>
    )
  },

  listItem(node, state) {
    const [first, ...rest] = node.children
    // The common item, one paragraph, is itself the text column: one view fewer per item.
    const body =
      first?.type === 'paragraph' && rest.length === 0 && !containsBreak(first) ? (
        <Text style={styles.itemText} tag={tag('LBody')}>
          {state.all(first, state)}
        </Text>
      ) : (
        <View style={styles.itemBody} tag={tag('LBody')}>
          {state.all(node, state)}
        </View>
      )
    // The last item never starts a page alone: the one before it asks for room for it.
    const keep = state.beforeLastItem ? { minPresenceAhead: keepWithNext.lastItem } : {}
    return (
      <View style={state.index > 0 ? [styles.item, styles.itemGap] : styles.item} {...keep} tag={tag('LI')}>
        <Text style={[styles.marker, { width: state.markerWidth }]} tag={tag('Lbl')}>
          {state.marker}
        </Text>
        {body}
      </View>
    )
  },
} satisfies Pick<Handlers, 'paragraph' | 'list' | 'listItem'>
