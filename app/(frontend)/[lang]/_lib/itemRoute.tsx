import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { getItemPage } from '../../../../school/portal/data'
import { ItemView } from '../../../../school/portal/components/ItemView'
import { itemMetadata } from '../../../../school/portal/metadata'
import { getPreviewPage } from '../../../../school/portal/preview'
import { markPrivateResponse } from '../../../../school/portal/responseMark'
import type { EntryKind } from '../../../../src/publication/entry'
import { portalContext } from './context'
import { decodeSegment } from './page'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The page of one news item or achievement. `?preview=1` shows the latest draft to signed-in
 * staff, under a banner; anyone else gets the published page (or a 404), never a draft.
 */
async function load(kind: EntryKind, props: Props) {
  const { lang, slug: rawSlug } = await props.params
  const slug = decodeSegment(rawSlug)
  const { payload, site } = await portalContext(lang)
  const searchParams = await props.searchParams
  if ('preview' in searchParams) markPrivateResponse() // whoever asks, whatever it shows: never shared
  if (searchParams.preview) {
    const preview = await getPreviewPage(payload, site, kind, slug, await headers())
    if (preview) return { page: preview, preview: true, site }
  }
  const page = await getItemPage(payload, site, kind, slug)
  if (!page) notFound()
  return { page, preview: false, site }
}

export function itemRoute(kind: EntryKind) {
  return {
    async generateMetadata(props: Props): Promise<Metadata> {
      const { page, preview, site } = await load(kind, props)
      const sourceLanguage = String(page.source.language ?? site.defaultLanguage)
      return { ...itemMetadata(site, page.item, page.alternates, sourceLanguage), ...(preview ? { robots: { index: false } } : {}) }
    },
    async Page(props: Props) {
      const { page, preview, site } = await load(kind, props)
      return <ItemView page={page} preview={preview} site={site} />
    },
  }
}
