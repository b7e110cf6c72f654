import { locales, type Locale } from '@careers/career-path'
import type { Metadata } from 'next'
import type React from 'react'
import './site.css'

/** Every public page's title template (each page sets its own title). */
export const siteMetadata: Metadata = {
  title: { default: 'Career paths', template: '%s' },
}

/**
 * The document every public page is: its language on `<html lang>` (each
 * locale's pages have a root layout of their own, `(site-locale)/[locale]`,
 * since only a root layout writes `<html>`), the skip link, the styles.
 */
export function SiteDocument({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const { code, labels } = locales[locale]
  return (
    <html lang={code}>
      <body>
        <a className="skip" href="#main">
          {labels.site.skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
