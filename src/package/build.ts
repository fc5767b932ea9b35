/**
 * The package of a published item, for a portal's own CMS or an e-mail: a ZIP with the Word
 * document, a standalone HTML page, the ninjs JSON, the photos (portal rendition) and the approval
 * record. `GET /api/exports/{collection}/{id}/package.zip`, staff only, published items only.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import JSZip from 'jszip'
import { APIError, type CollectionSlug, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { WORKFLOW_COLLECTIONS } from '../constants'
import { singleItemMeta } from '../feeds/meta'
import type { ItemImage, PublicItem } from '../feeds/model'
import { toNinjsItem } from '../feeds/serializers/ninjs'
import { requestLanguage, translate } from '../i18n'
import { PUBLISHED_ENTRIES_SLUG } from '../publication/constants'
import { type EntryRow, loadItems } from '../publication/items'
import { publicSettings } from '../publication/settings'
import { pluginSettings } from '../workflow/notify'
import { buildDocx, type PackageImage } from './docx'
import type { ItemDoc, UserDoc } from '../documents'
import { refId } from '../fields/refs'

/** Consent a package needs: it goes to the press (portals), unless the item is only on the school's portal. */
const PACKAGE_CHANNELS = ['doet', 'province', 'vietnam-vn', 'portal']

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function fileOf(image: ItemImage): { name: string; url: string } {
  const rendition = image.renditions.find((r) => r.name === 'portal') ?? image.original
  return { name: decodeURIComponent(path.basename(new URL(rendition.url).pathname)), url: rendition.url }
}

/** dd/MM/yyyy HH:mm in Vietnam's time, as in the admin. */
function formatDateTime(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { day: '2-digit', hour: '2-digit', hourCycle: 'h23', minute: '2-digit', month: '2-digit', timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

/** A page that opens on its own, with the photos next to it in `images/`. */
function standaloneHtml(item: PublicItem, files: string[], dateLine: string, approvalLine: string, photo: (credit: string) => string): string {
  const figures = item.images
    .map(
      (image, i) =>
        `<figure><img src="images/${escape(files[i]!)}" alt="${escape(image.alt)}"><figcaption>${escape(image.caption)}${image.credit ? ` <em>${escape(photo(image.credit))}</em>` : ''}</figcaption></figure>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="${escape(item.language)}">
<head><meta charset="utf-8"><title>${escape(item.title)}</title>
<style>body{font-family:'Times New Roman',serif;font-size:13pt;max-width:42rem;margin:2rem auto;line-height:1.5}img{max-width:100%}figure{margin:1rem 0;text-align:center}figcaption{font-style:italic}</style></head>
<body>
<h1>${escape(item.title)}</h1>
<p><em>${escape(dateLine)}</em></p>
${item.summary ? `<p><strong>${escape(item.summary)}</strong></p>` : ''}
${figures}
${item.contentHtml}
<p style="text-align:right"><strong>${escape(item.authors.join(', '))}</strong></p>
<p><em>${escape(approvalLine)}</em></p>
</body>
</html>
`
}

export type BuiltPackage = { filename: string; size: number; zip: Buffer }

/** Build the package of a live item (`articles:12`, `language-versions:7`). Throws 409 when it is not live. */
export async function buildPackage(payload: Payload, collection: string, id: string, uiLanguage: string): Promise<BuiltPackage> {
  const { docs } = await payload.find({
    collection: PUBLISHED_ENTRIES_SLUG as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { key: { equals: `${collection}:${id}` } },
  })
  const entry = docs[0] as unknown as EntryRow | undefined
  if (!entry) throw new APIError(translate(uiLanguage, 'package.errors.notPublished'), 409, null, true)
  const site = await publicSettings(payload).load(entry.language)
  const channel = PACKAGE_CHANNELS.find((c) => entry.channels.includes(`|${c}|`)) ?? 'portal'
  const [loaded] = await loadItems(payload, [entry], { channel, language: entry.language, publicUrl: site.publicUrl, publisher: site.schoolName })
  if (!loaded) throw new APIError(translate(uiLanguage, 'package.errors.notPublished'), 409, null, true)
  const { doc, item } = loaded
  const language = item.language
  const t = (key: string, values?: Record<string, unknown>) => translate(language, key, values)

  // the approval record: who approved the live revision, when, and its content hash
  const live = (await payload.findByID({ collection: collection as CollectionSlug, depth: 0, disableErrors: true, draft: false, id, overrideAccess: true })) as ItemDoc | null
  const approverId = refId(live?.approvedBy)
  const approver = approverId
    ? ((await payload.findByID({ collection: pluginSettings(payload).usersCollection as CollectionSlug, depth: 0, disableErrors: true, id: approverId, overrideAccess: true })) as UserDoc | null)
    : null
  const approval = {
    approvedAt: live?.approvedAt ?? null,
    approvedBy: approver ? String(approver.name || approver.email) : null,
    contentHash: live?.approvedHash ?? null,
    item: item.guid,
    language,
    publishedAt: item.published.toISOString(),
    title: item.title,
    url: item.url,
  }
  const approvalLine = approval.approvedBy
    ? t('package.approvalLine', { hash: String(approval.contentHash ?? '').slice(0, 12), name: approval.approvedBy, time: approval.approvedAt ? formatDateTime(new Date(approval.approvedAt)) : '' })
    : ''
  const dateLine = t('package.dateLine', { date: formatDateTime(item.published) })
  const photo = (credit: string) => (/^\s*(ảnh|photo)\s*:/iu.test(credit) ? credit : t('portal.photo', { credit }))

  // the photos: the portal rendition of each, as JPEG or PNG (what Word shows)
  const staticDir = (payload.collections['media' as CollectionSlug]?.config.upload as { staticDir?: string } | undefined)?.staticDir ?? ''
  const images: Array<PackageImage & { name: string }> = []
  for (const image of item.images) {
    const file = fileOf(image)
    const raw = await fs.readFile(path.join(staticDir, path.basename(file.name)))
    const meta = await sharp(raw).metadata()
    const png = meta.format === 'png'
    const data = meta.format === 'jpeg' || png ? raw : await sharp(raw).jpeg({ quality: 90 }).toBuffer()
    const name = meta.format === 'jpeg' || png ? file.name : file.name.replace(/\.[^.]+$/, '.jpg')
    images.push({ alt: image.alt, caption: image.caption, credit: image.credit, data, height: meta.height ?? 600, name, type: png ? 'png' : 'jpg', width: meta.width ?? 800 })
  }
  const docx = await buildDocx({ approvalLine, body: entry.docCollection === 'achievements' ? doc.description : doc.body, dateLine, images, item, labels: { photo } })
  const base = item.url.split('/').pop() || `${collection}-${id}`
  const zip = new JSZip()
  zip.file(`${base}.docx`, docx)
  zip.file(
    `${base}.html`,
    standaloneHtml(
      item,
      images.map((i) => i.name),
      dateLine,
      approvalLine,
      photo,
    ),
  )
  zip.file(`${base}.ninjs.json`, JSON.stringify(toNinjsItem(singleItemMeta(site, language, item.modified), item), null, 2))
  zip.file('approval.json', JSON.stringify(approval, null, 2))
  for (const image of images) zip.file(`images/${image.name}`, image.data)
  const buffer = await zip.generateAsync({ compression: 'DEFLATE', type: 'nodebuffer' })
  return { filename: `${base}.zip`, size: buffer.length, zip: buffer }
}

/** `GET /api/exports/{collection}/{id}/package.zip`: staff only; published items only. */
export const packageEndpoint: Endpoint = {
  handler: async (req: PayloadRequest) => {
    const ui = requestLanguage(req)
    if (!req.user) throw new APIError(translate(ui, 'workflow.errors.unauthenticated'), 401, null, true)
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    if (!(WORKFLOW_COLLECTIONS as readonly string[]).includes(collection)) {
      throw new APIError(translate(ui, 'package.errors.collection', { collections: WORKFLOW_COLLECTIONS.join(', ') }), 404, null, true)
    }
    if (!/^\d+$|^[a-f0-9]{24}$/.test(id)) throw new APIError(translate(ui, 'errors.badId', { id }), 400, null, true)
    const built = await buildPackage(req.payload, collection, id, ui)
    return new Response(new Uint8Array(built.zip), {
      headers: {
        'cache-control': 'no-store',
        'content-disposition': `attachment; filename="${built.filename.replace(/[^\w.-]/g, '_')}"`,
        'content-type': 'application/zip',
      },
      status: 200,
    })
  },
  method: 'get',
  path: '/exports/:collection/:id/package.zip',
}
