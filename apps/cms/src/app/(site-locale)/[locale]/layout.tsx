import { defaultLocale } from '@careers/career-path'
import type React from 'react'
import { prefixedLocale } from '@careers/publishing/contract'
import { SiteDocument, siteMetadata } from '../../(site)/site-document'

export const metadata = siteMetadata

/** `/<locale>/…`: another locale's pages, in its language. */
export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = prefixedLocale((await params).locale)
  return <SiteDocument locale={locale ?? defaultLocale}>{children}</SiteDocument>
}
