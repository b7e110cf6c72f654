import { defaultLocale } from '@careers/career-path'
import type React from 'react'
import { SiteDocument, siteMetadata } from './site-document'

export const metadata = siteMetadata

/** The default locale's pages (no prefix in their addresses). */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument locale={defaultLocale}>{children}</SiteDocument>
}
