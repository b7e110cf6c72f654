import type { CollectionConfig } from 'payload'
import { hiddenUnless, isStaff } from '../access/roles'

/**
 * Payload's jobs collection, shown to staff under Administration → Jobs: every
 * waiting, running and failed render with its tries and its error (a finished
 * job is deleted). Read-only: jobs are made by publishing and run by the worker.
 */
export function jobsCollection({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return {
    ...defaultJobsCollection,
    labels: { singular: 'Job', plural: 'Jobs' },
    admin: {
      ...defaultJobsCollection.admin,
      group: 'Administration',
      hidden: hiddenUnless(isStaff),
      defaultColumns: ['taskSlug', 'input', 'processing', 'hasError', 'totalTried', 'error', 'updatedAt'],
      description: 'Renders waiting, running or failed (finished ones are removed). A failed render is tried again with growing waits; readers keep the last good files meanwhile.',
    },
    access: { ...defaultJobsCollection.access, read: ({ req }) => isStaff({ req }) },
  }
}
