import { languageName, t } from '../format'

/**
 * Links to this page in every other language: the same item's version where one is published,
 * otherwise that language's home page, saying so.
 */
export function LanguageSwitcher({ alternates, language, languages }: { alternates: Record<string, string>; language: string; languages: string[] }) {
  return (
    <nav aria-label={t(language, 'languages')} className="languages">
      <ul>
        {languages
          .filter((code) => code !== language)
          .map((code) => {
            const translated = alternates[code]
            return (
              <li key={code}>
                {translated ? (
                  <a href={translated} hrefLang={code} lang={code}>
                    {languageName(code)}
                  </a>
                ) : (
                  <a className="untranslated" href={`/${code}`} hrefLang={code}>
                    <span lang={code}>{languageName(code)}</span>
                    <span className="note"> ({t(language, 'notTranslated')})</span>
                  </a>
                )}
              </li>
            )
          })}
      </ul>
    </nav>
  )
}
