import fs from 'node:fs'
import path from 'node:path'

import exifReader from 'exif-reader'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUsers, makeJpeg, PASSWORD, type Users } from '../helpers/fixtures'
import { startApp, type TestApp } from '../helpers/payload'
import { type Client, createClient } from '../helpers/rest'

let app: TestApp
let client: Client
let users: Users
let editorToken: string
let leaderToken: string

beforeAll(async () => {
  app = await startApp('media', { plugin: { media: { maxUploadBytes: 2 * 1024 * 1024 } } })
  client = createClient(app.config)
  users = await createUsers(app.payload)
  editorToken = await client.login(users.editor.email, PASSWORD)
  leaderToken = await client.login(users.leader.email, PASSWORD)
})
afterAll(async () => app?.cleanup())

const mediaDir = () => path.join(app.dir, 'media')
const storedFiles = () => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()) : [])

function upload(file: Buffer, name: string, type: string, data: Record<string, unknown> = {}, language = 'en', token = editorToken) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Học sinh trên vịnh', consentStatus: 'not-needed', ...data }))
  return client.json('POST', '/media', { formData: form, headers: { 'accept-language': language }, token })
}

describe('media uploads', () => {
  it('stores the original without EXIF, GPS or XMP, with its orientation applied', async () => {
    const input = await makeJpeg({ gps: true, height: 400, orientation: 6, width: 1000 })
    const inputMeta = await sharp(input).metadata()
    expect(exifReader(inputMeta.exif!).GPSInfo?.GPSLatitude).toEqual([20, 57, 30])
    expect(inputMeta.orientation).toBe(6)

    const { body, status } = await upload(input, 'ha-long.jpg', 'image/jpeg')
    expect(status).toBe(201)
    const stored = fs.readFileSync(path.join(mediaDir(), body.doc.filename))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(meta.iptc).toBeUndefined()
    expect(meta.orientation).toBeUndefined()
    // orientation 6 means "rotate 90°": the stored pixels are now portrait
    expect([meta.width, meta.height]).toEqual([400, 1000])
    expect(body.doc.width).toBe(400)
  })

  it('makes the thumbnail, card, og and portal renditions', async () => {
    const { body, status } = await upload(await makeJpeg({ height: 1800, width: 2400 }), 'wide.jpg', 'image/jpeg')
    expect(status).toBe(201)
    const { sizes } = body.doc
    expect(sizes.thumbnail.width).toBe(400)
    expect(sizes.card.width).toBe(800)
    expect([sizes.og.width, sizes.og.height]).toEqual([1200, 630])
    expect(sizes.portal.width).toBe(1920)
    const og = await sharp(fs.readFileSync(path.join(mediaDir(), sizes.og.filename))).metadata()
    expect([og.width, og.height]).toEqual([1200, 630])
  })

  it('refuses a text file named .jpg with a clear 400, and stores nothing', async () => {
    const before = storedFiles().length
    const count = (await app.payload.count({ collection: 'media' })).totalDocs
    const { body, status } = await upload(Buffer.from('this is not an image, just text'), 'photo.jpg', 'image/jpeg')
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('The file "photo.jpg" is not a readable image. Upload a JPEG, PNG, WebP or GIF file.')
    expect(storedFiles().length).toBe(before)
    expect((await app.payload.count({ collection: 'media' })).totalDocs).toBe(count)
  })

  it('refuses an empty file with a 4xx and stores nothing', async () => {
    const count = (await app.payload.count({ collection: 'media' })).totalDocs
    const { body, status } = await upload(Buffer.alloc(0), 'empty.jpg', 'image/jpeg')
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(JSON.stringify(body)).toMatch(/empty|No files were uploaded/i)
    expect((await app.payload.count({ collection: 'media' })).totalDocs).toBe(count)
  })

  it('refuses an oversized file with 413 and a message in Vietnamese and English', async () => {
    const before = storedFiles().length
    const big = await sharp({ create: { background: '#888', channels: 3, height: 3000, width: 3000 } })
      .composite([
        {
          input: Buffer.from(
            await sharp({ create: { background: '#000', channels: 3, height: 10, width: 10 } })
              .png()
              .toBuffer(),
          ),
          tile: true,
        },
      ])
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)
    const { body, status } = await upload(big, 'huge.png', 'image/png', {}, 'vi')
    expect(status).toBe(413)
    expect(body.errors[0].message).toMatch(/Tệp lớn hơn 2\.0 MB, mức tối đa được tải lên/)
    expect(body.errors[0].message).toMatch(/The file is larger than 2\.0 MB/)
    expect(storedFiles().length).toBe(before)
  })

  it('refuses a photo of minors marked "consent not needed"', async () => {
    const { body, status } = await upload(await makeJpeg(), 'class.jpg', 'image/jpeg', { consentStatus: 'not-needed', depictsMinors: true }, 'en', leaderToken)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/students under 18 needs their consent status/)
  })

  it('refuses obtained consent that does not say what it covers', async () => {
    const { body, status } = await upload(await makeJpeg(), 'class2.jpg', 'image/jpeg', { consentScope: [], consentStatus: 'obtained', depictsMinors: true }, 'en', leaderToken)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/Say what the consent covers/)
  })

  it('stores alt text composed (NFC) even when typed decomposed', async () => {
    const { body, status } = await upload(await makeJpeg(), 'nfc.jpg', 'image/jpeg', { alt: 'Vịnh Hạ Long'.normalize('NFD') })
    expect(status).toBe(201)
    expect(body.doc.alt).toBe('Vịnh Hạ Long')
  })

  it('only leaders and admins record consent: an editor\'s photo of minors starts as "missing", and their changes do not stick', async () => {
    const { body, status } = await upload(await makeJpeg(), 'lop.jpg', 'image/jpeg', { consentScope: ['portal'], consentStatus: 'obtained', depictsMinors: true })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ consentStatus: 'missing', depictsMinors: true })
    const id = body.doc.id
    for (const data of [{ consentStatus: 'obtained', consentScope: ['portal'] }, { consentExpiresAt: '2099-01-01T00:00:00.000Z' }, { depictsMinors: false }]) {
      await client.json('PATCH', `/media/${id}`, { body: data, token: editorToken })
    }
    const stored = await app.payload.findByID({ collection: 'media', id, overrideAccess: true })
    expect(stored).toMatchObject({ consentStatus: 'missing', depictsMinors: true })
    expect(stored.consentExpiresAt ?? null).toBeNull()
    // a leader records it, and the audit log says who and what
    const res = await client.json('PATCH', `/media/${id}`, { body: { consentScope: ['portal'], consentStatus: 'obtained' }, token: leaderToken })
    expect(res.status).toBe(200)
    const events = await app.payload.find({ collection: 'workflow-events', sort: '-at', where: { and: [{ documentCollection: { equals: 'media' } }, { documentId: { equals: String(id) } }] } })
    expect(events.docs[0]).toMatchObject({ action: 'consent_changed', actorLabel: expect.any(String) })
    expect(events.docs[0]!.comment).toContain('consentStatus: missing → obtained')
    expect(events.docs[0]!.comment).toContain('consentScope: — → portal')
  })
})
