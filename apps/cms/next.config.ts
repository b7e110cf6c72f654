import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { localeCodes } from '@careers/career-path'
import { entriesFolderName, prefixedLocales, servedFormatRoutePattern, slugRoutePattern } from '@careers/publishing/contract'
import { securityHeaders } from './src/security/headers'

// `/career-paths/<slug>.<format>`: the contract's address of an entry's file, as a route pattern.
const entryFile = `${entriesFolderName}/:slug(${slugRoutePattern}).:format(${servedFormatRoutePattern})`

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The brief's addresses put the page and its files side by side
  // (`/career-paths/x` and `/career-paths/x.pdf`); Next cannot hold a page and a
  // route handler in one segment, so the files are rewritten to a route of their own.
  // CSP, nosniff, Referrer-Policy and frame protection on every response (src/security/headers.ts).
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
  poweredByHeader: false,
  // `tsc --noEmit` is a task of its own (turbo's typecheck, which the tests wait for): not twice per build.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    return {
      beforeFiles: [
        { source: `/${entryFile}`, destination: '/outputs/:slug/:format' },
        // Every other locale's files at `/<locale>/career-paths/<slug>.<ext>` (the locales are the product's table).
        { source: `/:locale(${prefixedLocales(localeCodes).join('|')})/${entryFile}`, destination: '/outputs/:slug/:format/:locale' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  // The workspace packages are compiled ESM with `.js` specifiers.
  transpilePackages: [],
  // Payload and its database adapters load from node_modules at run time, once per process, as in
  // `next dev` (Payload's own dev default). Bundled, each route had its own copy of Payload's classes
  // while all shared the one Payload instance `getPayload` caches: a validation error thrown by one
  // copy was not `instanceof` the route's, and the admin got a bare toast instead of field messages.
  serverExternalPackages: ['@react-pdf/renderer', '@careers/publishing', 'payload', '@payloadcms/db-sqlite', '@payloadcms/db-postgres', '@payloadcms/db-mongodb', '@payloadcms/drizzle', '@payloadcms/graphql'],
  turbopack: { root: path.resolve(dirname, '../..') },
  outputFileTracingRoot: path.resolve(dirname, '../..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
