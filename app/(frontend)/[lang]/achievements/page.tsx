import type { Metadata } from 'next'

import { getList } from '../../../../school/portal/data'
import { t } from '../../../../school/portal/format'
import { ItemList } from '../../../../school/portal/components/ItemCard'
import { LanguageSwitcher } from '../../../../school/portal/components/LanguageSwitcher'
import { Pagination } from '../../../../school/portal/components/Pagination'
import { listMetadata } from '../../../../school/portal/metadata'
import { portalContext } from '../_lib/context'
import { pageNumber } from '../_lib/page'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await portalContext((await params).lang)
  return listMetadata(site, t(site.language, 'achievements'), (code) => `/${code}/achievements`)
}

export default async function AchievementsPage({ params, searchParams }: Props) {
  const { payload, site } = await portalContext((await params).lang)
  const page = pageNumber((await searchParams).page)
  const list = await getList(payload, site, { kind: 'achievement', page })
  const lang = site.language
  return (
    <>
      <LanguageSwitcher alternates={Object.fromEntries(site.languages.map((c) => [c, `/${c}/achievements`]))} language={lang} languages={site.languages} />
      <h1>{t(lang, 'achievements')}</h1>
      {list.items.length ? <ItemList items={list.items} publicUrl={site.publicUrl} /> : <p>{t(lang, 'nothingYet')}</p>}
      <Pagination base={`/${lang}/achievements`} language={lang} page={list.page} totalPages={list.totalPages} />
    </>
  )
}
