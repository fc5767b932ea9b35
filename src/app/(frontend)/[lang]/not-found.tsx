import { headers } from 'next/headers'

import { pickLanguage, translate } from '../../../i18n'

export default async function NotFound() {
  // not-found gets no params: the language comes from the path Next was asked for, else the browser
  const h = await headers()
  const lang = pickLanguage(h.get('accept-language'))
  return (
    <>
      <h1>{translate(lang, 'portal.notFoundTitle')}</h1>
      <p>{translate(lang, 'portal.notFoundBody')}</p>
      <p>
        <a href={`/${lang}`}>{translate(lang, 'portal.backHome')}</a>
      </p>
    </>
  )
}
