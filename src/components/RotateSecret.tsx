'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { useBilingualT } from './useBilingualT'

/**
 * "Đổi khóa / Rotate" on a destination: makes a new signing secret and shows it here, once, to
 * copy to the receiver. Nothing shows it again (the field is write-only).
 */
export function RotateSecret() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t } = useBilingualT()
  const [secret, setSecret] = useState<null | string>(null)
  const [error, setError] = useState<null | string>(null)
  if (!id) return null
  const rotate = async () => {
    setError(null)
    const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/destinations/${id}/rotate-secret`, {
      body: '{}',
      credentials: 'include',
      headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = (await res.json().catch(() => null)) as { errors?: Array<{ message: string }>; secret?: string } | null
    if (!res.ok || !body?.secret) return setError(body?.errors?.[0]?.message ?? res.statusText)
    setSecret(body.secret)
  }
  return (
    <div data-testid="rotate-secret" style={{ display: 'grid', gap: 6, marginBottom: 24 }}>
      <button className="btn btn--style-secondary btn--size-small" onClick={() => void rotate()} style={{ justifySelf: 'start', margin: 0 }} type="button">
        {t('delivery.rotate')}
      </button>
      {secret ? (
        <div role="status">
          <div>{t('delivery.secretShownOnce')}</div>
          <code data-testid="new-secret" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
            {secret}
          </code>
        </div>
      ) : null}
      {error ? (
        <div role="alert" style={{ color: '#b91c1c' }}>
          {error}
        </div>
      ) : null}
    </div>
  )
}
