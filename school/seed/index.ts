import type { Payload } from 'payload'

import { AUDIT_PURGE_CONTEXT } from '../../collections/WorkflowEvents'
import { translate } from '../../src/i18n'
import { contentHash, textHash } from '../../src/workflow/contentHash'
import { internalContext } from '../../src/workflow/context'
import type { WorkflowAction, WorkflowState } from '../../src/workflow/states'
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, type DemoAccount } from './accounts'
import { achievements, articles, categories, images, type SeedState, type SeedTranslation } from './content'
import { PLAN_2026, seedPlan, seedRegisters } from './plan'
import { makeDemoImage } from './images'
import { paragraphs } from './lexical'

/** The demo's delivery destination: the province's education portal, disabled until configured. */
const DEMO_DESTINATION = {
  channels: ['doet', 'province'],
  enabled: false,
  kind: 'webhook',
  languages: ['vi'],
  name: 'Cổng thông tin Sở GDĐT Quảng Ninh (demo, chưa bật)',
  url: 'https://portal.example.vn/hooks/lechan',
}

/** States whose text a leader approved. */
const APPROVED = new Set<SeedState>(['approved', 'published'])

export type SeedOptions = {
  /** Create or reset the demo accounts. @default true */
  accounts?: boolean
  log?: (line: string) => void
  password?: string
}

export type SeedSummary = {
  achievements: number
  articles: number
  events: number
  languageVersions: number
  media: number
  users: number
}

type Id = number | string

const CONTENT_COLLECTIONS = ['language-versions', 'achievements', 'articles', 'media', 'categories'] as const

/** True when there is nothing to lose: no users and no articles. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, items] = await Promise.all([payload.count({ collection: 'users', overrideAccess: true }), payload.count({ collection: 'articles', overrideAccess: true })])
  return users.totalDocs === 0 && items.totalDocs === 0
}

/** A bulk delete reports per-document failures in its result instead of throwing: fail loudly. */
function checkDeleted(collection: string, result: { errors?: Array<{ id?: unknown; message?: string }> }): void {
  if (result.errors?.length) {
    const first = result.errors
      .slice(0, 3)
      .map((e) => `${String(e.id)}: ${e.message}`)
      .join('; ')
    throw new Error(`seed: ${result.errors.length} ${collection} could not be deleted (${first}); nothing was seeded.`)
  }
}

/** Remove all demo content, the audit log and the demo accounts (other accounts stay). */
export async function clearDemoData(payload: Payload): Promise<void> {
  const events = await payload.delete({
    collection: 'workflow-events',
    context: { [AUDIT_PURGE_CONTEXT]: true },
    overrideAccess: true,
    where: { id: { exists: true } },
  })
  checkDeleted('workflow-events', events)
  for (const collection of CONTENT_COLLECTIONS) {
    checkDeleted(collection, await payload.delete({ collection, context: internalContext(), overrideAccess: true, where: { id: { exists: true } } }))
  }
  // the plan, the registers and the reports
  for (const collection of ['implementation-reports', 'press-monitoring', 'foreign-press-visits', 'plan-tasks']) {
    checkDeleted(collection, await payload.delete({ collection: collection as 'articles', overrideAccess: true, where: { id: { exists: true } } }))
  }
  // the delivery log of the demo items, and the demo destination
  checkDeleted('deliveries', await payload.delete({ collection: 'deliveries' as 'articles', overrideAccess: true, where: { id: { exists: true } } }))
  checkDeleted('destinations', await payload.delete({ collection: 'destinations' as 'articles', overrideAccess: true, where: { name: { equals: DEMO_DESTINATION.name } } }))
  // the publication index follows the deletes above; clear what any earlier crash left behind
  checkDeleted('published-entries', await payload.delete({ collection: 'published-entries' as 'articles', overrideAccess: true, where: { id: { exists: true } } }))
  checkDeleted(
    'users',
    await payload.delete({
      collection: 'users',
      overrideAccess: true,
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    }),
  )
}

/** Lines that tell a person how to log in to the demo. */
export function demoLoginLines(password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD): string[] {
  return [
    translate('vi', 'seed.logins', { password }) + ' / ' + translate('en', 'seed.logins', { password }),
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(24)} ${a.roles.join(', ').padEnd(11)} ${a.name}`),
  ]
}

const day = 24 * 60 * 60 * 1000
const at = (date: string, offsetDays = 0) => new Date(new Date(`${date}T08:00:00+07:00`).getTime() + offsetDays * day)

/** The workflow steps that lead to a seeded state, with who took each. */
function stepsTo(state: SeedState): Array<{ action: WorkflowAction; from: WorkflowState; to: WorkflowState; by: 'author' | 'leader' }> {
  const steps: Array<{ action: WorkflowAction; from: WorkflowState; to: WorkflowState; by: 'author' | 'leader' }> = []
  if (state === 'draft') return steps
  steps.push({ action: 'submit', by: 'author', from: 'draft', to: 'in_review' })
  if (state === 'in_review') return steps
  steps.push({ action: 'approve', by: 'leader', from: 'in_review', to: 'approved' })
  if (state === 'approved') return steps
  steps.push({ action: 'publish', by: 'leader', from: 'approved', to: 'published' })
  return steps
}

/**
 * Reset the demo data: accounts, categories, images (real JPEGs made with sharp), articles,
 * achievements, language versions in several languages, and the audit trail that led to each
 * item's state. Running it again gives the same data.
 */
export async function seedDemoData(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => undefined)
  const password = options.password ?? (process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD)
  await clearDemoData(payload)
  const summary: SeedSummary = { achievements: 0, articles: 0, events: 0, languageVersions: 0, media: 0, users: 0 }

  const users = {} as Record<DemoAccount['key'], Id>
  if (options.accounts !== false) {
    for (const account of DEMO_ACCOUNTS) {
      const user = await payload.create({
        collection: 'users',
        data: {
          email: account.email,
          name: account.name,
          password,
          preferredLanguage: account.preferredLanguage,
          roles: account.roles,
          unit: account.unit,
        } as never,
        overrideAccess: true,
      })
      users[account.key] = user.id
      summary.users += 1
    }
  } else {
    const existing = await payload.find({ collection: 'users', limit: 1, overrideAccess: true })
    const fallback = existing.docs[0]?.id
    for (const account of DEMO_ACCOUNTS) if (fallback !== undefined) users[account.key] = fallback
  }
  log(`seed: ${summary.users} accounts`)

  // the 2026 plan as tasks; each seeded article carries out the first task of its area
  const taskByArea = await seedPlan(payload)
  log(`seed: ${PLAN_2026.length} plan tasks`)

  const categoryIds: Record<string, Id> = {}
  for (const category of categories) {
    const doc = await payload.create({
      collection: 'categories',
      context: internalContext(),
      data: { description: category.description.vi, name: category.name.vi, slug: category.slug },
      locale: 'vi',
      overrideAccess: true,
    })
    await payload.update({
      collection: 'categories',
      context: internalContext(),
      data: { description: category.description.en, name: category.name.en },
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
    })
    categoryIds[category.key] = doc.id
  }

  const mediaIds: Record<string, Id> = {}
  for (const image of images) {
    const data = await makeDemoImage(image)
    const doc = await payload.create({
      collection: 'media',
      context: internalContext(),
      data: {
        alt: image.alt.vi,
        caption: image.caption.vi,
        consentExpiresAt: null,
        consentScope: image.consentScope,
        consentStatus: image.consentStatus,
        credit: image.credit,
        depictsMinors: image.depictsMinors,
      } as never,
      file: { data, mimetype: 'image/jpeg', name: `${image.key}.jpg`, size: data.length },
      locale: 'vi',
      overrideAccess: true,
    })
    await payload.update({
      collection: 'media',
      context: internalContext(),
      data: { alt: image.alt.en, caption: image.caption.en } as never,
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
    })
    mediaIds[image.key] = doc.id
    summary.media += 1
  }
  log(`seed: ${summary.media} images`)

  const writeEvents = async (
    collection: 'achievements' | 'articles' | 'language-versions',
    id: Id,
    state: SeedState,
    authorId: Id,
    leaderId: Id,
    start: Date,
    hash: string,
    sourceRevision?: null | string,
  ) => {
    let when = start.getTime()
    for (const step of stepsTo(state)) {
      when += 3 * 60 * 60 * 1000
      const actor = step.by === 'author' ? authorId : leaderId
      const account = DEMO_ACCOUNTS.find((a) => users[a.key] === actor)
      await payload.create({
        collection: 'workflow-events',
        context: internalContext(),
        data: {
          action: step.action,
          actor,
          actorLabel: account?.name ?? String(actor),
          at: new Date(when).toISOString(),
          comment: step.action === 'approve' ? 'Nội dung phù hợp, đã kiểm tra nguồn tin.' : null,
          contentHash: hash,
          document: { relationTo: collection, value: id },
          documentCollection: collection,
          documentId: String(id),
          from: step.from,
          sourceRevision: sourceRevision ?? null,
          to: step.to,
        } as never,
        overrideAccess: true,
      })
      summary.events += 1
    }
  }

  const workflowData = (state: SeedState, authorId: Id, leaderId: Id, start: Date, hash: string) => {
    const approved = state === 'approved' || state === 'published'
    return {
      _status: state === 'published' ? 'published' : 'draft',
      approvedAt: approved ? new Date(start.getTime() + 6 * 60 * 60 * 1000).toISOString() : null,
      approvedBy: approved ? leaderId : null,
      approvedHash: approved ? hash : null,
      author: authorId,
      lastEditedBy: authorId,
      publishedAt: state === 'published' ? new Date(start.getTime() + 9 * 60 * 60 * 1000).toISOString() : null,
      workflowState: state,
    }
  }

  const addTranslations = async (source: { collection: 'achievements' | 'articles'; id: Id }, translations: SeedTranslation[], start: Date, leaderId: Id) => {
    for (const [index, translation] of translations.entries()) {
      const body = paragraphs(...translation.paragraphs)
      const hash = contentHash({ body, summary: translation.summary, title: translation.title }, [])
      const begin = new Date(start.getTime() + (index + 1) * 60 * 60 * 1000)
      const doc = await payload.create({
        collection: 'language-versions',
        context: internalContext(),
        data: {
          body,
          language: translation.language,
          method: translation.method,
          source: { relationTo: source.collection, value: source.id },
          summary: translation.summary,
          title: translation.title,
          translator: users.translator,
          ...workflowData(translation.state, users.translator, leaderId, begin, hash),
        } as never,
        draft: translation.state !== 'published',
        overrideAccess: true,
      })
      await writeEvents('language-versions', doc.id, translation.state, users.translator, leaderId, begin, hash, (doc as { sourceRevision?: string }).sourceRevision)
      summary.languageVersions += 1
    }
  }

  const articleIds: Record<string, Id> = {}
  for (const [index, article] of articles.entries()) {
    const body = paragraphs(...article.paragraphs)
    const media = article.image ? [mediaIds[article.image]] : []
    const hash = contentHash({ body, summary: article.summary, title: article.title }, media)
    const start = at(article.eventDate, 1)
    const authorId = users[article.author]
    const leaderId = index % 3 === 2 ? users.leader2 : users.leader
    const doc = await payload.create({
      collection: 'articles',
      context: internalContext(),
      data: {
        body,
        byline: article.byline,
        category: categoryIds[article.category],
        channels: article.channels,
        eventDate: at(article.eventDate).toISOString(),
        featuredImage: article.image ? mediaIds[article.image] : null,
        language: 'vi',
        planArea: article.planArea,
        planTask: taskByArea[article.planArea] ?? null,
        summary: article.summary,
        tags: article.tags,
        title: article.title,
        ...workflowData(article.state, authorId, leaderId, start, hash),
        approvedTextHash: APPROVED.has(article.state) ? textHash({ body, summary: article.summary, title: article.title }) : null,
      } as never,
      draft: article.state !== 'published',
      overrideAccess: true,
    })
    articleIds[article.key] = doc.id
    await writeEvents('articles', doc.id, article.state, authorId, leaderId, start, hash)
    await addTranslations({ collection: 'articles', id: doc.id }, article.translations, start, leaderId)
    if (article.laterEdit) {
      // A later edit of the Vietnamese text, approved but not yet published (a new draft revision:
      // the live article stays as it was), so the translations made before it are outdated.
      const edited = paragraphs(...article.paragraphs, article.laterEdit)
      const editedText = { body: edited, summary: article.summary, title: article.title }
      await payload.update({
        collection: 'articles',
        context: internalContext(),
        data: {
          approvedAt: new Date(start.getTime() + 30 * 60 * 60 * 1000).toISOString(),
          approvedBy: leaderId,
          approvedHash: contentHash(editedText, media),
          approvedTextHash: textHash(editedText),
          body: edited,
          workflowState: 'approved',
        } as never,
        draft: true,
        id: doc.id,
        overrideAccess: true,
      })
      const made = await payload.find({ collection: 'language-versions', depth: 0, draft: true, overrideAccess: true, pagination: false, where: { 'source.value': { equals: doc.id } } })
      for (const version of made.docs) {
        if ((version as { source?: { relationTo?: string } }).source?.relationTo !== 'articles') continue
        await payload.update({
          collection: 'language-versions',
          context: internalContext(),
          data: { outdated: true } as never,
          draft: (version as { _status?: string })._status !== 'published',
          id: version.id,
          overrideAccess: true,
        })
      }
    }
    summary.articles += 1
  }
  log(`seed: ${summary.articles} articles`)

  for (const [index, achievement] of achievements.entries()) {
    const description = paragraphs(...achievement.paragraphs)
    const media = achievement.image ? [mediaIds[achievement.image]] : []
    const hash = contentHash({ description, summary: achievement.summary, title: achievement.title }, media)
    const start = at(achievement.date, 2)
    const authorId = users[achievement.author]
    const leaderId = index % 2 === 1 ? users.leader2 : users.leader
    const doc = await payload.create({
      collection: 'achievements',
      context: internalContext(),
      data: {
        award: achievement.award,
        channels: achievement.channels,
        competition: achievement.competition,
        date: at(achievement.date).toISOString(),
        description,
        images: media,
        language: 'vi',
        level: achievement.level,
        relatedArticle: achievement.relatedArticle ? articleIds[achievement.relatedArticle] : null,
        schoolYear: achievement.schoolYear,
        students: achievement.students.map((s) => ({ ...s, consentExpiresAt: null })),
        subject: achievement.subject,
        summary: achievement.summary,
        teachers: achievement.teachers,
        title: achievement.title,
        ...workflowData(achievement.state, authorId, leaderId, start, hash),
        approvedTextHash: APPROVED.has(achievement.state) ? textHash({ description, summary: achievement.summary, title: achievement.title }) : null,
      } as never,
      draft: achievement.state !== 'published',
      overrideAccess: true,
    })
    await writeEvents('achievements', doc.id, achievement.state, authorId, leaderId, start, hash)
    await addTranslations({ collection: 'achievements', id: doc.id }, achievement.translations, start, leaderId)
    summary.achievements += 1
  }
  // the audit log holds the workflow steps written above and the photos' recorded consent
  summary.events = (await payload.count({ collection: 'workflow-events', overrideAccess: true })).totalDocs
  log(`seed: ${summary.achievements} achievements, ${summary.languageVersions} language versions, ${summary.events} audit entries`)

  await seedSettings(payload, users.leader)
  const firstArticle = (await payload.find({ collection: 'articles', depth: 0, limit: 1, overrideAccess: true, sort: 'id' })).docs[0]
  await seedRegisters(payload, firstArticle?.id)
  // one destination, disabled, so the delivery screens are not empty (an admin fills in the real address)
  await payload.create({ collection: 'destinations' as 'articles', data: DEMO_DESTINATION as never, overrideAccess: true })
  return summary
}

async function seedSettings(payload: Payload, spokesperson: Id | undefined): Promise<void> {
  await payload.updateGlobal({
    context: internalContext(),
    data: {
      contacts: [{ address: 'Phường Hồng Hải, TP. Hạ Long, Quảng Ninh', email: 'thptlechan@lechan.test', label: 'Văn phòng nhà trường', phone: '0203 3 123 456' }],
      description: 'Trường THPT Lê Chân, thành phố Hạ Long, tỉnh Quảng Ninh: nơi học sinh học tập, rèn luyện và giới thiệu quê hương với bạn bè quốc tế.',
      publicUrl: process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`,
      schoolName: 'Trường THPT Lê Chân',
      spokesperson: { name: 'Nguyễn Văn Hùng', title: 'Hiệu trưởng', user: spokesperson ?? null },
    } as never,
    locale: 'vi',
    overrideAccess: true,
    slug: 'site-settings',
  })
  const vi = await payload.findGlobal({ depth: 0, locale: 'vi', overrideAccess: true, slug: 'site-settings' })
  await payload.updateGlobal({
    context: internalContext(),
    data: {
      contacts: (vi.contacts ?? []).map((c) => ({ ...c, address: 'Hong Hai Ward, Ha Long City, Quang Ninh', label: 'School office' })),
      description: 'Le Chan Upper Secondary School in Ha Long City, Quang Ninh province: where students learn, grow and introduce their homeland to friends around the world.',
      schoolName: 'Le Chan Upper Secondary School',
      spokesperson: { ...(vi.spokesperson as object), title: 'Principal' },
    } as never,
    locale: 'en',
    overrideAccess: true,
    slug: 'site-settings',
  })
}
