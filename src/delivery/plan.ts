/**
 * Which deliveries a change of the publication index makes. Pure: the Payload glue passes the
 * destinations, the index rows before and after, and what each destination last got of each item.
 *
 * - An item that now matches a destination goes there as `published` the first time, and as
 *   `updated` when its approved content hash differs from the last one sent.
 * - An item that no longer matches (unpublished, withdrawn consent, channels changed) goes as
 *   `withdrawn`, only where it was sent before.
 */
export type DeliveryEvent = 'published' | 'updated' | 'withdrawn'

export type PlanDestination = {
  categories: string[]
  channels: string[]
  id: string
  /** empty: every language */
  languages: string[]
}

export type PlanEntry = {
  category: null | string
  /** `|portal|vietnam-vn|` */
  channels: string
  docCollection: string
  docId: string
  key: string
  language: string
}

export type PlanChange = { after?: PlanEntry & { contentHash: string }; before?: PlanEntry; key: string }

export type LastSent = { contentHash: string; event: DeliveryEvent }

export type PlannedDelivery = { contentHash: string; destination: string; entry: PlanEntry; event: DeliveryEvent }

export const lastSentKey = (destination: string, itemKey: string) => `${destination}|${itemKey}`

/** Whether a destination takes an item: its language, one of its channels, its category. */
export function destinationTakes(destination: PlanDestination, entry: PlanEntry): boolean {
  if (destination.languages.length && !destination.languages.includes(entry.language)) return false
  if (!destination.channels.some((channel) => entry.channels.includes(`|${channel}|`))) return false
  if (destination.categories.length && !(entry.category && destination.categories.includes(entry.category))) return false
  return true
}

export function planDeliveries(destinations: PlanDestination[], changes: PlanChange[], last: Map<string, LastSent>): PlannedDelivery[] {
  const planned: PlannedDelivery[] = []
  for (const change of changes) {
    for (const destination of destinations) {
      const previous = last.get(lastSentKey(destination.id, change.key))
      const sent = previous !== undefined && previous.event !== 'withdrawn'
      const after = change.after && destinationTakes(destination, change.after) ? change.after : undefined
      if (after) {
        if (!sent) planned.push({ contentHash: after.contentHash, destination: destination.id, entry: after, event: 'published' })
        else if (previous.contentHash !== after.contentHash) planned.push({ contentHash: after.contentHash, destination: destination.id, entry: after, event: 'updated' })
      } else if (sent) {
        const entry = change.after ?? change.before
        if (entry) planned.push({ contentHash: previous.contentHash, destination: destination.id, entry, event: 'withdrawn' })
      }
    }
  }
  return planned
}
