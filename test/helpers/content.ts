import type { Payload } from 'payload'

import { paragraphs } from '../../school/seed/lexical'
import { internalContext } from '../../src/workflow/context'
import { makeJpeg } from './fixtures'

type Localized = { en?: string; vi?: string }

/** A real JPEG in the media library, with alt text and caption per language and a consent state. */
export async function createMedia(payload: Payload, options: { alt?: Localized; caption?: Localized; consentScope?: string[]; consentStatus?: string; credit?: string; name?: string } = {}) {
  const data = await makeJpeg({ height: 700, width: 1400 })
  const { alt = { en: 'Students on stage', vi: 'Học sinh trên sân khấu' }, caption = {}, consentStatus = 'not-needed' } = options
  const doc = await payload.create({
    collection: 'media',
    data: {
      alt: alt.vi,
      caption: caption.vi,
      consentScope: options.consentScope ?? (consentStatus === 'obtained' ? ['portal', 'feeds', 'press'] : []),
      consentStatus,
      credit: options.credit ?? 'Tổ Truyền thông',
      depictsMinors: consentStatus !== 'not-needed',
    } as never,
    file: { data, mimetype: 'image/jpeg', name: options.name ?? `photo-${Date.now()}-${Math.random().toString(36).slice(2, 7)}.jpg`, size: data.length },
    locale: 'vi',
    overrideAccess: true,
  })
  if (alt.en || caption.en) {
    await payload.update({ collection: 'media', data: { alt: alt.en, caption: caption.en } as never, id: doc.id, locale: 'en', overrideAccess: true })
  }
  return doc
}

/** A language version of a source, published or draft, as the workflow leaves it. */
export async function languageVersion(
  payload: Payload,
  source: { collection: 'achievements' | 'articles'; id: number | string },
  language: string,
  overrides: Record<string, unknown> & { state?: 'draft' | 'published' } = {},
) {
  const { state = 'published', ...data } = overrides
  return payload.create({
    collection: 'language-versions',
    context: internalContext(),
    data: {
      _status: state,
      body: paragraphs('Students of Le Chan High School introduced Ha Long Bay to friends from abroad.'),
      language,
      publishedAt: state === 'published' ? new Date().toISOString() : null,
      source: { relationTo: source.collection, value: source.id },
      summary: 'A cultural exchange in Ha Long.',
      title: 'Cultural exchange with Japanese students',
      workflowState: state,
      ...data,
    } as never,
    draft: state !== 'published',
    overrideAccess: true,
  })
}
