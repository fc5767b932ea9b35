/**
 * The rows behind the implementation report, read from Payload (overriding access: the endpoint
 * decides who may see a report) and handed to the pure `computeFigures`.
 */
import type { Payload, Where } from 'payload'

import { SOURCE_COLLECTIONS } from '../constants'
import { refId as idOf } from '../fields/refs'
import { DELIVERIES_SLUG, DESTINATIONS_SLUG } from '../delivery/constants'
import { PUBLISHED_ENTRIES_SLUG } from '../publication/constants'
import { pluginSettings } from '../workflow/notify'
import { FOREIGN_PRESS_VISITS_SLUG, PLAN_TASKS_SLUG, PRESS_MONITORING_SLUG } from './constants'
import { computeFigures, type Figures, type ReportItem } from './figures'
import type { DeliveryDoc, DestinationDoc, Id, ItemDoc, Relation, UserDoc, WorkflowEventDoc } from '../documents'
import type { EntryRow } from '../publication/items'

/** A source as the report selects it (not its body). */
type SourceRow = {
  author?: Relation
  award?: null | string
  category?: Relation
  channels?: null | string[]
  id: Id
  language?: null | string
  level?: null | string
  planArea?: null | string
  planTask?: Relation
}
/** A plan task. */
type TaskRow = { area?: null | string; code?: null | string; deadline?: null | string; id: Id; responsibleUnit?: null | string; status?: null | string; title?: null | string; year?: null | number }

/** Every row of `collection` matching `where`, with the fields of `select` (typed by the caller: `T`). */
async function all<T extends { id: Id }>(payload: Payload, collection: string, where?: Where, select?: Record<string, true>): Promise<T[]> {
  const { docs } = await payload.find({
    collection: collection as 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    ...(select ? { select: select as never } : {}),
    ...(where ? { where } : {}),
  })
  return docs as unknown as T[]
}

/** The figures of the period `[from, to]` (ISO instants), as they stand now. */
export async function loadFigures(payload: Payload, period: { from: string; to: string }, language = 'vi'): Promise<Figures> {
  const now = new Date().toISOString()
  const { languages, usersCollection } = pluginSettings(payload)

  const steps = (
    await all<WorkflowEventDoc>(payload, 'workflow-events', { action: { in: ['submit', 'approve', 'publish'] } }, { action: true, at: true, documentCollection: true, documentId: true })
  ).map((e) => ({
    action: String(e.action),
    at: new Date(e.at).toISOString(),
    document: `${e.documentCollection}:${e.documentId}`,
  }))
  const publishTimes = new Map<string, string[]>()
  for (const step of steps) {
    if (step.action !== 'publish') continue
    const list = publishTimes.get(step.document) ?? []
    list.push(step.at)
    publishTimes.set(step.document, list)
  }

  // what is on the site now: the publication index, one row per document and language
  const entries = await all<EntryRow>(payload, PUBLISHED_ENTRIES_SLUG, undefined, { category: true, channels: true, docCollection: true, docId: true, groupKey: true, key: true, language: true })
  const live = new Set(entries.map((e) => String(e.key)))

  const versions = await all<ItemDoc>(payload, 'language-versions', undefined, { language: true, outdated: true, source: true })
  const versionById = new Map(versions.map((v) => [String(v.id), v]))
  const versionSource = new Map(versions.map((v) => [`language-versions:${v.id}`, v.source ? `${(v.source as { relationTo: string }).relationTo}:${idOf(v.source)}` : null]))

  const sources = new Map<string, SourceRow & { collection: string }>()
  for (const collection of SOURCE_COLLECTIONS) {
    // only what the report reads: not the bodies
    const fields = { author: true, award: true, category: true, channels: true, language: true, level: true, planArea: true, planTask: true } as const
    for (const doc of await all<SourceRow>(payload, collection, undefined, fields)) sources.set(`${collection}:${doc.id}`, { ...doc, collection })
  }
  const tasks = await all<TaskRow>(payload, PLAN_TASKS_SLUG, undefined, { area: true, code: true, deadline: true, responsibleUnit: true, status: true, title: true, year: true })
  const taskUnit = new Map(tasks.map((t) => [String(t.id), (t.responsibleUnit as string) || null]))
  const taskArea = new Map(tasks.map((t) => [String(t.id), (t.area as string) || null]))
  const users = await all<UserDoc>(payload, usersCollection, undefined, { unit: true })
  const userUnit = new Map(users.map((u) => [String(u.id), (u.unit as string) || null]))
  const categories = await payload.find({ collection: 'categories', depth: 0, limit: 0, locale: language as never, overrideAccess: true, pagination: false })
  const categoryName = new Map((categories.docs as unknown as Array<{ id: Id; name?: null | string; slug?: null | string }>).map((c) => [String(c.id), String(c.name ?? c.slug ?? c.id)]))

  const keys = new Set<string>([...publishTimes.keys(), ...live])
  const items: ReportItem[] = []
  for (const key of keys) {
    const [collection, id] = key.split(':') as [string, string]
    const sourceKey = collection === 'language-versions' ? versionSource.get(key) : key
    const source = sourceKey ? sources.get(sourceKey) : undefined
    if (!source) continue
    const version = collection === 'language-versions' ? versionById.get(id) : undefined
    const taskId = idOf(source.planTask)
    items.push({
      award: collection === 'achievements' ? ((source.award as string) ?? null) : null,
      category: idOf(source.category) ? (categoryName.get(idOf(source.category)!) ?? null) : null,
      channels: (source.channels as string[]) ?? [],
      collection,
      id,
      language: String(version?.language ?? source.language ?? ''),
      level: collection === 'achievements' ? ((source.level as string) ?? null) : null,
      live: live.has(key),
      // achievements have no area of their own: their plan task's
      planArea: (source.planArea as string) ?? (taskId ? taskArea.get(taskId) : null) ?? null,
      publishedAt: publishTimes.get(key) ?? [],
      unit: (taskId ? taskUnit.get(taskId) : null) ?? userUnit.get(idOf(source.author) ?? '') ?? null,
    })
  }

  const destinations = new Map((await all<DestinationDoc>(payload, DESTINATIONS_SLUG, undefined, { name: true })).map((d) => [String(d.id), String(d.name)]))
  const deliveries = (
    await all<DeliveryDoc & { createdAt: string }>(
      payload,
      DELIVERIES_SLUG,
      { and: [{ createdAt: { greater_than_equal: period.from } }, { createdAt: { less_than_equal: period.to } }] },
      { createdAt: true, destination: true, status: true },
    )
  ).map((d) => ({
    createdAt: new Date(d.createdAt).toISOString(),
    destination: destinations.get(idOf(d.destination) ?? '') ?? String(idOf(d.destination)),
    status: String(d.status),
  }))
  const monitoring = (
    await all<{ actionTaken?: null | string; assessment?: null | string; foundAt: string; id: Id; platform?: null | string }>(payload, PRESS_MONITORING_SLUG, {
      and: [{ foundAt: { greater_than_equal: period.from } }, { foundAt: { less_than_equal: period.to } }],
    })
  ).map((m) => ({
    actionTaken: (m.actionTaken as string) ?? null,
    assessment: (m.assessment as string) ?? null,
    foundAt: new Date(m.foundAt).toISOString(),
    platform: (m.platform as string) ?? null,
  }))
  const visits = (
    await all<{ country?: null | string; id: Id; outlet?: null | string; startDate: string }>(payload, FOREIGN_PRESS_VISITS_SLUG, {
      and: [{ startDate: { greater_than_equal: period.from } }, { startDate: { less_than_equal: period.to } }],
    })
  ).map((v) => ({
    country: (v.country as string) ?? null,
    outlet: (v.outlet as string) ?? null,
    startDate: new Date(v.startDate).toISOString(),
  }))
  // the plan tasks of the years the period touches
  const years = new Set<number>()
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y += 1) years.add(y)
  const taskRows = tasks
    .filter((t) => years.has(Number(t.year)))
    .map((t) => ({
      area: (t.area as string) ?? null,
      code: (t.code as string) ?? null,
      deadline: t.deadline ? new Date(t.deadline).toISOString() : null,
      status: (t.status as string) ?? null,
      title: (t.title as string) ?? null,
      unit: (t.responsibleUnit as string) ?? null,
    }))

  return computeFigures({
    deliveries,
    from: period.from,
    items,
    languages,
    languageVersions: versions.map((v) => ({
      language: String(v.language),
      live: live.has(`language-versions:${v.id}`),
      outdated: Boolean(v.outdated),
      source: versionSource.get(`language-versions:${v.id}`) ?? '',
    })),
    liveSources: [...live].filter((key) => sources.has(key)).map((key) => ({ key, language: String(sources.get(key)!.language ?? '') })),
    monitoring,
    now,
    steps,
    tasks: taskRows,
    to: period.to,
    visits,
  })
}
