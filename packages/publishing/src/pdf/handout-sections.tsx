import { View } from '@react-pdf/renderer'
import { hasSection, lifeHeading, sections, type CareerPath, type SectionKey, type SectionSpec } from '@careers/career-path'
import { SectionHeading } from './section-heading.js'
import './react-pdf-bookmarks.js'
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
 * The sections the entry has, in the order of the `sections` table. The
 * depth-3 sections sit under the "What it's like to be …" heading; its view
 * carries the group's bookmark, so their bookmarks nest under it in the outline.
 */
export function HandoutSections({ entry, ...context }: HandoutSectionsProps) {
  const present = sections.filter((spec) => hasSection(entry, spec.key))
  const life = present.filter((spec) => spec.depth === 3)
  return present.map((spec) => {
    if (spec.depth === 2) return <Section key={spec.key} spec={spec} entry={entry} context={context} />
    if (spec !== life[0]) return null
    const heading = lifeHeading(entry.title)
    return (
      <View key="life" bookmark={heading}>
        <SectionHeading depth={2} keepWithNext={keepWithNext.subsection}>
          {heading}
        </SectionHeading>
        {life.map((lifeSpec) => (
          <Section key={lifeSpec.key} spec={lifeSpec} entry={entry} context={context} />
        ))}
      </View>
    )
  })
}
