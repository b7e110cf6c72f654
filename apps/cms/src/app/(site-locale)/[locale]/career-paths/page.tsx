import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { prefixedLocale } from '@careers/publishing/contract'
import { type IndexArgs, IndexView, indexMetadata } from '../../../(site)/career-paths/index-view'

export const dynamic = 'force-dynamic'

type Args = IndexArgs & { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const locale = prefixedLocale((await params).locale)
  return locale ? indexMetadata(locale) : { title: 'Not found' }
}

/** `/<locale>/career-paths[?q=…&tag=…&page=N]`: the index of the entries published in that locale, in its words. */
export default async function LocalizedCareerPathIndex({ params, searchParams }: Args) {
  const locale = prefixedLocale((await params).locale)
  if (!locale) notFound()
  return <IndexView locale={locale} searchParams={searchParams} />
}
