import { describe, expect, it } from 'vitest'

import { seedDemoData } from '../../school/seed'
import { startApp } from '../helpers/payload'

describe('the demo reset checks every result', () => {
  it('stops with a message, seeding nothing, when an item cannot be deleted', async () => {
    const stuck = await startApp('seed-stuck', {
      plugin: {
        overrides: {
          categories: {
            hooks: {
              beforeDelete: [
                ({ id }: { id: number | string }) => {
                  throw new Error(`category ${id} is held by another process`)
                },
              ],
            },
          },
        },
      },
    })
    try {
      await stuck.payload.create({ collection: 'categories', data: { name: 'Giữ lại', slug: 'giu-lai' } as never, overrideAccess: true })
      await expect(seedDemoData(stuck.payload, { password: 'lechan-demo' })).rejects.toThrow(/1 categories could not be deleted .*held by another process.*nothing was seeded/)
      expect((await stuck.payload.count({ collection: 'articles' })).totalDocs).toBe(0)
    } finally {
      await stuck.cleanup()
    }
  })
})
