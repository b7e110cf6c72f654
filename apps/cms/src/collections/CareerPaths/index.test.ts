import { expect, it } from 'vitest'
import { CareerPaths } from './index'

// What editors rely on in the admin, as configuration Payload acts on.
it('lists status and last change, and keeps drafts, autosave, scheduled publishing, versions and locks', () => {
  expect(CareerPaths.admin?.defaultColumns).toEqual(expect.arrayContaining(['title', '_status', 'updatedAt']))
  expect(CareerPaths.versions).toMatchObject({ drafts: { autosave: expect.anything(), schedulePublish: true } })
  expect(CareerPaths.lockDocuments).toMatchObject({ duration: expect.any(Number) })
  expect(CareerPaths.admin?.components?.edit?.beforeDocumentControls).toEqual(['/components/EntryDownloads#EntryDownloads'])
})
