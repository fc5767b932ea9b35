'use client'

/**
 * Takes the place of Payload's own Publish and Unpublish buttons on workflow collections: those
 * changes go through the workflow panel (and the server refuses them anyway).
 */
export function HiddenButton() {
  return null
}
