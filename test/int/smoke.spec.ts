import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../school/seed/lexical'
import { startApp, type TestApp } from '../helpers/payload'

let app: TestApp
beforeAll(async () => {
  app = await startApp('smoke')
})
afterAll(async () => app?.cleanup())

describe('smoke', () => {
  it('boots and creates an article', async () => {
    const user = await app.payload.create({ collection: 'users', data: { email: 'a@b.test', name: 'A', password: 'x12345678' } })
    expect(user.roles).toContain('admin')
    const a = await app.payload.create({
      collection: 'articles',
      data: { title: 'Đông Triều', summary: 's', body: paragraphs('Xin chào'), planArea: 'ocop' } as never,
      user,
      overrideAccess: false,
    })
    console.log(a)
  })
})
