import { translatePortal as translate } from '../../../src/i18n'

/**
 * Next gives a not-found page no route parameters, so it cannot know the page's language: it
 * says it in Vietnamese and English, each part marked with its language.
 */
export default function NotFound() {
  return (
    <>
      {(['vi', 'en'] as const).map((lang) => (
        <section key={lang} lang={lang}>
          <h1>{translate(lang, 'portal.notFoundTitle')}</h1>
          <p>{translate(lang, 'portal.notFoundBody')}</p>
          <p>
            <a href={`/${lang}`}>{translate(lang, 'portal.backHome')}</a>
          </p>
        </section>
      ))}
    </>
  )
}
