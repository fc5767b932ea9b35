export const DESTINATIONS_SLUG = 'destinations'
export const DELIVERIES_SLUG = 'deliveries'
export const DELIVERY_TASK = 'bilingualDeliver'
export const DELIVERY_QUEUE = 'bilingual-delivery'
/** How often the runner looks for due deliveries: a due attempt starts within 10 s. */
export const DELIVERY_CRON = '*/5 * * * * *'
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const
export const DELIVERY_EVENTS = ['published', 'updated', 'withdrawn'] as const
export const DESTINATION_KINDS = ['webhook', 'email'] as const
/** The largest package an e-mail destination is sent as an attachment. */
export const EMAIL_PACKAGE_MAX_BYTES = 15 * 1024 * 1024
