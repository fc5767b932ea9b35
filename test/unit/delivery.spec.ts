import { describe, expect, it } from 'vitest'

import { isPublicAddress } from '../../src/delivery/hosts'
import { destinationTakes, type LastSent, lastSentKey, type PlanEntry, planDeliveries } from '../../src/delivery/plan'
import { classify, linesDue, nextDelay, nextDueAt, parseRetryAfter, RETRY_SCHEDULE_MS } from '../../src/delivery/schedule'
import { decryptSecret, encryptSecret, generateSigningSecret, isSigningSecret } from '../../src/delivery/secrets'
import { richTextToPlainText } from '../../src/text/richText'

const entry = (overrides: Partial<PlanEntry> = {}): PlanEntry => ({
  category: '3',
  channels: '|portal|province|',
  docCollection: 'articles',
  docId: '12',
  key: 'articles:12',
  language: 'vi',
  ...overrides,
})
const portal = { categories: [], channels: ['portal'], id: 'd1', languages: [] }

describe('which destination takes an item', () => {
  it('by channel, language and category; empty lists take everything', () => {
    expect(destinationTakes(portal, entry())).toBe(true)
    expect(destinationTakes({ ...portal, channels: ['doet'] }, entry())).toBe(false)
    expect(destinationTakes({ ...portal, languages: ['en'] }, entry())).toBe(false)
    expect(destinationTakes({ ...portal, categories: ['4'] }, entry())).toBe(false)
    expect(destinationTakes({ ...portal, categories: ['3'] }, entry())).toBe(true)
    // a channel name inside another is not a match
    expect(destinationTakes({ ...portal, channels: ['vietnam'] }, entry({ channels: '|vietnam-vn|' }))).toBe(false)
  })
})

describe('what a change of the index sends', () => {
  const last = (sent: Array<[string, LastSent]>) => new Map(sent.map(([k, v]) => [lastSentKey('d1', k), v]))
  it('first publish: published; a new hash: updated; the same hash: nothing', () => {
    const after = { ...entry(), contentHash: 'h1' }
    expect(planDeliveries([portal], [{ after, key: after.key }], new Map()).map((p) => p.event)).toEqual(['published'])
    expect(planDeliveries([portal], [{ after: { ...after, contentHash: 'h2' }, key: after.key }], last([['articles:12', { contentHash: 'h1', event: 'published' }]])).map((p) => p.event)).toEqual([
      'updated',
    ])
    expect(planDeliveries([portal], [{ after, key: after.key }], last([['articles:12', { contentHash: 'h1', event: 'updated' }]]))).toEqual([])
  })
  it('gone from the index, or no longer in the channel: withdrawn, only where it was sent', () => {
    const before = entry()
    expect(planDeliveries([portal], [{ before, key: before.key }], new Map())).toEqual([])
    const planned = planDeliveries([portal], [{ before, key: before.key }], last([['articles:12', { contentHash: 'h1', event: 'published' }]]))
    expect(planned).toMatchObject([{ contentHash: 'h1', event: 'withdrawn' }])
    const moved = { ...entry({ channels: '|doet|' }), contentHash: 'h1' }
    expect(planDeliveries([portal], [{ after: moved, before, key: before.key }], last([['articles:12', { contentHash: 'h1', event: 'published' }]])).map((p) => p.event)).toEqual(['withdrawn'])
    // withdrawn already: nothing more; published again later: published anew
    expect(planDeliveries([portal], [{ before, key: before.key }], last([['articles:12', { contentHash: 'h1', event: 'withdrawn' }]]))).toEqual([])
    expect(
      planDeliveries([portal], [{ after: { ...entry(), contentHash: 'h1' }, key: 'articles:12' }], last([['articles:12', { contentHash: 'h1', event: 'withdrawn' }]])).map((p) => p.event),
    ).toEqual(['published'])
  })
})

describe('retries', () => {
  it('2xx delivered; network errors, 408, 429 and 5xx retried; 410 gone; other answers failed', () => {
    expect(classify(204).kind).toBe('delivered')
    for (const status of [null, 408, 429, 500, 502, 503]) expect(classify(status).kind).toBe('retry')
    expect(classify(410).kind).toBe('gone')
    for (const status of [301, 400, 401, 404, 422]) expect(classify(status).kind).toBe('failed')
  })
  it('Retry-After in seconds or as a date; the schedule with jitter, scaled; then nothing', () => {
    const now = new Date('2026-12-03T08:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Thu, 03 Dec 2026 08:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(classify(503, '7', now)).toEqual({ kind: 'retry', retryAfterMs: 7000 })
    expect(nextDelay(1, { random: () => 0.5 })).toBe(5_000)
    expect(nextDelay(2, { random: () => 0 })).toBe(Math.round(5 * 60_000 * 0.8))
    expect(nextDelay(3, { random: () => 1, scale: 0.001 })).toBe(Math.round(30 * 60_000 * 1.2 * 0.001))
    expect(nextDelay(1, { retryAfterMs: 42_000 })).toBe(42_000)
    expect(nextDelay(RETRY_SCHEDULE_MS.length)).not.toBeNull()
    expect(nextDelay(RETRY_SCHEDULE_MS.length + 1)).toBeNull()
  })
})

describe('the queue', () => {
  const now = new Date('2026-12-03T08:00:00Z')
  const row = (id: number, destination: string, itemKey: string, extra: { claimedUntil?: string; nextAttemptAt?: string } = {}) => ({ destination, id, itemKey, ...extra })
  it('one line per destination and item, in order, cut at a row that waits for a retry or that another sender holds', () => {
    const rows = [
      row(4, 'a', 'articles:1'),
      row(1, 'a', 'articles:1'),
      row(2, 'b', 'articles:1', { nextAttemptAt: '2026-12-03T08:05:00Z' }),
      row(5, 'b', 'articles:1'),
      row(3, 'a', 'articles:2', { claimedUntil: '2026-12-03T08:00:30Z' }),
      row(6, 'a', 'articles:2'),
      row(7, 'c', 'articles:1', { claimedUntil: '2026-12-03T07:59:00Z', nextAttemptAt: '2026-12-03T07:58:00Z' }),
    ]
    expect(linesDue(rows, now).map((line) => line.map((r) => r.id))).toEqual([[1, 4], [7]])
  })
  it('the next sweep: when the first waiting row of any line may go', () => {
    expect(nextDueAt([])).toBeNull()
    const rows = [
      row(1, 'a', 'articles:1', { nextAttemptAt: '2026-12-03T08:05:00Z' }),
      // behind row 1: its own time does not count
      row(2, 'a', 'articles:1', { nextAttemptAt: '2026-12-03T08:00:00Z' }),
      row(3, 'b', 'articles:1', { claimedUntil: '2026-12-03T08:01:00Z', nextAttemptAt: '2026-12-03T07:00:00Z' }),
    ]
    expect(nextDueAt(rows)?.toISOString()).toBe('2026-12-03T08:01:00.000Z')
  })
})

describe('signing secrets and addresses', () => {
  it('a generated secret has the Standard Webhooks shape and survives encryption only with the same key', () => {
    const secret = generateSigningSecret()
    expect(isSigningSecret(secret)).toBe(true)
    expect(isSigningSecret('whsec_short')).toBe(false)
    expect(isSigningSecret('hunter2')).toBe(false)
    const stored = encryptSecret(secret, 'payload-secret-a')
    expect(stored).not.toContain(secret.slice(6))
    expect(decryptSecret(stored, 'payload-secret-a')).toBe(secret)
    expect(decryptSecret(stored, 'payload-secret-b')).toBeNull()
    expect(decryptSecret(`${stored.slice(0, -4)}AAAA`, 'payload-secret-a')).toBeNull()
  })
  it('only public unicast addresses are public', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '::1', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) {
      expect(isPublicAddress(address), address).toBe(false)
    }
    for (const address of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888']) expect(isPublicAddress(address), address).toBe(true)
  })
})

describe('plain text of rich text', () => {
  it('one line per paragraph, text of links and line breaks kept', () => {
    const state = {
      root: {
        children: [
          { children: [{ text: 'Gốm ' }, { children: [{ text: 'Đông Triều' }], type: 'link' }], type: 'paragraph' },
          {
            children: [
              { children: [{ text: 'một' }], type: 'listitem' },
              { children: [{ text: 'hai' }], type: 'listitem' },
            ],
            type: 'list',
          },
          { children: [], type: 'paragraph' },
        ],
        type: 'root',
      },
    }
    expect(richTextToPlainText(state)).toBe('Gốm Đông Triều\nmột\nhai')
    expect(richTextToPlainText(null)).toBe('')
  })
})
