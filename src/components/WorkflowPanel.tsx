'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { translate } from '../i18n'
import { StateBadge } from './StateBadge'

type Info = {
  compare: { approved: null | number | string; latest: null | number | string }
  actions: Array<{ action: string; commentRequired: boolean; label: string }>
  checklist: Array<{ key: string; label: string }>
  history: Array<{ action: string; actorLabel: string; at: string; comment?: null | string; from?: string; id: number | string; to: string }>
  outdated: boolean
  state: string
}

/**
 * The edit view's workflow sidebar: the state, the actions this user may take now (each asking for
 * a comment, the checklist or a time where needed), and the item's history.
 */
export function WorkflowPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = (key: string, values?: Record<string, unknown>) => translate(i18n.language, key, values)
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [info, setInfo] = useState<Info | null>(null)
  const [open, setOpen] = useState<null | string>(null)
  const [comment, setComment] = useState('')
  const [checked, setChecked] = useState<Record<string, boolean>>({})
  const [publishAt, setPublishAt] = useState('')
  const [confirmUpToDate, setConfirmUpToDate] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(base, { credentials: 'include', headers: { 'accept-language': i18n.language } })
    if (res.ok) setInfo((await res.json()) as Info)
  }, [base, id, i18n.language])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <div className="workflow-panel">{t('workflow.ui.saveFirst')}</div>
  if (!info) return null

  const current = info.actions.find((a) => a.action === open)
  const submit = async () => {
    if (!current) return
    setBusy(true)
    setError(null)
    const res = await fetch(base, {
      body: JSON.stringify({
        action: current.action,
        checklist: current.action === 'approve' ? checked : undefined,
        comment: comment || undefined,
        confirmUpToDate: confirmUpToDate || undefined,
        publishAt: current.action === 'publish' && publishAt ? new Date(publishAt).toISOString() : undefined,
      }),
      credentials: 'include',
      headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null
      setError(body?.errors?.[0]?.message ?? res.statusText)
      return
    }
    window.location.reload()
  }

  return (
    <div className="workflow-panel" data-testid="workflow-panel" style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <div>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('workflow.ui.title')}</div>
        <StateBadge state={info.state} />
        {info.outdated ? <p style={{ color: '#b45309', margin: '6px 0 0' }}>{t('workflow.ui.outdatedWarning')}</p> : null}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {info.actions.length === 0 ? <span style={{ opacity: 0.7 }}>{t('workflow.ui.noActions')}</span> : null}
        {info.actions.map((a) => (
          <button
            className="btn btn--style-secondary btn--size-small"
            data-action={a.action}
            key={a.action}
            onClick={(event) => {
              event.preventDefault()
              setOpen(a.action)
              setError(null)
            }}
            type="button"
          >
            {a.label}
          </button>
        ))}
      </div>
      {current ? (
        // not a <form>: the panel sits inside Payload's document form, and a nested submit would save it
        <div
          data-testid="workflow-form"
          role="group"
          style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, display: 'grid', gap: 8, padding: 10 }}
        >
          <strong>{current.label}</strong>
          {current.action === 'approve' ? (
            <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
              <legend>{t('workflow.ui.checklist')}</legend>
              {info.checklist.map((item) => (
                <label key={item.key} style={{ display: 'flex', gap: 6 }}>
                  <input
                    checked={checked[item.key] === true}
                    name={`checklist-${item.key}`}
                    onChange={(e) => setChecked({ ...checked, [item.key]: e.target.checked })}
                    type="checkbox"
                  />
                  {item.label}
                </label>
              ))}
            </fieldset>
          ) : null}
          {current.action === 'publish' ? (
            <label style={{ display: 'grid', gap: 4 }}>
              {t('workflow.ui.publishAt')}
              <input name="publishAt" onChange={(e) => setPublishAt(e.target.value)} type="datetime-local" value={publishAt} />
            </label>
          ) : null}
          {info.outdated && current.action === 'submit' ? (
            <label style={{ display: 'flex', gap: 6 }}>
              <input checked={confirmUpToDate} name="confirmUpToDate" onChange={(e) => setConfirmUpToDate(e.target.checked)} type="checkbox" />
              {t('workflow.ui.confirmUpToDate')}
            </label>
          ) : null}
          <label style={{ display: 'grid', gap: 4 }}>
            {current.commentRequired ? t('workflow.ui.commentRequired') : t('workflow.ui.comment')}
            <textarea name="comment" onChange={(e) => setComment(e.target.value)} required={current.commentRequired} rows={3} value={comment} />
          </label>
          {error ? (
            <div role="alert" style={{ color: '#b91c1c' }}>
              {error}
            </div>
          ) : null}
          <div style={{ display: 'flex', gap: 6 }}>
            <button
              className="btn btn--style-primary btn--size-small"
              data-testid="workflow-confirm"
              disabled={busy}
              onClick={(event) => {
                event.preventDefault()
                event.stopPropagation()
                void submit()
              }}
              type="button"
            >
              {t('workflow.ui.confirm')}
            </button>
            <button className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(null)} type="button">
              {t('workflow.ui.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <a
        data-testid="workflow-compare"
        href={
          info.compare.approved && info.compare.latest && info.compare.approved !== info.compare.latest
            ? `${config.routes.admin}/collections/${collectionSlug}/${id}/versions/${info.compare.latest}?versionFrom=${info.compare.approved}`
            : `${config.routes.admin}/collections/${collectionSlug}/${id}/versions`
        }
      >
        {t('workflow.ui.compare')}
      </a>
      <div>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('workflow.ui.history')}</div>
        {info.history.length === 0 ? <span style={{ opacity: 0.7 }}>{t('workflow.ui.noHistory')}</span> : null}
        <ol data-testid="workflow-history" style={{ margin: 0, paddingLeft: 18 }}>
          {info.history.map((event) => (
            <li key={event.id} style={{ marginBottom: 6 }}>
              <div>
                <strong>{t(`actions.${event.action}`)}</strong> · {event.actorLabel === 'system' ? t('workflow.ui.system') : event.actorLabel}
              </div>
              <div style={{ fontSize: 12, opacity: 0.75 }}>{new Date(event.at).toLocaleString(i18n.language)}</div>
              {event.comment ? <div style={{ fontStyle: 'italic' }}>“{event.comment}”</div> : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  )
}
