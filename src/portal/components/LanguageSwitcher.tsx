import { languageName, t } from '../format'

/**
 * A compact switcher, "VI | EN | …": this page's language first, then the languages this item is
 * published in, then the others (they lead to that language's home page, and say so to screen
 * readers and on hover).
 */
export function LanguageSwitcher({ alternates, language, languages }: { alternates: Record<string, string>; language: string; languages: string[] }) {
  const others = languages.filter((code) => code !== language)
  const ordered = [...others.filter((code) => alternates[code]), ...others.filter((code) => !alternates[code])]
  return (
    <nav aria-label={t(language, 'languages')} className="languages">
      <ul>
        <li>
          <span aria-current="true" className="current" lang={language} title={languageName(language)}>
            {language.toUpperCase()}
          </span>
        </li>
        {ordered.map((code) => {
          const translated = alternates[code]
          const name = languageName(code)
          return (
            <li key={code}>
              {translated ? (
                <a aria-label={name} href={translated} hrefLang={code} lang={code} title={name}>
                  {code.toUpperCase()}
                </a>
              ) : (
                <a
                  aria-label={`${name} (${t(language, 'notTranslated')})`}
                  className="untranslated"
                  href={`/${code}`}
                  hrefLang={code}
                  title={`${name} (${t(language, 'notTranslated')})`}
                >
                  {code.toUpperCase()}
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
