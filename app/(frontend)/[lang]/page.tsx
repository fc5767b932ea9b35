import type { Metadata } from 'next'

import { getHome } from '../../../school/portal/data'
import { t } from '../../../school/portal/format'
import { ItemList } from '../../../school/portal/components/ItemCard'
import { LanguageSwitcher } from '../../../school/portal/components/LanguageSwitcher'
import { listMetadata } from '../../../school/portal/metadata'
import { portalContext } from './_lib/context'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await portalContext((await params).lang)
  return { ...listMetadata(site, site.schoolName, (code) => `/${code}`), title: { absolute: site.schoolName } }
}

export default async function HomePage({ params }: Props) {
  const { payload, site } = await portalContext((await params).lang)
  const { achievements, news } = await getHome(payload, site)
  const lang = site.language
  const homes = Object.fromEntries(site.languages.map((code) => [code, `/${code}`]))
  return (
    <>
      <LanguageSwitcher alternates={homes} language={lang} languages={site.languages} />
      <h1>{site.schoolName}</h1>
      {site.description ? <p className="lead">{site.description}</p> : null}
      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t(lang, 'latestNews')}</h2>
        {news.length ? <ItemList items={news} publicUrl={site.publicUrl} /> : <p>{t(lang, 'nothingYet')}</p>}
      </section>
      <section aria-labelledby="latest-achievements">
        <h2 id="latest-achievements">{t(lang, 'latestAchievements')}</h2>
        {achievements.length ? <ItemList items={achievements} publicUrl={site.publicUrl} /> : <p>{t(lang, 'nothingYet')}</p>}
        <p>
          <a href={`/${lang}/achievements`}>{t(lang, 'allAchievements')} →</a>
        </p>
      </section>
    </>
  )
}
