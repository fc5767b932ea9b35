/** Every role × action × state through REST (the local API: access-matrix-local.spec.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest'

import { WORKFLOW_STATES } from '../../src/workflow/states'
import { PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'
import { body, createUsers, walkMatrix } from './access-matrix'

let app: TestApp
let client: Client
let users: Users
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startApp('matrix')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  for (const key of Object.keys(users) as Array<keyof Users>) tokens[key] = await client.login(users[key].email, PASSWORD)
}, 300_000)
afterAll(async () => app?.cleanup())

describe('access matrix through REST', () => {
  for (const state of WORKFLOW_STATES) {
    it(`from "${state}": every role × action answers 200, 403 or 409 as the rules say`, async () => {
      await walkMatrix(app, users, state, async (role, action, id) => (await client.json('POST', `/articles/${id}/workflow`, { body: body(action), token: tokens[role] })).status)
    })
  }
})
