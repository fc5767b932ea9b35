'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

/** What `GET /api/{collection}/:id/workflow` tells the edit view. */
export type WorkflowInfo = {
  actions: Array<{ action: string; commentRequired: boolean; label: string }>
  canMarkUpToDate: boolean
  changedSinceSubmit: boolean
  checklist: Array<{ key: string; label: string }>
  /** leaders and admins: where the item was delivered */
  deliveries: null | Array<{
    attempts: number
    deliveredAt: null | string
    destination: string
    event: string
    id: number | string
    language: string
    lastError: null | string
    lastStatusCode: null | number
    nextAttemptAt: null | string
    status: string
  }>
  compare: { approved: null | number | string; latest: null | number | string; submitted: null | number | string }
  history: Array<{ action: string; actorLabel: string; at: string; comment?: null | string; from?: string; id: number | string; to: string }>
  live: boolean
  outdated: boolean
  state: string
  submitted: null | { at: string; by: string }
}

type Entry = { info: null | WorkflowInfo; key: string; listeners: Set<(info: WorkflowInfo) => void>; loading?: Promise<void> }
const entries = new Map<string, Entry>()

/**
 * The document's workflow facts, shared by the header's status and the sidebar panel (one request
 * for both), and fetched again after every save, so the two always agree with the saved document.
 */
export function useWorkflowInfo(): { info: null | WorkflowInfo; reload: () => Promise<void>; url: string } {
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const url = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const key = `${url}|${i18n.language}|${lastUpdateTime}`
  const entry = entries.get(url) ?? { info: null, key: '', listeners: new Set() }
  entries.set(url, entry)
  const [info, setInfo] = useState<null | WorkflowInfo>(entry.info)

  const fetchInfo = useCallback(async () => {
    const res = await fetch(url, { credentials: 'include', headers: { 'accept-language': i18n.language } })
    if (!res.ok) return
    const next = (await res.json()) as WorkflowInfo
    entry.info = next
    for (const listener of entry.listeners) listener(next)
  }, [entry, i18n.language, url])

  useEffect(() => {
    entry.listeners.add(setInfo)
    return () => {
      entry.listeners.delete(setInfo)
    }
  }, [entry])

  useEffect(() => {
    if (!id) return
    if (entry.key === key && entry.loading) return
    entry.key = key
    entry.loading = fetchInfo()
  }, [entry, fetchInfo, id, key])

  return { info, reload: fetchInfo, url }
}

/** One date format across the plugin's admin views: dd/MM/yyyy HH:mm, in the browser's time. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return ''
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`
}
