import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { internalContext } from '../../src/workflow/context'
import { createArticle, createUsers, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let eventId: number | string

beforeAll(async () => {
  app = await startApp('audit')
  client = createClient(app.config)
  users = await createUsers(app.payload)
  const article = await createArticle(app.payload, users.editor.id)
  const event = await app.payload.create({
    collection: 'workflow-events',
    context: internalContext(),
    data: {
      action: 'submit',
      actor: users.editor.id,
      actorLabel: 'editor',
      at: new Date().toISOString(),
      contentHash: 'abc',
      document: { relationTo: 'articles', value: article.id },
      documentCollection: 'articles',
      documentId: String(article.id),
      from: 'draft',
      to: 'in_review',
    } as never,
  })
  eventId = event.id
})
afterAll(async () => app?.cleanup())

describe('the workflow audit log cannot be written through any API', () => {
  it('leaders and admins read it; editors and the public do not', async () => {
    const leader = await client.login(users.leader.email, PASSWORD)
    expect((await client.json('GET', '/workflow-events', { token: leader })).body.totalDocs).toBe(1)
    const editor = await client.login(users.editor.email, PASSWORD)
    expect((await client.json('GET', '/workflow-events', { token: editor })).status).toBe(403)
    expect((await client.json('GET', '/workflow-events')).status).toBe(403)
  })

  it('REST create, update and delete are refused, even for an admin', async () => {
    const admin = await client.login(users.admin.email, PASSWORD)
    const data = { action: 'approve', actorLabel: 'x', at: new Date().toISOString(), documentCollection: 'articles', documentId: '1', to: 'approved' }
    expect((await client.json('POST', '/workflow-events', { body: data, token: admin })).status).toBe(403)
    expect((await client.json('PATCH', `/workflow-events/${eventId}`, { body: { comment: 'sửa' }, token: admin })).status).toBe(403)
    expect((await client.json('DELETE', `/workflow-events/${eventId}`, { token: admin })).status).toBe(403)
    expect((await client.json('DELETE', `/workflow-events?where[id][exists]=true`, { token: admin })).status).toBe(403)
  })

  it('GraphQL mutations are refused', async () => {
    const admin = await client.login(users.admin.email, PASSWORD)
    const res = await client.gql(`mutation { updateWorkflowEvent(id: ${JSON.stringify(eventId)}, data: { comment: "x" }) { id } }`, { token: admin })
    expect(res.body.errors?.length).toBeGreaterThan(0)
    const del = await client.gql(`mutation { deleteWorkflowEvent(id: ${JSON.stringify(eventId)}) { id } }`, { token: admin })
    expect(del.body.errors?.length).toBeGreaterThan(0)
  })

  it('even the local API with full access cannot edit or delete an entry', async () => {
    await expect(app.payload.update({ collection: 'workflow-events', data: { comment: 'x' } as never, id: eventId })).rejects.toThrow(/audit log/)
    await expect(app.payload.delete({ collection: 'workflow-events', id: eventId })).rejects.toThrow(/audit log/)
    const kept = await app.payload.findByID({ collection: 'workflow-events', id: eventId })
    expect(kept.comment ?? null).toBeNull()
  })
})
