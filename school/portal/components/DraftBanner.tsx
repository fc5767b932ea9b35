import { t } from '../format'

export function DraftBanner({ language }: { language: string }) {
  return (
    <div className="draft-banner" role="status">
      <strong>{t(language, 'draftBanner')}</strong>
    </div>
  )
}
