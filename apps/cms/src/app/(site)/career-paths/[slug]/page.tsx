import type { Metadata } from 'next'
import { type Args, EntryPage, entryPageMetadata } from './entry-page'

export const dynamic = 'force-dynamic'

export function generateMetadata(args: Args): Promise<Metadata> {
  return entryPageMetadata(args)
}

/** The default locale's page of an entry (`entry-page.tsx` serves every locale alike). */
export default function CareerPathPage(args: Args) {
  return <EntryPage args={args} />
}
