/**
 * Payload glue of the workflow: gathers the facts, asks the pure machine and gates, writes the
 * new state with an internal context, appends the audit entry and sends the e-mails.
 * `runWorkflowAction` is what the REST endpoint calls, and what the local API exports.
 */
import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { withTransaction } from '../db/transaction'
import { isLive } from '../publication/sync'

import type { WorkflowCollection } from '../constants'
import { requestLanguage, translate } from '../i18n'
import { flagOutdatedVersions } from '../translations/outdated'
import type { SourceRef } from '../translations/sourceState'
import { contentHash } from './contentHash'
import { internalContext } from './context'
import { authorshipOf, mediaRefsOf, missingText, refIds } from './facts'
import { BASE_CHECKLIST, checkGates, type ConsentSubject, type GateProblem } from './gates'
import { type Actor, applyTransition, getTransition, WorkflowError } from './machine'
import { notify, pluginSettings } from './notify'
import type { WorkflowAction, WorkflowState } from './states'
import type { ItemDoc, MediaDoc, UserDoc } from '../documents'

export type WorkflowActionInput = {
  action: string
  checklist?: Record<string, unknown> | null
  collection: WorkflowCollection
  comment?: null | string
  /** A translator confirms an outdated version is still accurate. */
  confirmUpToDate?: boolean
  id: number | string
  /** For system actions caused by a media item (consent withdrawn): recorded in the audit entry. */
  mediaRef?: number | string | null
  /** Language of error messages; defaults to the request's or the user's. */
  language?: string
  /** Publish at this time instead of now (publish only). Defaults to the item's publishAt. */
  publishAt?: null | string
  req?: PayloadRequest
  /** The acting user, or `system` for scheduled and consent-driven changes. */
  user: 'system' | null | UserDoc | undefined
}

export type WorkflowActionResult = {
  action: WorkflowAction
  contentHash: string
  eventId: null | number | string
  from: WorkflowState
  /** When a publish was scheduled for later rather than done now. */
  scheduledFor?: string
  state: WorkflowState
}

/** The longest workflow comment kept in the audit log. */
export const MAX_COMMENT_LENGTH = 2000

/** Actions the system takes for the plugin (schedules, consent withdrawal) with this label. */
export const SYSTEM_ACTOR = 'system'

const STATUS: Record<string, number> = {
  comment_required: 422,
  forbidden: 403,
  four_eyes: 403,
  invalid_transition: 409,
  unknown_action: 400,
}

function fail(status: number, message: string, data?: Record<string, unknown>): never {
  throw new APIError(message, status, data ?? null, true)
}

async function publishingSettings(payload: Payload, req?: PayloadRequest) {
  const settings = (await payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'publishing-settings' as never })) as {
    extraChecklist?: Array<{ key: string }> | null
    fourEyes?: boolean | null
  }
  const extra = (settings.extraChecklist ?? []).map((item) => item.key)
  return { checklistKeys: [...BASE_CHECKLIST, ...extra], fourEyes: settings.fourEyes !== false }
}

/** The item the facts are about: for a language version, its source carries media and channels. */
async function sourceOf(payload: Payload, collection: WorkflowCollection, doc: ItemDoc, req?: PayloadRequest): Promise<ItemDoc> {
  if (collection !== 'language-versions' || !doc.source) return doc
  const ref = doc.source as SourceRef
  const id = typeof ref.value === 'object' ? ref.value.id : ref.value
  return (await payload.findByID({ collection: ref.relationTo, depth: 0, draft: true, id, overrideAccess: true, req })) as unknown as ItemDoc
}

async function gatherProblems(
  payload: Payload,
  collection: WorkflowCollection,
  doc: ItemDoc,
  input: WorkflowActionInput,
  checklistKeys: readonly string[],
  req: PayloadRequest,
): Promise<GateProblem[]> {
  const source = await sourceOf(payload, collection, doc, req)
  const language = String(doc.language ?? pluginSettings(payload).sourceLanguage)
  const mediaIds = mediaRefsOf(source)
  const media = mediaIds.length
    ? ((
        await payload.find({
          collection: 'media',
          depth: 0,
          fallbackLocale: false as never,
          limit: mediaIds.length,
          locale: language as never,
          overrideAccess: true,
          pagination: false,
          req,
          where: { id: { in: mediaIds } },
        })
      ).docs as unknown as MediaDoc[])
    : []
  const subjects: ConsentSubject[] = media.map((m) => ({
    consentExpiresAt: m.consentExpiresAt,
    consentScope: m.consentScope,
    consentStatus: m.consentStatus,
    minor: Boolean(m.depictsMinors),
    name: String(m.filename ?? m.id),
  }))
  for (const student of source.students ?? []) {
    subjects.push({
      consentExpiresAt: student.consentExpiresAt,
      consentScope: student.consentScope,
      consentStatus: student.consentStatus,
      minor: student.isMinor !== false,
      name: String(student.name),
    })
  }
  // stored, and turned on when the source's text is approved (src/translations/outdated.ts)
  const outdated = collection === 'language-versions' && doc.outdated === true
  // the admin links each photo problem to the photo (media id by the name the problem gives)
  const mediaIdByName = new Map(media.map((m) => [String(m.filename ?? m.id), m.id as number | string]))
  const problems = checkGates(
    {
      altMissing: media.filter((m) => !String(m.alt ?? '').trim()).map((m) => String(m.filename ?? m.id)),
      channels: (source.channels ?? []) as string[],
      checklist: input.checklist,
      checklistKeys,
      confirmUpToDate: false,
      consentSubjects: subjects,
      outdated,
      textMissing: missingText(doc),
    },
    { checklist: input.action === 'approve' },
  )
  return problems.map((p) => {
    const mediaId = typeof p.values?.name === 'string' ? mediaIdByName.get(p.values.name) : undefined
    return mediaId === undefined ? p : { ...p, values: { ...p.values, mediaId } }
  })
}

function describeProblems(language: string, problems: GateProblem[]): string[] {
  return problems.map((p) => {
    const values = { ...p.values }
    if (Array.isArray(values.items)) values.items = (values.items as string[]).map((k) => translate(language, `workflow.checklist.${k}`, { defaultValue: k })).join('; ')
    if (Array.isArray(values.channels)) values.channels = (values.channels as string[]).map((c) => translate(language, `channels.${c}`)).join(', ')
    if (typeof values.field === 'string') values.field = translate(language, `fields.${values.field}`).toLowerCase()
    return translate(language, `workflow.gates.${p.code}`, values)
  })
}

/**
 * Run one workflow action in one transaction (src/db/transaction.ts: SQLite behind the write gate,
 * MongoDB on a replica set), inside a caller's transaction if there is one: the new state, its
 * audit entry, the cascade, the publication index and the e-mail jobs commit together or not at
 * all. Throws APIError with 401/403/404/409/422 and a message in `language`.
 */
export async function runWorkflowAction(payload: Payload, input: WorkflowActionInput): Promise<WorkflowActionResult> {
  const req = input.req ?? (await createLocalReq({ context: {} }, payload))
  return withTransaction(req, () => runInTransaction(payload, input, req))
}

async function runInTransaction(payload: Payload, input: WorkflowActionInput, req: PayloadRequest): Promise<WorkflowActionResult> {
  const { collection } = input
  let id: number | string = input.id
  const language = input.language ?? (input.req ? requestLanguage(input.req) : typeof input.user === 'object' && input.user?.preferredLanguage ? input.user.preferredLanguage : 'en')
  const t = (key: string, values?: Record<string, unknown>) => translate(language, key, values)
  if (!input.user) fail(401, t('workflow.errors.unauthenticated'))
  if (input.comment && input.comment.length > MAX_COMMENT_LENGTH) {
    fail(400, t('workflow.errors.commentTooLong', { length: input.comment.length, max: MAX_COMMENT_LENGTH }), { field: 'comment' })
  }
  const system = input.user === SYSTEM_ACTOR
  const user = system ? null : (input.user as UserDoc)

  const doc = (await payload.findByID({ collection, depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req })) as ItemDoc | null
  if (!doc) fail(404, t('workflow.errors.notFound', { collection, id }))
  id = doc.id as number | string // the database's own id type (a number on SQLite)

  let from = (doc.workflowState ?? 'draft') as WorkflowState
  // A live item with a pending edit (its latest revision a draft) is still on the site: the
  // system takes it off when consent is withdrawn, whatever state the pending revision is in.
  if (system && input.action === 'unpublish' && from !== 'published') {
    if (await isLive(req, collection, id)) from = 'published'
  }
  const settings = await publishingSettings(payload, req)
  const actionLabel = (action: string) => (getTransition(action) ? t(`actions.${action}`) : action)
  let to: WorkflowState
  if (system) {
    const transition = getTransition(input.action)
    if (!transition || !transition.from.includes(from)) {
      fail(409, t('workflow.errors.invalidTransition', { action: input.action, state: t(`states.${from}`) }))
    }
    to = transition.to
  } else {
    const actor: Actor = { id: user!.id, roles: user!.roles ?? [] }
    try {
      to = applyTransition({
        action: input.action,
        actor,
        ...authorshipOf(doc),
        comment: input.comment,
        fourEyes: settings.fourEyes,
        state: from,
      })
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error
      const messages: Record<string, string> = {
        comment_required: t('workflow.errors.commentRequired', { action: actionLabel(input.action) }),
        forbidden: t('workflow.errors.forbidden', { action: actionLabel(input.action) }),
        four_eyes: t('workflow.errors.fourEyes'),
        invalid_transition: t('workflow.errors.invalidTransition', { action: actionLabel(input.action), state: t(`states.${from}`) }),
        unknown_action: t('workflow.errors.unknownAction', { action: input.action }),
      }
      fail(STATUS[error.code] ?? 400, messages[error.code] ?? error.message, { code: error.code })
    }
  }
  const action = input.action as WorkflowAction

  // A translator confirming an outdated version brings its recorded source revision up to date.
  let current = doc
  if (input.confirmUpToDate && collection === 'language-versions') {
    const isTranslator = user !== null && String(refIds(doc.translator)[0]) === String(user.id)
    if (!isTranslator) fail(403, t('workflow.errors.notTranslator'))
    current = (await payload.update({
      collection,
      context: internalContext(),
      data: { syncWithSource: true } as never,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })) as unknown as ItemDoc
  }

  if (action === 'approve' || action === 'publish') {
    const problems = await gatherProblems(payload, collection, current, input, settings.checklistKeys, req)
    if (problems.length) {
      const messages = describeProblems(language, problems)
      fail(422, t('workflow.errors.gatesFailed', { action: actionLabel(action), problems: messages.join('; ') }), {
        language: String(current.language ?? ''),
        problems: problems.map((p, i) => ({ ...p, message: messages[i] })),
      })
    }
  }

  const hash = contentHash(current, mediaRefsOf(current))
  if (action === 'publish' && current.approvedHash && current.approvedHash !== hash) {
    fail(409, t('workflow.errors.changedSinceApproval'))
  }

  const now = new Date()
  let result: WorkflowActionResult = { action, contentHash: hash, eventId: null, from, state: to }
  let data: Partial<ItemDoc> = { workflowState: to }
  let draft = true
  // an approval starts a new count of who changed the content (four-eyes)
  if (action === 'approve') data = { ...data, approvedAt: now.toISOString(), approvedBy: user?.id ?? null, approvedHash: hash, contributors: [] }
  // translations follow approved text: what they were made from is compared with this
  if (action === 'approve' && collection !== 'language-versions') data.approvedTextHash = current.textHash ?? null
  if (action === 'reopen') data = { ...data, approvedAt: null, approvedBy: null, approvedHash: null, publishRequestedBy: null }
  if (action === 'publish') {
    const at = input.publishAt ?? (collection === 'language-versions' ? null : current.publishAt)
    if (at && Number.isNaN(new Date(at).getTime())) fail(400, t('workflow.errors.badPublishAt'))
    if (at && new Date(at).getTime() > now.getTime()) {
      // scheduled: the state stays approved until the jobs queue publishes it
      await payload.update({
        collection,
        context: internalContext(),
        data: { publishAt: new Date(at).toISOString(), publishRequestedBy: user?.id ?? null } as never,
        draft: true,
        id,
        overrideAccess: true,
        req,
      })
      return { ...result, scheduledFor: new Date(at).toISOString(), state: from }
    }
    data = { ...data, _status: 'published', publishedAt: now.toISOString() }
    draft = false
  }
  if (action === 'unpublish') {
    data = { ...data, _status: 'draft' }
    draft = false
  }
  await payload.update({ collection, context: internalContext(), data: data as never, draft, id, overrideAccess: true, req })

  const event = await payload.create({
    collection: 'workflow-events',
    context: internalContext(),
    data: {
      action,
      actor: user?.id ?? null,
      actorLabel: user ? String(user.name || user.email || user.id) : SYSTEM_ACTOR,
      at: now.toISOString(),
      comment: input.comment?.trim() || null,
      contentHash: hash,
      document: { relationTo: collection, value: id },
      documentCollection: collection,
      documentId: String(id),
      from,
      mediaRef: input.mediaRef ?? null,
      sourceRevision: collection === 'language-versions' ? (current.sourceRevision ?? null) : null,
      to,
    } as never,
    overrideAccess: true,
    req,
  })
  result = { ...result, eventId: event.id }
  if (action === 'approve' && collection !== 'language-versions' && current.textHash) {
    await flagOutdatedVersions(payload, req, { collection, id, title: current.title ?? undefined }, current.textHash)
  }
  if (action === 'unpublish' && collection !== 'language-versions') {
    await unpublishLanguageVersions(payload, collection, id, input, req)
  }
  await notify(payload, { action, actor: user, collection, comment: input.comment ?? null, doc: current, req })
  return result
}

/** A source taken off the site takes its published language versions with it (actor: system). */
async function unpublishLanguageVersions(payload: Payload, collection: WorkflowCollection, id: number | string, input: WorkflowActionInput, req: PayloadRequest): Promise<void> {
  const versions = await payload.find({
    collection: 'language-versions',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ _status: { equals: 'published' } }, { 'source.relationTo': { equals: collection } }, { 'source.value': { equals: id } }] },
  })
  for (const version of versions.docs) {
    await runWorkflowAction(payload, {
      action: 'unpublish',
      collection: 'language-versions',
      comment: input.comment ?? null,
      id: version.id,
      mediaRef: input.mediaRef ?? null,
      req,
      user: SYSTEM_ACTOR,
    })
  }
}
