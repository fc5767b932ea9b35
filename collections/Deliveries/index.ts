import { APIError, type CollectionConfig, type Endpoint } from 'payload'

import { allowRoles, hasRole, nobody } from '../../src/access'
import { WORKFLOW_COLLECTIONS } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { DELIVERIES_SLUG, DELIVERY_EVENTS, DELIVERY_STATUSES, DESTINATIONS_SLUG } from '../../src/delivery/constants'
import { queueDeliverySweep } from '../../src/delivery/outbox'
import { label, labelRecord, options, requestLanguage, translate } from '../../src/i18n'
import type { ResolvedOptions } from '../../src/types'

/** `POST /api/deliveries/:id/resend` (leaders, admins): send it again now, with the same webhook-id. */
const resend: Endpoint = {
  handler: async (req) => {
    const language = requestLanguage(req)
    if (!hasRole(req.user as never, 'leader', 'admin')) throw new APIError(translate(language, 'delivery.errors.resendRole'), req.user ? 403 : 401, null, true)
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.findByID({ collection: DELIVERIES_SLUG as 'users', depth: 0, disableErrors: true, id, overrideAccess: true })
    if (!found) throw new APIError(translate(language, 'workflow.errors.notFound', { collection: DELIVERIES_SLUG, id }), 404, null, true)
    const now = new Date().toISOString()
    // not while a sweep holds it (it is being sent right now): one conditional write, so a sweep
    // taking it in between cannot be overtaken and the receiver never gets it twice at once
    const reset = await req.payload.db.updateOne({
      collection: DELIVERIES_SLUG,
      data: { attempts: 0, nextAttemptAt: now, status: 'pending', updatedAt: now },
      options: { atomic: true },
      req,
      where: { and: [{ id: { equals: found.id } }, { or: [{ claimedUntil: { exists: false } }, { claimedUntil: { less_than: now } }] }] },
    })
    if (!reset) throw new APIError(translate(language, 'delivery.errors.sendingNow'), 409, null, true)
    await queueDeliverySweep(req.payload, { reason: 'resend', req })
    return Response.json({ id, message: translate(language, 'delivery.resent'), status: 'pending' })
  },
  method: 'post',
  path: '/:id/resend',
}

/** The delivery log: one row per (destination, item, language, event, content hash). People only read it. */
export function getDeliveriesCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const collection: CollectionConfig = {
    slug: DELIVERIES_SLUG,
    access: { create: nobody, delete: nobody, read: allowRoles('admin', 'leader'), update: nobody },
    admin: {
      defaultColumns: ['item', 'language', 'event', 'destination', 'status', 'attempts', 'lastStatusCode', 'nextAttemptAt'],
      group: labelRecord('groups.delivery'),
      useAsTitle: 'itemKey',
    },
    endpoints: pluginOptions.disabled ? [] : [resend],
    fields: [
      { name: 'destination', type: 'relationship', index: true, label: label('collections.destinations.singular'), relationTo: DESTINATIONS_SLUG as 'users', required: true },
      { name: 'item', type: 'relationship', label: label('delivery.fields.item'), relationTo: [...WORKFLOW_COLLECTIONS] },
      { name: 'itemKey', type: 'text', index: true, label: label('delivery.fields.itemKey'), required: true },
      { name: 'language', type: 'text', label: label('fields.language'), required: true },
      { name: 'event', type: 'select', label: label('delivery.fields.event'), options: options('delivery.events', DELIVERY_EVENTS), required: true },
      { name: 'contentHash', type: 'text', label: label('fields.contentHash') },
      { name: 'status', type: 'select', index: true, label: label('delivery.fields.status'), options: options('delivery.statuses', DELIVERY_STATUSES), required: true },
      { name: 'attempts', type: 'number', defaultValue: 0, label: label('delivery.fields.attempts') },
      { name: 'lastStatusCode', type: 'number', label: label('delivery.fields.lastStatusCode') },
      { name: 'lastError', type: 'text', label: label('delivery.fields.lastError') },
      { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('delivery.fields.nextAttemptAt') },
      { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('delivery.fields.deliveredAt') },
      { name: 'webhookId', type: 'text', label: label('delivery.fields.webhookId') },
      { name: 'dedupeKey', type: 'text', admin: { hidden: true }, unique: true },
      // which sweep holds it, and until when (src/delivery/send.ts): a stop leaves it held only that long
      { name: 'claimedBy', type: 'text', admin: { hidden: true }, index: true },
      { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
    ],
    labels: { plural: label('collections.deliveries.plural'), singular: label('collections.deliveries.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.deliveries)
}
