import type { Payload, TypedUser } from 'payload'
import type React from 'react'
import { careerPathsSlug } from '../collections/slugs'
import { describeLocaleStatuses, localeStatuses } from '../entries/locale-status'

type Props = { payload: Payload; user?: TypedUser | null }

const cell: React.CSSProperties = { padding: '0.45rem 0.75rem 0.45rem 0', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }

/**
 * The dashboard's first panel: the career paths an editor works on, newest
 * change first, with their status (each row's newest version, drafts included)
 * and each locale's (published, draft, missing; stale translations).
 */
export async function CareerPathsOverview({ payload, user }: Props) {
  if (!user) return null
  const { docs, totalDocs } = await payload.find({
    collection: careerPathsSlug,
    draft: true,
    depth: 0,
    limit: 12,
    sort: '-updatedAt',
    select: { title: true, slug: true, _status: true, updatedAt: true },
    overrideAccess: false,
    user,
  })
  const rows = docs
  const languages = await Promise.all(rows.map(async (row) => describeLocaleStatuses(await localeStatuses(payload, row.id))))
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="career-paths-overview" data-testid="career-paths-overview" style={{ marginBottom: '2.5rem' }}>
      <h2 id="career-paths-overview" style={{ marginBottom: '0.75rem' }}>
        Career paths <span style={{ color: 'var(--theme-elevation-500)', fontWeight: 400 }}>({totalDocs})</span>
      </h2>
      {rows.length === 0 ? (
        <p>No career paths yet.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%', maxWidth: '52rem' }}>
          <thead>
            <tr>
              <th style={cell}>Title</th>
              <th style={cell}>Status</th>
              <th style={cell}>Languages</th>
              <th style={cell}>Last change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id}>
                <td style={cell}>
                  <a href={`${admin}/collections/${careerPathsSlug}/${row.id}`}>{row.title || 'Untitled'}</a>
                </td>
                <td style={cell}>{row._status === 'published' ? 'Published' : 'Draft'}</td>
                <td style={cell}>{languages[i]}</td>
                <td style={cell}>{row.updatedAt ? new Date(row.updatedAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totalDocs > rows.length ? (
        <p style={{ marginTop: '0.75rem' }}>
          <a href={`${admin}/collections/${careerPathsSlug}`}>All {totalDocs} career paths</a>
        </p>
      ) : null}
    </section>
  )
}
