import type { ItemPage, Site } from '../data'
import { formatDate, t } from '../format'
import { publicStudents } from '../../../src/consent'
import { translatePortal, uiLangAttribute } from '../../../src/i18n'
import { DraftBanner } from './DraftBanner'
import { Figure } from './Figure'
import { LanguageSwitcher } from './LanguageSwitcher'
import { RichBody } from './RichBody'

const field = (language: string, key: string) => translatePortal(language, `fields.${key}`)

/** Details only an achievement has: competition, award, level, year and the people named. */
function AchievementFacts({ language, preview, source }: { language: string; preview: boolean; source: Record<string, any> }) {
  const rows: [string, string][] = [
    [field(language, 'competition'), source.competition],
    [field(language, 'award'), source.award],
    [field(language, 'level'), source.level ? translatePortal(language, `levels.${source.level}`) : ''],
    [field(language, 'subject'), source.subject],
    [field(language, 'schoolYear'), source.schoolYear],
  ].filter(([, value]) => Boolean(value)) as [string, string][]
  // a draft preview shows everyone; the public page only students whose consent covers the portal
  const students = (preview ? (source.students ?? []) : publicStudents(source.students)) as { className?: string; name: string }[]
  const teachers = (source.teachers ?? []) as { name: string; subject?: string }[]
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt lang={uiLangAttribute(language)}>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {students.length ? (
        <div>
          <dt lang={uiLangAttribute(language)}>{field(language, 'students')}</dt>
          <dd>{students.map((s) => (s.className ? `${s.name} (${s.className})` : s.name)).join(', ')}</dd>
        </div>
      ) : null}
      {teachers.length ? (
        <div>
          <dt lang={uiLangAttribute(language)}>{field(language, 'teachers')}</dt>
          <dd>{teachers.map((s) => (s.subject ? `${s.name} (${s.subject})` : s.name)).join(', ')}</dd>
        </div>
      ) : null}
    </dl>
  )
}

export function ItemView({ page, preview, site }: { page: ItemPage; preview: boolean; site: Site }) {
  const { doc, item, source } = page
  const lang = site.language
  const [featured, ...gallery] = item.images
  const body = doc.body ?? doc.description
  const updated = item.modified.getTime() - item.published.getTime() > 60_000
  return (
    <>
      {preview ? <DraftBanner language={lang} /> : null}
      <LanguageSwitcher alternates={page.alternates} language={lang} languages={site.languages} />
      <article className="item">
        <h1>{item.title}</h1>
        <p className="meta">
          {preview ? (
            <span className="not-published">{t(lang, 'notPublishedYet')}</span>
          ) : (
            <time dateTime={item.published.toISOString()}>{t(lang, 'publishedOn', { date: formatDate(lang, item.published) })}</time>
          )}
          {updated && !preview ? (
            <>
              {' · '}
              <time dateTime={item.modified.toISOString()}>{t(lang, 'updatedOn', { date: formatDate(lang, item.modified) })}</time>
            </>
          ) : null}
          {' · '}
          {t(lang, 'by', { name: item.authors.join(', ') })}
          {item.category ? (
            <>
              {' · '}
              <a href={`/${lang}/categories/${encodeURIComponent(item.category.slug)}`}>{item.category.name}</a>
            </>
          ) : null}
        </p>
        {featured ? <Figure image={featured} language={lang} priority publicUrl={site.publicUrl} sizes="(max-width: 900px) 100vw, 860px" /> : null}
        {item.summary ? <p className="lead">{item.summary}</p> : null}
        {item.kind === 'achievement' ? <AchievementFacts language={lang} preview={preview} source={source} /> : null}
        <RichBody data={body} homePath={`/${lang}`} />
        {gallery.map((image) => (
          <Figure image={image} key={image.id} language={lang} publicUrl={site.publicUrl} sizes="(max-width: 900px) 100vw, 860px" />
        ))}
      </article>
    </>
  )
}
