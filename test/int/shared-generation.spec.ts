/**
 * The publication generation shared through Payload's key-value store: a change written by
 * another process (here: the token written straight into the store, as another process's bump
 * does) makes this process rebuild its public caches; a change made here is written for the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentGeneration } from '../../src/publication/generation'
import { SHARED_GENERATION_KEY, SHARED_GENERATION_POLL_MS } from '../../src/publication/sharedGeneration'
import { startApp, type TestApp } from '../helpers/payload'

let app: TestApp

beforeAll(async () => {
  app = await startApp('shared-generation')
}, 120_000)

afterAll(async () => {
  await app?.cleanup()
})

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

describe('shared publication generation', () => {
  it('a token written by another process makes this one rebuild within the poll interval', async () => {
    // the first read only learns the current token
    await new Promise((r) => setTimeout(r, SHARED_GENERATION_POLL_MS + 200))
    const before = currentGeneration().value
    await app.payload.kv.set(SHARED_GENERATION_KEY, { at: new Date().toISOString(), token: 'another-process-1' })
    expect(await until(() => currentGeneration().value > before, 2 * SHARED_GENERATION_POLL_MS + 500)).toBe(true)
    // the same token again is not a change
    const after = currentGeneration().value
    await new Promise((r) => setTimeout(r, 2 * SHARED_GENERATION_POLL_MS))
    expect(currentGeneration().value).toBe(after)
  })

  it('a change made here writes a new token for the other processes', async () => {
    const before = ((await app.payload.kv.get(SHARED_GENERATION_KEY)) as { token: string }).token
    const category = await app.payload.create({ collection: 'categories', data: { name: 'Chia sẻ', slug: 'chia-se' }, overrideAccess: true })
    expect(await until(async () => ((await app.payload.kv.get(SHARED_GENERATION_KEY)) as { token: string }).token !== before, 2000)).toBe(true)
    // payload.destroy() waits for a write still under way (a seed that ends right after writing)
    await app.payload.update({ collection: 'categories', data: { name: 'Chia sẻ 2' }, id: category.id, overrideAccess: true })
  })
})
