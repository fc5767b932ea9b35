/**
 * WebSub: when WEBSUB_HUB_URL is set, feeds name the hub (`rel="hub"`, and `rel="self"` they
 * already carry), and every change of public content pings it for the feeds of the languages it
 * touched, so aggregators learn of news at once. The ping is a job on the delivery queue, queued
 * in the change's transaction, tried again by Payload's runner when the hub is down.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { absoluteUrl } from '../publication/urls'
import { DELIVERY_QUEUE } from '../delivery/constants'
import { pluginSettings } from '../workflow/notify'

export const WEBSUB_TASK = 'bilingualWebSubPing'

export function websubHub(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.WEBSUB_HUB_URL || undefined
}

/** The feed URLs a change in `languages` updates. */
export function feedUrlsFor(publicUrl: string, languages: Iterable<string>): string[] {
  return [...new Set(languages)].flatMap((language) => ['rss.xml', 'atom.xml', 'feed.json'].map((file) => absoluteUrl(publicUrl, `/api/feeds/${language}/${file}`)))
}

/** Queue a ping of the hub for these languages' feeds (nothing when no hub is configured). */
export async function queueWebSubPing(req: PayloadRequest, languages: Iterable<string>): Promise<void> {
  if (!websubHub()) return
  const urls = feedUrlsFor(pluginSettings(req.payload).publicUrl, languages)
  if (!urls.length) return
  await req.payload.jobs.queue({ input: { urls: urls.join('\n') } as never, queue: DELIVERY_QUEUE, req, task: WEBSUB_TASK as never })
}

async function ping(payload: Payload, urls: string[]): Promise<void> {
  const hub = websubHub()
  if (!hub) return
  const body = new URLSearchParams([['hub.mode', 'publish'], ...urls.map((url) => ['hub.url', url] as [string, string])])
  const res = await fetch(hub, { body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(15_000) })
  if (res.status >= 300) {
    payload.logger.warn({ msg: `WebSub: the hub answered ${res.status}; tried again` })
    throw new Error(`WebSub hub answered ${res.status}`)
  }
}

export const websubTask = {
  handler: async ({ input, req }: { input: { urls: string }; req: PayloadRequest }) => {
    await ping(req.payload, input.urls.split('\n').filter(Boolean))
    return { output: {} }
  },
  inputSchema: [{ name: 'urls', type: 'textarea' as const, required: true }],
  retries: { attempts: 5, backoff: { delay: 30_000, type: 'exponential' as const } },
  slug: WEBSUB_TASK,
} as unknown as TaskConfig
