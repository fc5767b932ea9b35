'use client'

/**
 * Takes the place of Payload's own Publish and Unpublish buttons on workflow collections (those
 * changes go through the workflow panel, and the server refuses them anyway), and of the bare
 * `workflowState` select in the edit view (the header and the panel show the state).
 */
export function HiddenButton() {
  return null
}
