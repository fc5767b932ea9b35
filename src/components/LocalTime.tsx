'use client'
import { formatDateTime } from './workflowInfo'

/** A time as dd/MM/yyyy HH:mm in the reader's own time zone (rendered in the browser). */
export function LocalTime({ value }: { value?: null | string }) {
  if (!value) return null
  return (
    <time dateTime={value} suppressHydrationWarning>
      {formatDateTime(value)}
    </time>
  )
}

/** How long ago, in words in the admin's language: "3 giờ", "2 days". */
export function TimeSince({ language, value }: { language: string; value?: null | string }) {
  if (!value) return null
  const minutes = Math.max(0, Math.round((Date.now() - new Date(value).getTime()) / 60_000))
  const [amount, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day']
  const text = new Intl.NumberFormat(language, { style: 'unit', unit: unit as 'day', unitDisplay: 'long' }).format(amount)
  return (
    <time dateTime={value} suppressHydrationWarning title={formatDateTime(value)}>
      {text}
    </time>
  )
}
