import { defaultLocale } from '@careers/career-path'
import type { Metadata } from 'next'
import type React from 'react'
import { SiteDocument } from './site-document'

export const metadata: Metadata = {
  title: { default: 'Career paths', template: '%s' },
}

/** The default locale's pages (no prefix in their addresses). */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument locale={defaultLocale}>{children}</SiteDocument>
}
