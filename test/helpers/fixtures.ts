import type { Payload } from 'payload'
import sharp from 'sharp'

import { paragraphs } from '../../school/seed/lexical'
import { internalContext } from '../../src/workflow/context'

export const PASSWORD = 'test-password-1'

export type Users = Record<'admin' | 'editor' | 'editor2' | 'leader' | 'translator' | 'viewer', { email: string; id: number | string }>

/** One account per role (and a second editor), created through the local API. */
export async function createUsers(payload: Payload): Promise<Users> {
  const specs = [
    ['admin', ['admin']],
    ['leader', ['leader']],
    ['editor', ['editor']],
    ['editor2', ['editor']],
    ['translator', ['translator']],
    ['viewer', ['viewer']],
  ] as const
  const users = {} as Users
  for (const [key, roles] of specs) {
    const email = `${key}@test.lechan`
    const doc = await payload.create({
      collection: 'users',
      data: { email, name: key, password: PASSWORD, roles: [...roles] } as never,
      overrideAccess: true,
    })
    users[key] = { email, id: doc.id }
  }
  return users
}

/** A valid article body, with fixed text so hashes are stable. */
export function articleData(overrides: Record<string, unknown> = {}) {
  return {
    body: paragraphs('Học sinh trường THPT Lê Chân giới thiệu vịnh Hạ Long với bạn bè quốc tế.'),
    planArea: 'province-image',
    summary: 'Buổi giao lưu văn hóa tại Hạ Long.',
    title: 'Giao lưu văn hóa với học sinh Nhật Bản',
    ...overrides,
  }
}

/** Create an article in a given state, as the workflow would leave it (internal write). */
export async function createArticle(payload: Payload, authorId: number | string, state: 'draft' | 'published' = 'draft', overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    context: internalContext(),
    data: {
      ...articleData(overrides),
      _status: state === 'published' ? 'published' : 'draft',
      author: authorId,
      // a publication time as the workflow would set it, unless the test gives one
      ...(state === 'published' && !overrides.publishedAt ? { publishedAt: new Date().toISOString() } : {}),
      workflowState: state,
    } as never,
    draft: state !== 'published',
    overrideAccess: true,
  })
}

/** A real JPEG, optionally with camera EXIF including GPS and an orientation tag. */
export async function makeJpeg(options: { gps?: boolean; height?: number; orientation?: number; width?: number } = {}) {
  const { height = 600, width = 900 } = options
  let image = sharp({ create: { background: '#2a7ab0', channels: 3, height, width } }).jpeg({ quality: 80 })
  if (options.gps || options.orientation) {
    image = image.withExif({
      IFD0: { Make: 'TestCam', Model: 'T1' },
      ...(options.gps ? { IFD3: { GPSLatitude: '20/1 57/1 30/1', GPSLatitudeRef: 'N', GPSLongitude: '107/1 4/1 48/1', GPSLongitudeRef: 'E' } } : {}),
    })
  }
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation })
  return image.toBuffer()
}

export const FULL_CHECKLIST = { consentVerified: true, noStateSecrets: true, sourcesVerified: true, spokespersonApproved: true }

/**
 * Put an item into a workflow state directly (an internal write), as if it had got there through
 * the workflow, approval hash included.
 */
export async function putInState(
  payload: Payload,
  collection: 'achievements' | 'articles' | 'language-versions',
  id: number | string,
  state: 'approved' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'unpublished',
  approvedBy?: number | string,
) {
  const { contentHash } = await import('../../src/workflow/contentHash')
  const { mediaRefsOf } = await import('../../src/workflow/facts')
  const doc = await payload.findByID({ collection, depth: 0, draft: true, id, overrideAccess: true })
  const approved = ['approved', 'published', 'unpublished'].includes(state)
  return payload.update({
    collection,
    context: internalContext(),
    data: {
      _status: state === 'published' ? 'published' : 'draft',
      approvedBy: approved ? (approvedBy ?? null) : null,
      approvedHash: approved ? contentHash(doc as never, mediaRefsOf(doc as never)) : null,
      workflowState: state,
    } as never,
    draft: state !== 'published' && state !== 'unpublished',
    id,
    overrideAccess: true,
  })
}
