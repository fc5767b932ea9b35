/* The public portal's root layout: <html lang>, skip link, header with navigation and search, footer with feeds. */
import type { Metadata } from 'next'
import type React from 'react'

import { MenuButton } from '../../../school/portal/components/MenuButton'
import { uiLangAttribute } from '../../../src/i18n'
import { t } from '../../../school/portal/format'
import { portalContext } from './_lib/context'
import './portal.css'

type Props = { children: React.ReactNode; params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site } = await portalContext((await params).lang, { fallback: true })
  return {
    metadataBase: new URL(site.publicUrl),
    icons: { icon: [{ type: 'image/svg+xml', url: '/emblem.svg' }] },
    title: { default: site.schoolName, template: `%s · ${site.schoolName}` },
  }
}

export default async function PortalLayout({ children, params }: Props) {
  const { site } = await portalContext((await params).lang, { fallback: true })
  const lang = site.language
  // the portal's own words, where it does not speak the page's language yet (WCAG 3.1.2)
  const ui = uiLangAttribute(lang)
  return (
    <html lang={lang}>
      <body>
        <a className="skip" href="#main" lang={ui}>
          {t(lang, 'skipToContent')}
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="site-name" href={`/${lang}`}>
              <img alt="" className="site-logo" height={40} src={site.logo ?? '/emblem.svg'} width={40} />
              <span>{site.schoolName}</span>
            </a>
            <MenuButton controls="site-menu" label={t(lang, 'menu')} />
            <div className="site-menu" id="site-menu">
              <nav aria-label={t(lang, 'mainNav')}>
                <ul>
                  <li lang={ui}>
                    <a href={`/${lang}`}>{t(lang, 'home')}</a>
                  </li>
                  <li lang={ui}>
                    <a href={`/${lang}/achievements`}>{t(lang, 'achievements')}</a>
                  </li>
                  {site.categories.map((category) => (
                    <li key={category.slug}>
                      <a href={`/${lang}/categories/${encodeURIComponent(category.slug)}`}>{category.name}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              <form action={`/${lang}/search`} aria-label={t(lang, 'searchLabel')} className="search-form" lang={ui} role="search">
                <label htmlFor="site-search">{t(lang, 'searchLabel')}</label>
                <input id="site-search" name="q" type="search" />
                <button type="submit">{t(lang, 'search')}</button>
              </form>
            </div>
          </div>
        </header>
        <main className="wrap" id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t(lang, 'footer', { school: site.schoolName, year: new Date().getFullYear() })}</p>
            <p lang={ui}>
              {t(lang, 'feeds')}: <a href={`/api/feeds/${lang}/rss.xml`}>RSS</a> · <a href={`/api/feeds/${lang}/atom.xml`}>Atom</a> · <a href={`/api/feeds/${lang}/feed.json`}>JSON Feed</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
