'use client'
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { useBilingualT } from './useBilingualT'
import type { Figures } from '../reports/figures'
import type { ReportTable } from '../reports/tables'

type Answer = { figures: Figures; issued: boolean; tables: ReportTable[] }

/** The breakdowns drawn as charts, in this order; the rest are in the spreadsheet. */
const CHARTED = ['byPlanArea', 'byLanguage', 'byMonth', 'byChannel', 'achievementsByLevel', 'monitoringByAssessment', 'deliveriesByStatus', 'tasksByArea']

function Chart({ table }: { table: ReportTable }) {
  const data = table.rows.map((r) => ({ name: r.label, value: r.value }))
  const height = Math.max(120, 36 * data.length + 40)
  return (
    <figure data-testid={`chart-${table.id}`} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, margin: 0, padding: 12 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{table.title}</figcaption>
      {data.length ? (
        <ResponsiveContainer height={height} width="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis allowDecimals={table.percent === true} type="number" />
            <YAxis dataKey="name" tick={{ fontSize: 12 }} type="category" width={220} />
            <Tooltip />
            <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} name={table.subject} />
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <div style={{ color: 'var(--theme-elevation-500)' }}>0</div>
      )}
    </figure>
  )
}

/**
 * At the top of a saved implementation report: its headline figures, charts of the breakdowns
 * (the same JSON the API gives), and the Word and Excel downloads. Refreshed after every save.
 */
export function ReportPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t } = useBilingualT()
  const modified = useFormModified()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<null | string>(null)
  const base = `${config.serverURL ?? ''}${config.routes.api}/reports/implementation?report=${id}`

  useEffect(() => {
    if (!id) return
    let cancelled = false
    setError(null)
    fetch(`${base}&format=json`, { credentials: 'include', headers: { 'accept-language': i18n.language } })
      .then(async (res) => {
        const body = (await res.json()) as Answer & { errors?: Array<{ message: string }> }
        if (!res.ok) throw new Error(body.errors?.[0]?.message ?? res.statusText)
        if (!cancelled) setAnswer(body)
      })
      .catch((e: unknown) => !cancelled && setError(String((e as Error).message ?? e)))
    return () => {
      cancelled = true
    }
  }, [base, id, i18n.language, lastUpdateTime])

  if (!id)
    return (
      <p data-testid="report-panel" style={{ marginBottom: 24 }}>
        {t('reports.panel.saveFirst')}
      </p>
    )
  const summary = answer
    ? [
        ['published', answer.figures.published.total],
        ['liveNow', answer.figures.liveNow.total],
        ['achievements', answer.figures.achievements.total],
        ['tasksDone', `${answer.figures.tasks.done}/${answer.figures.tasks.total}`],
        ['tasksOverdue', answer.figures.tasks.overdue],
        ['medianHours', answer.figures.turnaround.medianHours ?? '—'],
        ['deliveries', answer.figures.deliveries.total],
        ['monitoring', answer.figures.monitoring.total],
        ['visits', answer.figures.visits.total],
      ]
    : []
  return (
    <section aria-busy={!answer && !error} data-testid="report-panel" style={{ display: 'grid', gap: 16, marginBottom: 32 }}>
      <h3 style={{ margin: 0 }}>{t('reports.panel.title')}</h3>
      {error ? (
        <div role="alert" style={{ color: '#b91c1c' }}>
          {t('reports.panel.error', { message: error })}
        </div>
      ) : null}
      {!answer && !error ? <div role="status">{t('reports.panel.loading')}</div> : null}
      {answer ? (
        <>
          <div role="note">{answer.issued ? t('reports.panel.issued') : t('reports.panel.live')}</div>
          <dl data-testid="report-summary" style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', margin: 0 }}>
            {summary.map(([key, value]) => (
              <div key={String(key)} style={{ background: 'var(--theme-elevation-50)', borderRadius: 4, padding: '8px 12px' }}>
                <dt style={{ fontSize: 12 }}>{t(`reports.summary.${key}`)}</dt>
                <dd data-testid={`summary-${key}`} style={{ fontSize: 22, fontWeight: 600, margin: 0 }}>
                  {String(value)}
                </dd>
              </div>
            ))}
          </dl>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {modified ? <div role="alert">{t('reports.panel.unsaved')}</div> : null}
            <a className="btn btn--style-primary btn--size-small" data-testid="download-docx" download href={`${base}&format=docx`} style={{ margin: 0 }}>
              {t('reports.panel.downloadDocx')}
            </a>
            <a className="btn btn--style-secondary btn--size-small" data-testid="download-xlsx" download href={`${base}&format=xlsx`} style={{ margin: 0 }}>
              {t('reports.panel.downloadXlsx')}
            </a>
          </div>
          <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))' }}>
            {CHARTED.map((tableId) => answer.tables.find((tb) => tb.id === tableId))
              .filter((tb): tb is ReportTable => Boolean(tb))
              .map((table) => (
                <Chart key={table.id} table={table} />
              ))}
          </div>
        </>
      ) : null}
    </section>
  )
}
