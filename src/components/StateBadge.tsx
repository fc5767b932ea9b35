'use client'

import { useBilingualT } from './useBilingualT'
import { badgeStyle, OUTDATED_STYLE } from './styles'
import { useWorkflowInfo } from './workflowInfo'

/**
 * The workflow state as a coloured badge, in the admin's language. A live item whose newest
 * revision is an edit not yet published reads "Published · edits pending".
 */
export function StateBadge({ live = false, state }: { live?: boolean; state: string }) {
  const { t } = useBilingualT()
  const pending = live && state !== 'published'
  const shown = pending ? 'published_pending' : state
  return (
    <span className={`workflow-badge workflow-badge--${shown}`} data-live={live ? 'true' : 'false'} data-state={state} style={badgeStyle(pending ? 'published_pending' : state)}>
      {t(`states.${shown}`)}
    </span>
  )
}

/** List-view cell of the `workflowState` column: the same badge as the edit view's. */
export function StateCell({ cellData, rowData }: { cellData?: unknown; rowData?: { live?: boolean } }) {
  if (typeof cellData !== 'string' || !cellData) return null
  return <StateBadge live={rowData?.live === true} state={cellData} />
}

/** The red "Needs update" badge of an outdated language version. */
export function OutdatedBadge() {
  const { t } = useBilingualT()
  return (
    <span className="outdated-badge" data-testid="outdated-badge" style={OUTDATED_STYLE}>
      {t('workflow.ui.outdatedBadge')}
    </span>
  )
}

/** List-view cell of the `outdated` column: the badge when outdated, nothing otherwise. */
export function OutdatedCell({ cellData }: { cellData?: unknown }) {
  return cellData === true ? <OutdatedBadge /> : null
}

/**
 * The edit view's status in the header (in place of Payload's Published/Draft/Changed): the same
 * badge and facts as the workflow panel, refreshed after every save.
 */
export function WorkflowStatus() {
  const { info } = useWorkflowInfo()
  if (!info) return null
  return (
    <div data-testid="workflow-status" style={{ alignItems: 'center', display: 'flex', gap: 6 }}>
      <StateBadge live={info.live} state={info.state} />
      {info.outdated ? <OutdatedBadge /> : null}
    </div>
  )
}
