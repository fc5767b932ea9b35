'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { translate } from '../i18n'

type Item = { collection: string; id: number | string; title: string; updatedAt: string }

const COLLECTIONS = ['articles', 'achievements', 'language-versions']

/** The dashboard's review queue for leaders: everything awaiting review, oldest first. */
export function ReviewQueue() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [items, setItems] = useState<Item[] | null>(null)
  const isLeader = Boolean((user as { roles?: string[] } | null)?.roles?.includes('leader'))

  useEffect(() => {
    if (!isLeader) return
    void Promise.all(
      COLLECTIONS.map(async (collection) => {
        const res = await fetch(
          `${config.serverURL ?? ''}${config.routes.api}/${collection}?draft=true&depth=0&limit=50&sort=updatedAt&where[workflowState][equals]=in_review`,
          { credentials: 'include' },
        )
        const body = (await res.json()) as { docs?: Array<{ id: number | string; title: string; updatedAt: string }> }
        return (body.docs ?? []).map((doc) => ({ collection, id: doc.id, title: doc.title, updatedAt: doc.updatedAt }))
      }),
    ).then((lists) => setItems(lists.flat().sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))))
  }, [config.routes.api, config.serverURL, isLeader])

  if (!isLeader) return null
  const t = (key: string) => translate(i18n.language, key)
  return (
    <section className="review-queue" data-testid="review-queue" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 8 }}>{t('workflow.ui.reviewQueue')}</h2>
      {items && items.length === 0 ? <p>{t('workflow.ui.reviewQueueEmpty')}</p> : null}
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {(items ?? []).map((item) => (
          <li key={`${item.collection}-${item.id}`}>
            <a href={`${config.routes.admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
            <span style={{ opacity: 0.7 }}>({t(`collections.${item.collection === 'language-versions' ? 'languageVersions' : item.collection}.singular`)})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
