/** Badge colours per workflow state, shared by the list cell and the edit-view panel. */
export const STATE_COLOURS: Record<string, { background: string; color: string }> = {
  approved: { background: '#dbeafe', color: '#1e3a8a' },
  changes_requested: { background: '#fde68a', color: '#78350f' },
  draft: { background: '#e5e7eb', color: '#1f2937' },
  in_review: { background: '#ede9fe', color: '#4c1d95' },
  published: { background: '#d1fae5', color: '#065f46' },
  published_pending: { background: '#fef3c7', color: '#065f46' },
  unpublished: { background: '#fee2e2', color: '#7f1d1d' },
}

export const badgeStyle = (state: string) => ({
  ...(STATE_COLOURS[state] ?? STATE_COLOURS.draft),
  borderRadius: 999,
  display: 'inline-block',
  fontSize: 12,
  fontWeight: 600,
  lineHeight: '20px',
  padding: '0 10px',
  whiteSpace: 'nowrap' as const,
})

/** The red "Needs update" badge of an outdated translation. */
export const OUTDATED_STYLE = { ...badgeStyle('unpublished'), background: '#b91c1c', color: '#ffffff' }
