import type { Payload } from 'payload'

/**
 * A job cut off by a stop stays marked as running, and Payload's runner never picks it up again:
 * give the jobs of `queue` that have been "running" for longer than `staleMs` back to the queue.
 */
export async function releaseStaleJobs(payload: Payload, queue: string, staleMs: number): Promise<void> {
  await payload.update({
    collection: 'payload-jobs',
    data: { processing: false } as never,
    overrideAccess: true,
    where: {
      and: [{ queue: { equals: queue } }, { processing: { equals: true } }, { completedAt: { exists: false } }, { updatedAt: { less_than: new Date(Date.now() - staleMs).toISOString() } }],
    },
  })
}
