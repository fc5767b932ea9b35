'use client'
import { SelectField, useConfig, useFormFields } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

/**
 * The language select of a language version: the source's own language is not offered (the
 * server refuses it anyway, with a message, for API clients).
 */
export function VersionLanguageField(props: SelectFieldClientProps) {
  const { config } = useConfig()
  const source = useFormFields(([fields]) => fields.source?.value) as undefined | { relationTo?: string; value?: unknown }
  const [sourceLanguage, setSourceLanguage] = useState<null | string>(null)
  const id = source?.value && typeof source.value === 'object' ? (source.value as { id: unknown }).id : source?.value
  useEffect(() => {
    if (!source?.relationTo || id === undefined || id === null) return setSourceLanguage(null)
    void fetch(`${config.serverURL ?? ''}${config.routes.api}/${source.relationTo}/${id}?depth=0&draft=true&select[language]=true`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: null | { language?: string }) => setSourceLanguage(doc?.language ?? null))
  }, [config.routes.api, config.serverURL, id, source?.relationTo])
  const options = props.field.options.filter((option) => (typeof option === 'string' ? option : option.value) !== sourceLanguage)
  return <SelectField {...props} field={{ ...props.field, options }} />
}
