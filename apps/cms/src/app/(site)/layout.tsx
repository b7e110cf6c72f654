import type { Metadata } from 'next'
import type React from 'react'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Career paths', template: '%s' },
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  )
}
