/**
 * Workflow e-mails as jobs on Payload's queue. A workflow action queues its messages with its own
 * `req`, so they are written with the action (in its transaction where the database has them);
 * the server's job runner sends them every few seconds, with retries and exponential backoff.
 * Nothing is held in memory: a restart between the action and the sending loses nothing.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { releaseStaleJobs } from '../jobs/stale'

export const MAIL_TASK = 'bilingualSendEmail'
export const MAIL_QUEUE = 'bilingual-mail'
/** How often the server's runner looks for e-mails to send. */
export const MAIL_CRON = '*/5 * * * * *'
/** Attempts after the first, and the first wait (doubled each time: 30 s, 1 min, 2 min, 4 min, 8 min). */
export const MAIL_RETRIES = 5
export const MAIL_BACKOFF_MS = 30_000
/** A send still marked as running after this long was cut off by a stop: it is sent again. */
export const MAIL_STALE_MS = 5 * 60_000

export type MailMessage = { subject: string; text: string; to: string }

export const sendEmailTask = {
  handler: async ({ input, req }: { input: MailMessage; req: PayloadRequest }) => {
    await req.payload.sendEmail({ subject: input.subject, text: input.text, to: input.to })
    return { output: {} }
  },
  inputSchema: [
    { name: 'to', type: 'text' as const, required: true },
    { name: 'subject', type: 'text' as const, required: true },
    { name: 'text', type: 'textarea' as const, required: true },
  ],
  label: 'Send a workflow e-mail',
  retries: { attempts: MAIL_RETRIES, backoff: { delay: MAIL_BACKOFF_MS, type: 'exponential' as const } },
  slug: MAIL_TASK,
} as unknown as TaskConfig

/** Queue one e-mail with the action's `req` (and so in its transaction). */
export async function queueEmail(payload: Payload, message: MailMessage, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ input: message as never, queue: MAIL_QUEUE, req, task: MAIL_TASK as never })
}

/** E-mails whose sending a stop cut off go out again (src/jobs/stale.ts). */
export function releaseStaleSends(payload: Payload): Promise<void> {
  return releaseStaleJobs(payload, MAIL_QUEUE, MAIL_STALE_MS)
}

/** Send what is due now (the server's runner does this every 5 s; tests and scripts call it). */
export async function runMailQueue(payload: Payload): Promise<void> {
  await releaseStaleSends(payload)
  await payload.jobs.run({ limit: 100, queue: MAIL_QUEUE })
}
