/** Every role × action × state through the exported local-API function (REST: access-matrix.spec.ts). */
import { afterAll, beforeAll, describe, it } from 'vitest'

import { runWorkflowAction } from '../../src'
import { WORKFLOW_STATES } from '../../src/workflow/states'
import type { Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { body, createUsers, walkMatrix } from './access-matrix'

let app: TestApp
let users: Users

beforeAll(async () => {
  app = await startApp('matrix-local')
  users = await createUsers(app.payload)
}, 300_000)
afterAll(async () => app?.cleanup())

describe('access matrix through the local API', () => {
  for (const state of WORKFLOW_STATES) {
    it(`from "${state}": the exported function gives the same answers as REST`, async () => {
      await walkMatrix(app, users, state, async (role, action, id) => {
        const user = await app.payload.findByID({ collection: 'users', id: users[role].id })
        return runWorkflowAction(app.payload, { ...body(action), collection: 'articles', id, user: user as never }).then(
          () => 200,
          (error: { status?: number }) => error.status ?? 500,
        )
      })
    })
  }
})
