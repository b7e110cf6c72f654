import { Link, Text } from '@react-pdf/renderer'
import { isSafeUrl } from '@careers/career-path'
import type { Handlers } from './rich-text-state.js'
import { richTextStyles as styles } from './rich-text-styles.js'

/** Text and its marks, inside a paragraph's `<Text>`. */
export const inlineHandlers = {
  text(node) {
    return node.value
  },

  strong(node, state) {
    return <Text style={styles.strong}>{state.all(node, state)}</Text>
  },

  emphasis(node, state) {
    return <Text style={styles.emphasis}>{state.all(node, state)}</Text>
  },

  inlineCode(node) {
    return <Text style={styles.code}>{node.value}</Text>
  },

  link(node, state) {
    // Validation refuses unsafe links; should one slip through, it stays text, not a live link.
    if (!isSafeUrl(node.url)) return <>{state.all(node, state)}</>
    return (
      <Link src={node.url} style={styles.link}>
        {state.all(node, state)}
      </Link>
    )
  },

  // Paragraphs are cut into lines at their breaks before this runs (see
  // `splitAtBreaks`); a break met anyway still ends the line.
  break() {
    return '\n'
  },
} satisfies Pick<Handlers, 'text' | 'strong' | 'emphasis' | 'inlineCode' | 'link' | 'break'>
