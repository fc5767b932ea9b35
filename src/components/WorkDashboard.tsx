/**
 * The dashboard's work lists, per role (a server component: one render, no client requests): my
 * drafts, changes requested to me, waiting for my review (leaders: submitter, time waiting,
 * language), translations that need updating, and what was published lately.
 */
import type { Payload, Where } from 'payload'

import { hasRole } from '../access/roles'
import { NAMESPACE, translate } from '../i18n'
import { StateBadge } from './StateBadge'
import { LocalTime, TimeSince } from './LocalTime'
import type { DeliveryDoc, ItemDoc, WorkflowEventDoc } from '../documents'

type User = { id: number | string; roles?: string[] }
type Row = { collection: string; doc: ItemDoc; submittedAt?: string; submittedBy?: string }

const WORKFLOW_COLLECTIONS = ['articles', 'achievements', 'language-versions'] as const
const LIMIT = 20

const collectionKey = (slug: string) => (slug === 'language-versions' ? 'languageVersions' : slug)

async function findAll(payload: Payload, where: (collection: string) => null | Where, sort = '-updatedAt'): Promise<Row[]> {
  const lists = await Promise.all(
    WORKFLOW_COLLECTIONS.map(async (collection) => {
      const condition = where(collection)
      if (!condition) return []
      const { docs } = await payload.find({ collection, depth: 0, draft: true, limit: LIMIT, overrideAccess: true, pagination: false, sort, where: condition })
      return (docs as unknown as ItemDoc[]).map((doc) => ({ collection, doc }))
    }),
  )
  return lists.flat()
}

/** Who submitted each item waiting for review, and when (its newest `submit` in the audit log). */
async function withSubmissions(payload: Payload, rows: Row[]): Promise<Row[]> {
  if (!rows.length) return rows
  const { docs } = await payload.find({
    collection: 'workflow-events',
    depth: 0,
    limit: 500,
    overrideAccess: true,
    pagination: false,
    sort: '-at',
    where: { and: [{ action: { equals: 'submit' } }, { documentId: { in: rows.map((r) => String(r.doc.id)) } }] },
  })
  return rows
    .map((row) => {
      const event = (docs as unknown as WorkflowEventDoc[]).find((e) => e.documentCollection === row.collection && String(e.documentId) === String(row.doc.id))
      return { ...row, submittedAt: event?.at ?? row.doc.updatedAt, submittedBy: event?.actorLabel ?? undefined }
    })
    .sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)))
}

function Section({ children, count, id, title }: { children: React.ReactNode; count: number; id: string; title: string }) {
  return (
    <section data-count={count} data-testid={`dashboard-${id}`} style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 8px' }}>
        {title} <span style={{ fontWeight: 400, opacity: 0.7 }}>({count})</span>
      </h3>
      {children}
    </section>
  )
}

export async function WorkDashboard({ i18n, payload, user }: { i18n?: { language?: string; t?: (key: string, vars?: Record<string, unknown>) => string }; payload: Payload; user?: null | User }) {
  if (!user) return null
  const language = i18n?.language ?? 'vi'
  // Payload's own t (a host's i18n.translations override reaches it); ours where Payload gave none
  const t = (key: string, values?: Record<string, unknown>) => (i18n?.t ? i18n.t(`${NAMESPACE}:${key}`, values) : translate(language, key, values))
  const adminRoute = payload.config.routes.admin
  const me = user.id
  const leader = hasRole(user as never, 'leader')
  const translatorOrLeader = hasRole(user as never, 'translator', 'leader', 'admin')
  const mine = (collection: string): Where => (collection === 'language-versions' ? { or: [{ author: { equals: me } }, { translator: { equals: me } }] } : { author: { equals: me } })

  const [drafts, changes, waiting, outdated, recent] = await Promise.all([
    findAll(payload, (c) => ({ and: [mine(c), { workflowState: { equals: 'draft' } }] })),
    findAll(payload, (c) => ({ and: [mine(c), { workflowState: { equals: 'changes_requested' } }] })),
    leader ? findAll(payload, () => ({ workflowState: { equals: 'in_review' } })).then((rows) => withSubmissions(payload, rows)) : Promise.resolve([]),
    translatorOrLeader
      ? findAll(payload, (c) =>
          c !== 'language-versions'
            ? null
            : ((hasRole(user as never, 'leader', 'admin') ? { outdated: { equals: true } } : { and: [{ outdated: { equals: true } }, { translator: { equals: me } }] }) as Where),
        )
      : Promise.resolve([]),
    findAll(payload, () => ({ workflowState: { equals: 'published' } }), '-publishedAt').then((rows) =>
      rows.sort((a, b) => String(b.doc.publishedAt ?? '').localeCompare(String(a.doc.publishedAt ?? ''))).slice(0, 8),
    ),
  ])

  // admins: deliveries that gave up or failed in the last 30 days (they also got an e-mail)
  const admin = hasRole(user as never, 'admin')
  const failedDeliveries = admin
    ? ((
        await payload.find({
          collection: 'deliveries' as 'users',
          depth: 0,
          limit: 20,
          overrideAccess: true,
          pagination: false,
          sort: '-updatedAt',
          where: { and: [{ status: { in: ['dead', 'failed'] } }, { updatedAt: { greater_than: new Date(Date.now() - 30 * 86_400_000).toISOString() } }] },
        })
      ).docs as unknown as DeliveryDoc[])
    : []

  const link = (row: Row) => <a href={`${adminRoute}/collections/${row.collection}/${row.doc.id}`}>{String(row.doc.title ?? row.doc.id)}</a>
  const type = (row: Row) => t(`collections.${collectionKey(row.collection)}.singular`)
  const lang = (row: Row) => String(row.doc.language ?? '').toUpperCase()
  const empty = <p style={{ margin: 0, opacity: 0.7 }}>{t('workflow.dashboard.empty')}</p>
  const table = (rows: Row[], columns: Array<[string, (row: Row) => React.ReactNode]>) =>
    rows.length === 0 ? (
      empty
    ) : (
      <table className="work-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {columns.map(([heading]) => (
              <th key={heading} style={{ borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' }}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr data-testid="dashboard-row" key={`${row.collection}-${row.doc.id}`}>
              {columns.map(([heading, cell]) => (
                <td key={heading} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '4px 8px' }}>
                  {cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )
  const item: [string, (row: Row) => React.ReactNode] = [t('workflow.dashboard.item'), link]
  const kind: [string, (row: Row) => React.ReactNode] = [t('workflow.dashboard.type'), type]
  const langColumn: [string, (row: Row) => React.ReactNode] = [t('workflow.dashboard.language'), lang]
  const updated: [string, (row: Row) => React.ReactNode] = [t('workflow.dashboard.updated'), (row) => <LocalTime value={row.doc.updatedAt} />]

  return (
    <div className="work-dashboard" data-testid="work-dashboard" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 16 }}>{t('workflow.dashboard.title')}</h2>
      {leader ? (
        <Section count={waiting.length} id="waiting" title={t('workflow.dashboard.waiting')}>
          {table(waiting, [
            item,
            kind,
            langColumn,
            [t('workflow.dashboard.submitter'), (row) => row.submittedBy ?? ''],
            [t('workflow.dashboard.waitingFor'), (row) => <TimeSince language={language} value={row.submittedAt} />],
          ])}
        </Section>
      ) : null}
      {admin && failedDeliveries.length ? (
        <Section count={failedDeliveries.length} id="failed-deliveries" title={t('workflow.dashboard.failedDeliveries')}>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {failedDeliveries.map((d) => (
              <li data-testid="dashboard-row" key={String(d.id)}>
                <a href={`${adminRoute}/collections/deliveries/${d.id}`}>
                  {String(d.itemKey)} ({String(d.language).toUpperCase()})
                </a>{' '}
                · {t(`delivery.statuses.${d.status}`)}
                {d.lastStatusCode ? ` · HTTP ${d.lastStatusCode}` : ''}
                {d.lastError ? ` · ${String(d.lastError)}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section count={changes.length} id="changes" title={t('workflow.dashboard.changesRequested')}>
        {table(changes, [item, kind, langColumn, updated])}
      </Section>
      <Section count={drafts.length} id="drafts" title={t('workflow.dashboard.myDrafts')}>
        {table(drafts, [item, kind, langColumn, updated])}
      </Section>
      {translatorOrLeader ? (
        <Section count={outdated.length} id="outdated" title={hasRole(user as never, 'leader', 'admin') ? t('workflow.dashboard.outdatedAll') : t('workflow.dashboard.outdatedMine')}>
          {table(outdated, [item, langColumn, updated])}
        </Section>
      ) : null}
      <Section count={recent.length} id="recent" title={t('workflow.dashboard.recent')}>
        {table(recent, [
          item,
          kind,
          langColumn,
          [t('workflow.dashboard.state'), (row) => <StateBadge live state={String(row.doc.workflowState)} />],
          [t('workflow.dashboard.published'), (row) => <LocalTime value={row.doc.publishedAt} />],
        ])}
      </Section>
    </div>
  )
}
