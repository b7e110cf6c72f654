import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { prefixedLocale } from '@careers/publishing/contract'
import { EntryPage, entryPageMetadata } from '../../../../(site)/career-paths/[slug]/entry-page'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(args: Args): Promise<Metadata> {
  const locale = prefixedLocale((await args.params).locale)
  return locale ? entryPageMetadata(args, locale) : { title: 'Not found' }
}

/** `/<locale>/career-paths/<slug>`: the entry's page in that locale, as its render stored it; 404 where it is not published. */
export default async function LocalizedCareerPathPage(args: Args) {
  const locale = prefixedLocale((await args.params).locale)
  if (!locale) notFound()
  return <EntryPage args={args} locale={locale} />
}
