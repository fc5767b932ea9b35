import type { Metadata } from 'next'

import { getList } from '../../../../school/portal/data'
import { t } from '../../../../school/portal/format'
import { ItemList } from '../../../../school/portal/components/ItemCard'
import { Pagination } from '../../../../school/portal/components/Pagination'
import { listMetadata } from '../../../../school/portal/metadata'
import { portalContext } from '../_lib/context'
import { firstValue, pageNumber } from '../_lib/page'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await portalContext((await params).lang)
  return { ...listMetadata(site, t(site.language, 'search'), (code) => `/${code}/search`), robots: { follow: true, index: false } }
}

/** Search ignores tone marks and đ: "dong trieu" finds "Đông Triều". */
export default async function SearchPage({ params, searchParams }: Props) {
  const { payload, site } = await portalContext((await params).lang)
  const query = await searchParams
  const q = firstValue(query.q).trim()
  const page = pageNumber(query.page)
  const list = q ? await getList(payload, site, { page, q }) : null
  const lang = site.language
  return (
    <>
      <h1>{t(lang, 'search')}</h1>
      <form action={`/${lang}/search`} aria-label={t(lang, 'search')} className="search-page-form" role="search">
        <label htmlFor="search-q">{t(lang, 'searchLabel')}</label>
        <input defaultValue={q} id="search-q" name="q" type="search" />
        <button type="submit">{t(lang, 'search')}</button>
        <p className="hint">{t(lang, 'searchHint')}</p>
      </form>
      {list ? (
        <section aria-live="polite" aria-labelledby="search-results">
          <h2 id="search-results">{list.totalDocs ? t(lang, 'searchResults', { count: list.totalDocs, q }) : t(lang, 'noResults', { q })}</h2>
          <ItemList items={list.items} publicUrl={site.publicUrl} />
          <Pagination base={`/${lang}/search`} language={lang} page={list.page} query={{ q }} totalPages={list.totalPages} />
        </section>
      ) : null}
    </>
  )
}
