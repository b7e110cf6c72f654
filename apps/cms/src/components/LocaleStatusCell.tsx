import type { Payload } from 'payload'
import { describeLocaleStatuses, localeStatuses } from '../entries/locale-status'

type Props = { payload: Payload; rowData?: { id?: number | string } }

/** The list view's "Languages" column: each locale's status of the row's entry (published, draft, missing; stale translations). */
export async function LocaleStatusCell({ payload, rowData }: Props) {
  if (rowData?.id === undefined) return null
  const statuses = await localeStatuses(payload, rowData.id)
  return <span data-testid="locale-status">{describeLocaleStatuses(statuses)}</span>
}
