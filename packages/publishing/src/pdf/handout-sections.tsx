import { Fragment } from 'react'
import { hasSection, lifeHeading, sections, type CareerPath, type SectionKey, type SectionSpec } from '@careers/career-path'
import { SectionHeading } from './section-heading.js'
import { sectionBodies, type SectionContext } from './section-bodies.js'
import { keepWithNext } from './theme.js'

export interface HandoutSectionsProps extends SectionContext {
  entry: CareerPath
}

/** Sections whose body opens with a heading of its own: a question, a specialization's name. */
const opensWithItemHeading = new Set<SectionKey>(['specializations', 'faqs'])

function Section({ spec, entry, context }: { spec: SectionSpec; entry: CareerPath; context: SectionContext }) {
  const presence = opensWithItemHeading.has(spec.key) ? keepWithNext.itemHeading : keepWithNext.text
  return (
    <>
      <SectionHeading depth={spec.depth} bookmark keepWithNext={presence}>
        {spec.heading(entry.title)}
      </SectionHeading>
      {sectionBodies[spec.key](entry, context)}
    </>
  )
}

/**
 * The sections the entry has, in the order of the `sections` table, each a
 * heading (with its outline entry) followed by its body. The depth-3 sections
 * come under the "What it's like to be …" heading, printed before the first
 * of them. All are siblings, straight on the page: react-pdf's
 * `minPresenceAhead` only looks at siblings, and a bookmark nested in a view
 * points at the wrong height (see `sectionBookmark`), so the outline is flat.
 */
export function HandoutSections({ entry, ...context }: HandoutSectionsProps) {
  const present = sections.filter((spec) => hasSection(entry, spec.key))
  const firstLife = present.find((spec) => spec.depth === 3)
  return present.map((spec) => (
    <Fragment key={spec.key}>
      {spec === firstLife ? (
        <SectionHeading depth={2} bookmark keepWithNext={keepWithNext.subsection}>
          {lifeHeading(entry.title)}
        </SectionHeading>
      ) : null}
      <Section spec={spec} entry={entry} context={context} />
    </Fragment>
  ))
}
