import { t } from '../format'

export function Pagination({ base, language, page, query = {}, totalPages }: { base: string; language: string; page: number; query?: Record<string, string>; totalPages: number }) {
  if (totalPages <= 1) return null
  const href = (p: number) => `${base}?${new URLSearchParams({ ...query, ...(p > 1 ? { page: String(p) } : {}) })}`.replace(/\?$/, '')
  return (
    <nav aria-label={t(language, 'pagination')} className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {t(language, 'newer')}
        </a>
      ) : null}
      <span aria-current="page">
        {page} / {totalPages}
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {t(language, 'older')} →
        </a>
      ) : null}
    </nav>
  )
}
