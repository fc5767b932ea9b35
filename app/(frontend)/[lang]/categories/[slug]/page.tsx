import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { findCategory, getList } from '../../../../../school/portal/data'
import { t } from '../../../../../school/portal/format'
import { ItemList } from '../../../../../school/portal/components/ItemCard'
import { LanguageSwitcher } from '../../../../../school/portal/components/LanguageSwitcher'
import { Pagination } from '../../../../../school/portal/components/Pagination'
import { listMetadata } from '../../../../../school/portal/metadata'
import { portalContext } from '../../_lib/context'
import { decodeSegment, pageNumber } from '../../_lib/page'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

async function load(params: Props['params']) {
  const { lang, slug } = await params
  const { payload, site } = await portalContext(lang)
  const category = await findCategory(payload, site, decodeSegment(slug))
  if (!category) notFound()
  return { category, payload, site }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, site } = await load(params)
  return listMetadata(site, category.name, (code) => `/${code}/categories/${encodeURIComponent(category.slug)}`, category.description)
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { category, payload, site } = await load(params)
  const page = pageNumber((await searchParams).page)
  const list = await getList(payload, site, { categoryId: category.id, page })
  const lang = site.language
  const base = `/${lang}/categories/${encodeURIComponent(category.slug)}`
  return (
    <>
      <LanguageSwitcher alternates={Object.fromEntries(site.languages.map((c) => [c, `/${c}/categories/${encodeURIComponent(category.slug)}`]))} language={lang} languages={site.languages} />
      <h1>{category.name}</h1>
      {category.description ? <p className="lead">{category.description}</p> : null}
      {list.items.length ? <ItemList items={list.items} publicUrl={site.publicUrl} /> : <p>{t(lang, 'nothingYet')}</p>}
      <Pagination base={base} language={lang} page={list.page} totalPages={list.totalPages} />
    </>
  )
}
