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
            <span className="code">{language.toUpperCase()}</span>
            <span className="sr-only"> {languageName(language)}</span>
          </span>
        </li>
        {ordered.map((code) => {
          const translated = alternates[code]
          const name = languageName(code)
          return (
            <li key={code}>
              {translated ? (
                <a href={translated} hrefLang={code} lang={code} title={name}>
                  <span className="code">{code.toUpperCase()}</span>
                  <span className="sr-only"> {name}</span>
                </a>
              ) : (
                <a className="untranslated" href={`/${code}`} hrefLang={code} title={`${name} (${t(language, 'notTranslated')})`}>
                  <span className="code">{code.toUpperCase()}</span>
                  <span className="sr-only">
                    {' '}
                    <span lang={code}>{name}</span> ({t(language, 'notTranslated')})
                  </span>
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
