'use client'
import { useTranslation } from '@payloadcms/ui'

import { translate } from '../i18n'
import { badgeStyle } from './styles'

/** The workflow state as a coloured badge, in the admin's language. */
export function StateBadge({ state }: { state: string }) {
  const { i18n } = useTranslation()
  return (
    <span className={`workflow-badge workflow-badge--${state}`} data-state={state} style={badgeStyle(state)}>
      {translate(i18n.language, `states.${state}`)}
    </span>
  )
}

/** List-view cell of the `workflowState` column. */
export function StateCell({ cellData }: { cellData?: unknown }) {
  if (typeof cellData !== 'string' || !cellData) return null
  return <StateBadge state={cellData} />
}
