import type { PayloadRequest } from 'payload'

import { internalContext } from '../workflow/context'

type UserDoc = { email?: string; id: number | string; name?: string }

/** One audit entry (`workflow-events`, action `consent_changed`) for a change of consent. */
export async function recordConsentChange(req: PayloadRequest, entry: { collection: 'achievements' | 'media'; comment: string; id: number | string; mediaRef?: number | string }): Promise<void> {
  const user = req.user as UserDoc | null | undefined
  await req.payload.create({
    collection: 'workflow-events',
    context: internalContext(),
    data: {
      action: 'consent_changed',
      actor: user?.id ?? null,
      actorLabel: user ? String(user.name || user.email || user.id) : 'system',
      at: new Date().toISOString(),
      comment: entry.comment,
      ...(entry.collection === 'achievements' ? { document: { relationTo: 'achievements', value: entry.id } } : {}),
      documentCollection: entry.collection,
      documentId: String(entry.id),
      mediaRef: entry.mediaRef ?? null,
    } as never,
    overrideAccess: true,
    req,
  })
}
