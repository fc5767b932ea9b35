/**
 * One job runner at a time across processes: two Payload instances on one database (as two
 * server processes are) never both hold the runner's lease; when the holder stops renewing it,
 * the other takes it over.
 */
import path from 'node:path'

import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { holdsRunnerLease, RUNNER_LEASE_MS } from '../../src/jobs/runnerLease'
import { createSchoolConfig } from '../../school/config'
import { createDatabaseAdapter } from '../../school/database'
import { onMongo, startApp, type TestApp } from '../helpers/payload'

let app: TestApp
let other: Payload

beforeAll(async () => {
  app = await startApp('runner-lease')
  if (onMongo) return
  const config = await buildConfig(
    createSchoolConfig({
      db: createDatabaseAdapter({ file: path.join(app.dir, 'test.db'), kind: 'sqlite' }, path.join(app.dir, 'migrations')),
      plugin: { media: { staticDir: path.join(app.dir, 'media') } },
      secret: 'test-secret-runner-lease',
    }),
  )
  other = await getPayload({ config, cron: false, key: `runner-lease-other-${app.dir}` } as never)
})
afterAll(async () => {
  await other?.destroy()
  await app?.cleanup()
})

describe.skipIf(onMongo)('the job runner lease', () => {
  it('two instances asking at once: exactly one may run the jobs', async () => {
    const answers = await Promise.all([holdsRunnerLease(app.payload), holdsRunnerLease(other)])
    expect(answers.filter(Boolean)).toHaveLength(1)
  })

  it('the holder keeps it while renewing; the other takes it over once it expired', async () => {
    const [holder, waiting] = (await holdsRunnerLease(app.payload)) ? [app.payload, other] : [other, app.payload]
    const now = Date.now()
    expect(await holdsRunnerLease(holder, now)).toBe(true)
    expect(await holdsRunnerLease(waiting, now + 1000)).toBe(false)
    expect(await holdsRunnerLease(holder, now + RUNNER_LEASE_MS - 1000)).toBe(true) // renewed
    expect(await holdsRunnerLease(waiting, now + RUNNER_LEASE_MS + 1000)).toBe(false) // not expired: it was renewed
    // the holder stops (no renewal): after the lease time the other runs the jobs
    const later = now + 3 * RUNNER_LEASE_MS
    expect(await holdsRunnerLease(waiting, later)).toBe(true)
    expect(await holdsRunnerLease(holder, later + 1000)).toBe(false)
  })
})
