import { defaultLocale } from '@careers/career-path'
import type { Metadata } from 'next'
import { type IndexArgs, IndexView, indexMetadata } from './index-view'

export const dynamic = 'force-dynamic'

export function generateMetadata(): Promise<Metadata> {
  return indexMetadata(defaultLocale)
}

/** `/career-paths[?q=words&tag=t&page=N]`: the index of published entries (`IndexView`). */
export default function CareerPathIndex(args: IndexArgs) {
  return <IndexView locale={defaultLocale} searchParams={args.searchParams} />
}
