import { entryHeadings, type CareerPath, type SectionKey, type SectionSpec } from '@careers/career-path'
import { SectionHeading } from './section-heading.js'
import { sectionBodies, type SectionContext } from './section-bodies.js'
import { keepWithNext } from './theme.js'

export interface HandoutSectionsProps extends SectionContext {
  entry: CareerPath
  /** The `ref` of the bookmark the sections' outline entries go under; top level without one. */
  outlineParent?: string
}

/** Sections whose body opens with a heading of its own: a question, a specialization's name. */
const opensWithItemHeading = new Set<SectionKey>(['specializations', 'faqs'])

interface SectionProps {
  spec: SectionSpec
  text: string
  entry: CareerPath
  context: SectionContext
  outlineParent: string | undefined
}

function Section({ spec, text, entry, context, outlineParent }: SectionProps) {
  const presence = opensWithItemHeading.has(spec.key) ? keepWithNext.itemHeading : keepWithNext.text
  return (
    <>
      <SectionHeading depth={spec.depth} keepWithNext={presence} {...(outlineParent ? { outlineParent } : {})}>
        {text}
      </SectionHeading>
      {sectionBodies[spec.key](entry, spec, context)}
    </>
  )
}

/**
 * The sections the entry has, in the order of `entryHeadings` (the Markdown's
 * own), each a heading (with its outline entry) followed by its body, and the
 * "What it's like to be …" group heading before the first of its sections.
 * All are siblings, straight on the page: react-pdf's `minPresenceAhead` only looks at siblings, and a bookmark nested in a view
 * points at the wrong height (see `sectionBookmark`), so the outline is flat.
 */
export function HandoutSections({ entry, outlineParent, ...context }: HandoutSectionsProps) {
  return entryHeadings(entry).map(({ spec, text }) =>
    spec ? (
      <Section key={spec.key} spec={spec} text={text} entry={entry} context={context} outlineParent={outlineParent} />
    ) : (
      <SectionHeading key={text} depth={2} keepWithNext={keepWithNext.subsection} {...(outlineParent ? { outlineParent } : {})}>
        {text}
      </SectionHeading>
    ),
  )
}
