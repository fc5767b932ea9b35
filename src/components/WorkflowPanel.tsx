'use client'
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import { useBilingualT } from './useBilingualT'
import { OutdatedBadge, StateBadge } from './StateBadge'
import { formatDateTime, useWorkflowInfo } from './workflowInfo'

type Problem = { code: string; message: string; values?: { field?: string; mediaId?: number | string } }
type Refusal = { language?: string; message: string; problems: Problem[] }

/** The refusal a workflow endpoint answered, with every problem it listed. */
async function readRefusal(res: Response): Promise<Refusal> {
  const body = (await res.json().catch(() => null)) as { errors?: Array<{ data?: { language?: string; problems?: Problem[] }; message: string }> } | null
  const first = body?.errors?.[0]
  return { language: first?.data?.language, message: first?.message ?? `${res.status} ${res.statusText}`, problems: first?.data?.problems ?? [] }
}

/** Bring a field of the form into view and focus it. */
function goTo(elementId: string) {
  const element = document.getElementById(elementId)
  element?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  ;(element?.querySelector('input, textarea, [contenteditable="true"]') as HTMLElement | null)?.focus()
}

/**
 * The edit view's workflow sidebar: the state, the actions this user may take now (each asking for
 * a comment, the checklist or a time where needed), what a leader should know before approving,
 * every refusal with a way to fix each problem, and the item's history.
 */
export function WorkflowPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t } = useBilingualT()
  const modified = useFormModified()
  const { info, reload, url } = useWorkflowInfo()
  const [open, setOpen] = useState<null | string>(null)
  const [comment, setComment] = useState('')
  const [checked, setChecked] = useState<Record<string, boolean>>({})
  const [publishAt, setPublishAt] = useState('')
  const [confirmUpToDate, setConfirmUpToDate] = useState(false)
  const [refusal, setRefusal] = useState<null | Refusal>(null)
  const [busy, setBusy] = useState(false)
  const admin = config.routes.admin

  if (!id) return <div className="workflow-panel">{t('workflow.ui.saveFirst')}</div>
  if (!info) return null

  const choices = [...info.actions, ...(info.canMarkUpToDate ? [{ action: 'up_to_date', commentRequired: false, label: t('workflow.ui.markUpToDate') }] : [])]
  const current = choices.find((a) => a.action === open)
  const actionWord = (label: string) => label.toLocaleLowerCase(i18n.language)

  const submit = async () => {
    if (!current) return
    setRefusal(null)
    // no lost work: an edited form is saved first, by the person, then the action runs on what was saved
    if (modified) {
      setRefusal({ message: t('workflow.ui.saveBeforeAction', { action: actionWord(current.label), label: current.label }), problems: [] })
      return
    }
    setBusy(true)
    const upToDate = current.action === 'up_to_date'
    const res = await fetch(upToDate ? url.replace(/\/workflow$/, '/up-to-date') : url, {
      body: JSON.stringify(
        upToDate
          ? { comment: comment || undefined }
          : {
              action: current.action,
              checklist: current.action === 'approve' ? checked : undefined,
              comment: comment || undefined,
              confirmUpToDate: confirmUpToDate || undefined,
              publishAt: current.action === 'publish' && publishAt ? new Date(publishAt).toISOString() : undefined,
            },
      ),
      credentials: 'include',
      headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!res.ok) {
      setRefusal(await readRefusal(res))
      return
    }
    window.location.reload()
  }

  const resend = async (deliveryId: number | string) => {
    await fetch(`${config.serverURL ?? ''}${config.routes.api}/deliveries/${deliveryId}/resend`, {
      body: '{}',
      credentials: 'include',
      headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
      method: 'POST',
    })
    await reload()
  }

  const fixFor = (problem: Problem, language?: string) => {
    const mediaId = problem.values?.mediaId
    if (problem.code === 'altMissing' && mediaId !== undefined) {
      // a translator fills the photo's text in this form (the source panel); others open the photo in that language
      if (collectionSlug === 'language-versions' && document.getElementById(`photo-${mediaId}`)) {
        return (
          <button className="workflow-fix" onClick={() => goTo(`photo-${mediaId}`)} type="button">
            {t('workflow.ui.fixAlt')}
          </button>
        )
      }
      return (
        <a className="workflow-fix" href={`${admin}/collections/media/${mediaId}${language ? `?locale=${language}` : ''}`}>
          {t('workflow.ui.fixAlt')}
        </a>
      )
    }
    if (mediaId !== undefined) {
      return (
        <a className="workflow-fix" href={`${admin}/collections/media/${mediaId}`}>
          {t('workflow.ui.fixPhoto')}
        </a>
      )
    }
    if (problem.code === 'textMissing' && problem.values?.field) {
      const field = problem.values.field === 'body' && collectionSlug === 'achievements' ? 'description' : problem.values.field
      return (
        <button className="workflow-fix" onClick={() => goTo(`field-${field}`)} type="button">
          {t('workflow.ui.fixField')}
        </button>
      )
    }
    if (problem.code === 'consentMissing' || problem.code === 'consentExpired' || problem.code === 'consentScope') {
      return (
        <button className="workflow-fix" onClick={() => goTo('field-students')} type="button">
          {t('workflow.ui.fixField')}
        </button>
      )
    }
    if (problem.code === 'checklist') return <span className="workflow-fix">{t('workflow.ui.fixChecklist')}</span>
    return null
  }

  const compareHref =
    info.compare.approved && info.compare.latest && info.compare.approved !== info.compare.latest
      ? `${admin}/collections/${collectionSlug}/${id}/versions/${info.compare.latest}?versionFrom=${info.compare.approved}`
      : null

  return (
    <div className="workflow-panel" data-testid="workflow-panel" style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <div>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('workflow.ui.title')}</div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          <StateBadge live={info.live} state={info.state} />
          {info.outdated ? <OutdatedBadge /> : null}
        </div>
        {info.live && info.state !== 'published' ? (
          <p data-testid="workflow-pending-edit" style={{ fontSize: 13, margin: '6px 0 0' }}>
            {t('workflow.ui.editState', { state: t(`states.${info.state}`) })}. {t('workflow.ui.pendingEdit')}
          </p>
        ) : null}
        {info.outdated ? (
          <p data-testid="workflow-outdated" style={{ color: '#b91c1c', margin: '6px 0 0' }}>
            {t('workflow.ui.outdatedWarning')}
          </p>
        ) : null}
        {info.submitted && info.state === 'in_review' ? (
          <p data-testid="workflow-submitted" style={{ fontSize: 13, margin: '6px 0 0', opacity: 0.8 }}>
            {t('workflow.ui.submittedBy', { name: info.submitted.by, time: formatDateTime(info.submitted.at) })}
          </p>
        ) : null}
        {info.changedSinceSubmit ? (
          <div data-testid="workflow-changed-since-submit" role="status" style={{ background: '#fef3c7', borderRadius: 4, marginTop: 6, padding: 8 }}>
            {t('workflow.ui.changedSinceSubmit')}{' '}
            {info.compare.submitted && info.compare.latest ? (
              <a href={`${admin}/collections/${collectionSlug}/${id}/versions/${info.compare.latest}?versionFrom=${info.compare.submitted}`}>{t('workflow.ui.compareSubmitted')}</a>
            ) : null}
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {choices.length === 0 ? <span style={{ opacity: 0.7 }}>{t('workflow.ui.noActions')}</span> : null}
        {choices.map((a) => (
          <button
            className="btn btn--style-secondary btn--size-small"
            data-action={a.action}
            key={a.action}
            onClick={(event) => {
              event.preventDefault()
              setOpen(a.action)
              setRefusal(null)
            }}
            type="button"
          >
            {a.label}
          </button>
        ))}
      </div>
      {current ? (
        // not a <form>: the panel sits inside Payload's document form, and a nested submit would save it
        <div data-testid="workflow-form" role="group" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, display: 'grid', gap: 8, padding: 10 }}>
          <strong>{current.label}</strong>
          {modified ? (
            <div data-testid="workflow-unsaved" style={{ color: '#92400e' }}>
              {t('workflow.ui.saveBeforeAction', { action: actionWord(current.label), label: current.label })}
            </div>
          ) : null}
          {current.action === 'up_to_date' ? <p style={{ margin: 0 }}>{t('workflow.ui.markUpToDateHelp')}</p> : null}
          {current.action === 'approve' && info.changedSinceSubmit ? (
            <div role="alert" style={{ color: '#92400e' }}>
              {t('workflow.ui.changedSinceSubmit')}
            </div>
          ) : null}
          {current.action === 'approve' ? (
            <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
              <legend>{t('workflow.ui.checklist')}</legend>
              {info.checklist.map((item) => (
                <label key={item.key} style={{ display: 'flex', gap: 6 }}>
                  <input checked={checked[item.key] === true} name={`checklist-${item.key}`} onChange={(e) => setChecked({ ...checked, [item.key]: e.target.checked })} type="checkbox" />
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
          {refusal ? (
            <div data-testid="workflow-error" role="alert" style={{ color: '#b91c1c' }}>
              {refusal.problems.length ? (
                <>
                  <div>{t('workflow.ui.problemsTitle')}</div>
                  <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                    {refusal.problems.map((problem, index) => (
                      <li data-problem={problem.code} key={`${problem.code}-${index}`}>
                        {problem.message.charAt(0).toLocaleUpperCase(i18n.language) + problem.message.slice(1)} {fixFor(problem, refusal.language)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                refusal.message
              )}
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
      {info.live ? (
        // the package a portal's editor uploads or an e-mail carries (src/package/build.ts)
        <a data-testid="download-package" download href={`${config.serverURL ?? ''}${config.routes.api}/exports/${collectionSlug}/${id}/package.zip`}>
          {t('package.download')}
        </a>
      ) : null}
      <a data-testid="workflow-compare" href={compareHref ?? `${admin}/collections/${collectionSlug}/${id}/versions`}>
        {compareHref ? t('workflow.ui.compare') : t('workflow.ui.versionHistory')}
      </a>
      {info.deliveries && info.deliveries.length ? (
        <div data-testid="delivery-panel">
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('collections.deliveries.plural')}</div>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {info.deliveries.map((d) => (
              <li data-status={d.status} key={d.id} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '4px 0' }}>
                <div>
                  <strong>{d.destination}</strong> · {t(`delivery.events.${d.event}`)} ({d.language.toUpperCase()}) · <span className="delivery-status">{t(`delivery.statuses.${d.status}`)}</span>
                </div>
                <div style={{ fontSize: 12, opacity: 0.75 }}>
                  {t('delivery.fields.attempts')}: {d.attempts}
                  {d.lastStatusCode ? ` · HTTP ${d.lastStatusCode}` : ''}
                  {d.deliveredAt ? ` · ${formatDateTime(d.deliveredAt)}` : ''}
                  {d.status === 'pending' && d.nextAttemptAt ? ` · ${t('delivery.fields.nextAttemptAt')}: ${formatDateTime(d.nextAttemptAt)}` : ''}
                  {d.lastError ? ` · ${d.lastError}` : ''}
                </div>
                {d.status !== 'pending' ? (
                  <button className="workflow-fix" data-testid="resend" onClick={() => void resend(d.id)} type="button">
                    {t('delivery.resend')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('workflow.ui.history')}</div>
        {info.history.length === 0 ? <span style={{ opacity: 0.7 }}>{t('workflow.ui.noHistory')}</span> : null}
        <ol data-testid="workflow-history" style={{ margin: 0, paddingLeft: 18 }}>
          {info.history.map((event) => (
            <li key={event.id} style={{ marginBottom: 6 }}>
              <div>
                <strong>{t(`actions.${event.action}`)}</strong> · {event.actorLabel === 'system' ? t('workflow.ui.system') : event.actorLabel}
              </div>
              <div style={{ fontSize: 12, opacity: 0.75 }}>{formatDateTime(event.at)}</div>
              {event.comment ? <div style={{ fontStyle: 'italic' }}>“{event.comment}”</div> : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  )
}
