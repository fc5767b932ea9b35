/**
 * When a language version is outdated: its source's *approved* text changed since the version was
 * made (draft edits of the source do not count until a leader approves them). The flag is stored,
 * so lists can filter on it and dashboards count it; it turns on when the source is approved, and
 * off when the version is made again from the source or marked up to date (by its translator or a
 * leader, recorded in the audit log).
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { withTransaction } from '../db/transaction'
import { pickLanguage, requestLanguage, translate } from '../i18n'
import { internalContext } from '../workflow/context'
import { refIds } from '../workflow/facts'
import { queueEmail } from '../workflow/mail'
import { pluginSettings } from '../workflow/notify'
import { LANGUAGE_VERSIONS_SLUG as LANGUAGE_VERSIONS } from './languageVersionHooks'
import { forgetSourceState, getSourceState, type SourceRef } from './sourceState'
import type { ItemDoc } from '../documents'

type UserDoc = { email?: string; id: number | string; name?: string; preferredLanguage?: null | string; roles?: string[] }

/**
 * Write bookkeeping fields of a language version without touching its status: a version whose
 * newest revision is a draft gets a draft revision, a live one stays live (its content unchanged).
 */
async function writeVersionFields(payload: Payload, req: PayloadRequest, version: ItemDoc, data: Partial<ItemDoc>): Promise<ItemDoc> {
  return (await payload.update({
    collection: LANGUAGE_VERSIONS as 'articles',
    context: internalContext(),
    data: data as never,
    draft: version._status !== 'published',
    id: version.id,
    overrideAccess: true,
    req,
  })) as unknown as ItemDoc
}

/**
 * After a source's text is approved: every language version made from other text turns outdated,
 * and its translator gets an e-mail (queued with `req`, so it exists exactly when the approval does).
 */
export async function flagOutdatedVersions(payload: Payload, req: PayloadRequest, source: { collection: string; id: number | string; title?: string }, approvedTextHash: string): Promise<number> {
  const { docs } = await payload.find({
    collection: LANGUAGE_VERSIONS as 'articles',
    depth: 0,
    draft: true,
    limit: 200,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ 'source.relationTo': { equals: source.collection } }, { 'source.value': { equals: source.id } }] },
  })
  let flagged = 0
  for (const version of docs as ItemDoc[]) {
    if (version.outdated === true || version.sourceHash === approvedTextHash) continue
    await writeVersionFields(payload, req, version, { outdated: true })
    flagged += 1
    await tellTranslator(payload, req, version, source)
  }
  return flagged
}

async function tellTranslator(payload: Payload, req: PayloadRequest, version: ItemDoc, source: { collection: string; id: number | string; title?: string }) {
  const translatorId = refIds(version.translator ?? version.author)[0]
  if (translatorId === undefined) return
  const { publicUrl, usersCollection } = pluginSettings(payload)
  const translator = (await payload.findByID({ collection: usersCollection as 'users', depth: 0, disableErrors: true, id: translatorId, overrideAccess: true, req })) as null | UserDoc
  if (!translator?.email) return
  const language = pickLanguage(translator.preferredLanguage)
  const values = {
    source: String(source.title ?? ''),
    title: String(version.title ?? ''),
    url: `${publicUrl}/admin/collections/${LANGUAGE_VERSIONS}/${version.id}`,
  }
  await queueEmail(payload, { subject: translate(language, 'email.outdated.subject', values), text: translate(language, 'email.outdated.body', values), to: translator.email }, req)
}

/** Who may say an outdated version is up to date: its translator, leaders and admins. */
export function mayMarkUpToDate(user: null | undefined | UserDoc, version: ItemDoc): boolean {
  if (!user) return false
  if (hasRole(user as never, 'leader', 'admin')) return true
  return String(refIds(version.translator)[0] ?? '') === String(user.id)
}

/**
 * `POST /api/language-versions/:id/up-to-date`: the version now follows the source's current
 * text (its recorded revision and hash move to the source's), the flag goes off, and the audit log
 * records who said so and why. One transaction.
 */
export async function markUpToDate(
  payload: Payload,
  input: { comment?: null | string; id: number | string; req: PayloadRequest; user: null | undefined | UserDoc },
): Promise<{ eventId: number | string; outdated: false; sourceRevision: null | string }> {
  const { req, user } = input
  const t = (key: string, values?: Record<string, unknown>) => translate(requestLanguage(req), key, values)
  if (!user) throw new APIError(t('workflow.errors.unauthenticated'), 401, null, true)
  return withTransaction(req, async () => {
    const version = (await payload.findByID({ collection: LANGUAGE_VERSIONS as 'articles', depth: 0, disableErrors: true, draft: true, id: input.id, overrideAccess: true, req })) as ItemDoc | null
    if (!version) throw new APIError(t('workflow.errors.notFound', { collection: LANGUAGE_VERSIONS, id: input.id }), 404, null, true)
    if (!mayMarkUpToDate(user, version)) throw new APIError(t('workflow.errors.notTranslatorOrLeader'), 403, null, true)
    const ref = version.source as SourceRef
    forgetSourceState(req, ref)
    const state = await getSourceState(req, ref)
    if (!state) throw new APIError(t('validation.sourceMissing'), 409, null, true)
    const hash = state.approvedTextHash || state.textHash
    await writeVersionFields(payload, req, version, { outdated: false, sourceHash: hash, sourceRevision: state.revision })
    const now = new Date().toISOString()
    const event = await payload.create({
      collection: 'workflow-events',
      context: internalContext(),
      data: {
        action: 'marked_up_to_date',
        actor: user.id,
        actorLabel: String(user.name || user.email || user.id),
        at: now,
        comment: input.comment?.trim() || null,
        document: { relationTo: LANGUAGE_VERSIONS, value: version.id },
        documentCollection: LANGUAGE_VERSIONS,
        documentId: String(version.id),
        from: version.workflowState ?? 'draft',
        sourceRevision: state.revision,
        to: version.workflowState ?? 'draft',
      } as never,
      overrideAccess: true,
      req,
    })
    return { eventId: event.id, outdated: false as const, sourceRevision: state.revision }
  })
}
