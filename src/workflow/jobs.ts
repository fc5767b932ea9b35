/**
 * Scheduled publishing on Payload's jobs queue. Every minute the task publishes approved items
 * whose publish time has come (as the leader who scheduled them) and unpublishes published items
 * whose unpublish time has come. A time that passed while the server was down is simply due.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { pluginSettings } from './notify'
import { runWorkflowAction, SYSTEM_ACTOR } from './service'
import type { ItemDoc } from '../documents'
import { refId } from '../fields/refs'

export const SCHEDULE_TASK = 'bilingualPublishDue'
export const SCHEDULE_QUEUE = 'bilingual'

/** Collections with publishAt / unpublishAt (DESIGN.md: articles). */
export const SCHEDULED_COLLECTIONS = ['articles'] as const

export type DueReport = { failed: Array<{ collection: string; id: number | string; message: string }>; published: number; unpublished: number }

/** Publish and unpublish everything that is due at `now`. Also callable directly (tests, scripts). */
export async function runDueSchedules(payload: Payload, req?: PayloadRequest, now = new Date()): Promise<DueReport> {
  const report: DueReport = { failed: [], published: 0, unpublished: 0 }
  for (const collection of SCHEDULED_COLLECTIONS) {
    const due = await payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 200,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [{ workflowState: { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }, { publishRequestedBy: { exists: true } }],
      },
    })
    for (const doc of due.docs as unknown as ItemDoc[]) {
      const leaderId = refId(doc.publishRequestedBy)
      const leader =
        leaderId === null ? null : await payload.findByID({ collection: pluginSettings(payload).usersCollection as 'users', depth: 0, disableErrors: true, id: leaderId, overrideAccess: true, req })
      try {
        await runWorkflowAction(payload, { action: 'publish', collection, id: doc.id, publishAt: now.toISOString(), req, user: (leader as never) ?? null })
        report.published += 1
      } catch (error) {
        report.failed.push({ collection, id: doc.id, message: (error as Error).message })
      }
    }
    const expired = await payload.find({
      collection,
      depth: 0,
      limit: 200,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ _status: { equals: 'published' } }, { unpublishAt: { less_than_equal: now.toISOString() } }] },
    })
    for (const doc of expired.docs as unknown as ItemDoc[]) {
      try {
        await runWorkflowAction(payload, { action: 'unpublish', collection, comment: 'unpublishAt', id: doc.id, req, user: SYSTEM_ACTOR })
        report.unpublished += 1
      } catch (error) {
        report.failed.push({ collection, id: doc.id, message: (error as Error).message })
      }
    }
  }
  for (const failure of report.failed) payload.logger.warn({ msg: `bilingual: scheduled change of ${failure.collection} ${failure.id} refused: ${failure.message}` })
  return report
}

export const publishDueTask = {
  handler: async ({ req }: { req: PayloadRequest }) => {
    const report = await runDueSchedules(req.payload, req)
    return { output: { failed: report.failed.length, published: report.published, unpublished: report.unpublished } }
  },
  outputSchema: [
    { name: 'published', type: 'number' as const },
    { name: 'unpublished', type: 'number' as const },
    { name: 'failed', type: 'number' as const },
  ],
  retries: 2,
  schedule: [{ cron: '0 * * * * *', queue: SCHEDULE_QUEUE }],
  slug: SCHEDULE_TASK,
} as unknown as TaskConfig
