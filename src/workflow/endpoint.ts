import type { Endpoint, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

import type { WorkflowCollection } from '../constants'
import { requestLanguage, translate } from '../i18n'
import { availableActions } from './machine'
import { runWorkflowAction } from './service'
import { BASE_CHECKLIST } from './gates'
import type { WorkflowState } from './states'
import { authorshipOf, mediaRefsOf } from './facts'
import { contentHash } from './contentHash'
import { isLive } from '../publication/sync'
import { markUpToDate, mayMarkUpToDate } from '../translations/outdated'
import { hasRole } from '../access/roles'
import { DELIVERIES_SLUG, DESTINATIONS_SLUG } from '../delivery/constants'
import type { DeliveryDoc, DestinationDoc, ItemDoc, WorkflowEventDoc } from '../documents'

/** The newest deliveries of one item, with their destinations' names. */
async function deliveriesOf(req: PayloadRequest, itemKey: string) {
  const { docs } = await req.payload.find({
    collection: DELIVERIES_SLUG as 'users',
    depth: 0,
    limit: 20,
    overrideAccess: true,
    pagination: false,
    req,
    sort: '-id',
    where: { itemKey: { equals: itemKey } },
  })
  const rows = docs as unknown as DeliveryDoc[]
  const ids = [...new Set(rows.map((r) => r.destination))]
  const { docs: destinations } = ids.length
    ? await req.payload.find({ collection: DESTINATIONS_SLUG as 'users', depth: 0, limit: ids.length, overrideAccess: true, pagination: false, req, where: { id: { in: ids } } })
    : { docs: [] }
  const names = new Map((destinations as unknown as DestinationDoc[]).map((d) => [String(d.id), String(d.name)]))
  return rows.map((r) => ({
    attempts: r.attempts ?? 0,
    deliveredAt: r.deliveredAt ?? null,
    destination: names.get(String(r.destination)) ?? String(r.destination),
    event: r.event,
    id: r.id,
    language: r.language,
    lastError: r.lastError ?? null,
    lastStatusCode: r.lastStatusCode ?? null,
    nextAttemptAt: r.nextAttemptAt ?? null,
    status: r.status,
  }))
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  // JSON only: a form post from another site (text/plain, urlencoded, multipart) is refused
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') throw new APIError(translate(requestLanguage(req), 'errors.unsupportedMediaType'), 415, { contentType: type }, true)
  try {
    const body = (await req.json?.()) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through
  }
  throw new APIError(translate(requestLanguage(req), 'workflow.errors.badBody'), 400, null, true)
}

/** `POST /api/{collection}/:id/workflow` runs an action; `GET` tells the edit view what it may show. */
export function workflowEndpoints(collection: WorkflowCollection): Endpoint[] {
  return [
    {
      handler: async (req) => {
        const body = await readBody(req)
        const result = await runWorkflowAction(req.payload, {
          action: String(body.action ?? ''),
          checklist: (body.checklist as Record<string, unknown>) ?? null,
          collection,
          comment: typeof body.comment === 'string' ? body.comment : null,
          confirmUpToDate: body.confirmUpToDate === true,
          id: String(req.routeParams?.id ?? ''),
          publishAt: typeof body.publishAt === 'string' && body.publishAt ? body.publishAt : null,
          req,
          user: req.user as never,
        })
        return Response.json(result, { status: 200 })
      },
      method: 'post',
      path: '/:id/workflow',
    },
    {
      handler: async (req) => {
        const language = requestLanguage(req)
        if (!req.user) throw new APIError(translate(language, 'workflow.errors.unauthenticated'), 401, null, true)
        const id = String(req.routeParams?.id ?? '')
        const doc = (await req.payload.findByID({ collection, depth: 0, disableErrors: true, draft: true, id, overrideAccess: false, req, user: req.user })) as Record<string, unknown> | null
        if (!doc) throw new APIError(translate(language, 'workflow.errors.notFound', { collection, id }), 404, null, true)
        const settings = (await req.payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'publishing-settings' as never })) as {
          extraChecklist?: Array<{ key: string; label?: string }>
          fourEyes?: boolean
        }
        const state = (doc.workflowState ?? 'draft') as WorkflowState
        const user = req.user as unknown as { id: number | string; roles?: string[] }
        const actions = availableActions(state, { id: user.id, roles: user.roles ?? [] }, authorshipOf(doc), settings.fourEyes !== false)
        const events = await req.payload.find({
          collection: 'workflow-events',
          depth: 0,
          limit: 100,
          overrideAccess: true,
          pagination: false,
          req,
          sort: '-at',
          where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] },
        })
        // what a leader should know before approving: who submitted when, and whether the text
        // changed after that (the revision submitted is then compared with the newest)
        const submitted = (events.docs as unknown as WorkflowEventDoc[]).find((e) => e.action === 'submit')
        const changedSinceSubmit = state === 'in_review' && Boolean(submitted?.contentHash) && submitted!.contentHash !== contentHash(doc, mediaRefsOf(doc))
        // the newest revision, the newest one that carried an approval, and the one submitted
        const [latest, approved, atSubmit] = await Promise.all(
          ([{}, { 'version.approvedHash': { exists: true } }, changedSinceSubmit ? { updatedAt: { less_than_equal: submitted!.at } } : null] as Array<null | Where>).map((extra) =>
            !extra
              ? null
              : req.payload.findVersions({
                  collection,
                  depth: 0,
                  limit: 1,
                  overrideAccess: true,
                  pagination: false,
                  req,
                  select: {},
                  sort: '-updatedAt',
                  where: { and: [{ parent: { equals: doc.id as number } }, extra] },
                }),
          ),
        )
        // leaders and admins see where the item was delivered (src/delivery), and may resend
        const deliveries = hasRole(req.user as never, 'leader', 'admin') ? await deliveriesOf(req, `${collection}:${doc.id}`) : null
        return Response.json({
          deliveries,
          canMarkUpToDate: collection === 'language-versions' && doc.outdated === true && mayMarkUpToDate(req.user as never, doc as unknown as ItemDoc),
          changedSinceSubmit,
          compare: { approved: approved?.docs[0]?.id ?? null, latest: latest?.docs[0]?.id ?? null, submitted: atSubmit?.docs[0]?.id ?? null },
          live: await isLive(req, collection, doc.id as number),
          submitted: submitted ? { at: submitted.at, by: submitted.actorLabel } : null,
          actions: actions.map((a) => ({ action: a.action, commentRequired: a.commentRequired, label: translate(language, `actions.${a.action}`) })),
          checklist: [
            ...BASE_CHECKLIST.map((key) => ({ key, label: translate(language, `workflow.checklist.${key}`) })),
            ...(settings.extraChecklist ?? []).map((item) => ({ key: item.key, label: item.label ?? item.key })),
          ],
          history: events.docs,
          outdated: doc.outdated === true,
          publishAt: doc.publishAt ?? null,
          state,
          stateLabel: translate(language, `states.${state}`),
        })
      },
      method: 'get',
      path: '/:id/workflow',
    },
    ...(collection === 'language-versions'
      ? [
          {
            handler: async (req: PayloadRequest) => {
              const body = await readBody(req)
              const result = await markUpToDate(req.payload, {
                comment: typeof body.comment === 'string' ? body.comment : null,
                id: String(req.routeParams?.id ?? ''),
                req,
                user: req.user as never,
              })
              return Response.json(result, { status: 200 })
            },
            method: 'post' as const,
            path: '/:id/up-to-date',
          },
        ]
      : []),
  ]
}
