import type { CollectionConfig, Config } from 'payload'
import { deepMergeSimple } from 'payload/shared'

import { getAchievementsCollection } from '../collections/Achievements'
import { getArticlesCollection } from '../collections/Articles'
import { getCategoriesCollection } from '../collections/Categories'
import { getDeliveriesCollection } from '../collections/Deliveries'
import { getDestinationsCollection } from '../collections/Destinations'
import { getIntegrationsCollection } from '../collections/Integrations'
import { getPublicationChangesCollection } from '../collections/PublicationChanges'
import { getLanguageVersionsCollection } from '../collections/LanguageVersions'
import { getMediaCollection } from '../collections/Media'
import { getPublishedEntriesCollection } from '../collections/PublishedEntries'
import { getWorkflowEventsCollection } from '../collections/WorkflowEvents'
import { getForeignPressVisitsCollection } from '../collections/ForeignPressVisits'
import { getImplementationReportsCollection } from '../collections/ImplementationReports'
import { getPlanTasksCollection } from '../collections/PlanTasks'
import { getPressMonitoringCollection } from '../collections/PressMonitoring'
import { getPublishingSettingsGlobal } from '../globals/PublishingSettings'
import { getSiteSettingsGlobal } from '../globals/SiteSettings'
import { resolveOptions } from './defaults'
import { catalogues, flatCatalogue, NAMESPACE, translate } from './i18n'
import { DATE_TIME_FORMAT, withDateFormats } from './fields/dates'
import { languageOptions } from './fields/language'
import { megabytes } from './media/uploadGuard'
import type { BilingualPublishingOptions, ResolvedOptions } from './types'
import { gateSqliteTransactions } from './db/sqliteTransactions'
import { holdsRunnerLease } from './jobs/runnerLease'
import { watchTransactions } from './publication/hooks'
import { startSharedGeneration } from './publication/sharedGeneration'
import { allowRoles } from './access'
import { accountEmailField } from './security/accountFields'
import { accountEndpoints } from './security/accounts'
import { keepPublicErrorMessages } from './security/errors'
import { capAnonymousReads, rejectMalformedId } from './security/readGuards'
import { validateRichTextInput } from './security/richText'
import { firstUserIsAdmin, userFields } from './users/fields'
import { publishDueTask, SCHEDULE_QUEUE } from './workflow/jobs'
import { MAIL_CRON, MAIL_QUEUE, releaseStaleSends, sendEmailTask } from './workflow/mail'
import { DELIVERY_CRON, DELIVERY_QUEUE } from './delivery/constants'
import { deliverTask, releaseStaleDeliveries } from './delivery/send'
import { packageEndpoint } from './package/build'
import { changesEndpoint } from './pull/changes'
import { websubTask } from './pull/websub'
import { implementationReportEndpoint } from './reports/endpoint'
import { feedEndpoint } from './feeds/endpoint'

export type { BilingualPublishingOptions, ResolvedOptions } from './types'
export { runWorkflowAction, type WorkflowActionInput, type WorkflowActionResult } from './workflow/service'
export { runDueSchedules } from './workflow/jobs'
export { flushNotifications } from './workflow/notify'
export { deliverDue, runDeliveryQueue } from './delivery/send'

/** Add our fields and first-user rule to the host's auth collection; fail clearly if it is missing. */
function extendUsers(collections: CollectionConfig[], options: ResolvedOptions): CollectionConfig[] {
  const index = collections.findIndex((c) => c.slug === options.usersCollection)
  if (index === -1) {
    throw new Error(`bilingualPublishing: option "usersCollection" is "${options.usersCollection}", but the config has no collection with that slug. Add an auth collection or set the option.`)
  }
  const users = collections[index]!
  if (!users.auth) {
    throw new Error(`bilingualPublishing: option "usersCollection" names "${options.usersCollection}", which is not an auth collection (set auth: true on it).`)
  }
  const existing = new Set(users.fields.map((f) => ('name' in f ? f.name : undefined)))
  const ourFields = [...userFields(options.languages, options.sourceLanguage), accountEmailField()]
  const extended: CollectionConfig = {
    ...users,
    // only admins unlock an account that too many failed logins locked
    access: { ...users.access, unlock: users.access?.unlock ?? allowRoles('admin') },
    // session cookies only over HTTPS in production (browsers accept them from http://localhost too)
    auth: {
      ...(typeof users.auth === 'object' ? users.auth : {}),
      cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production', ...(typeof users.auth === 'object' ? users.auth.cookies : {}) },
    },
    endpoints: users.endpoints === false ? false : [...(options.disabled ? [] : accountEndpoints(users.slug)), ...(users.endpoints ?? [])],
    fields: [...users.fields, ...ourFields.filter((f) => !existing.has((f as { name: string }).name))],
    hooks: {
      ...users.hooks,
      beforeChange: [...(options.disabled ? [] : [firstUserIsAdmin]), ...(users.hooks?.beforeChange ?? [])],
    },
  }
  return collections.map((c, i) => (i === index ? extended : c))
}

/** Every collection, the host's too: malformed ids and rich text are a 400, anonymous reads are capped. */
function withReadGuards(collections: CollectionConfig[], options: ResolvedOptions): CollectionConfig[] {
  if (options.disabled) return collections
  return collections.map((c) => ({ ...c, hooks: { ...c.hooks, beforeOperation: [rejectMalformedId, capAnonymousReads, validateRichTextInput, ...(c.hooks?.beforeOperation ?? [])] } }))
}

/**
 * Add our tasks (scheduled publishing, workflow e-mails) and let the server run their queues by
 * itself: publishing every minute, e-mails every 5 s.
 */
function withOurJobs(jobs: Config['jobs']): Config['jobs'] {
  const autoRun = jobs?.autoRun
  const ours = [
    { allQueues: false, cron: '0 * * * * *', queue: SCHEDULE_QUEUE },
    { allQueues: false, cron: MAIL_CRON, limit: 100, queue: MAIL_QUEUE },
    { allQueues: false, cron: DELIVERY_CRON, limit: 50, queue: DELIVERY_QUEUE },
  ]
  const hostShouldAutoRun = jobs?.shouldAutoRun
  return {
    ...jobs,
    // one runner at a time across processes (src/jobs/runnerLease.ts)
    shouldAutoRun: async (payload) => ((await hostShouldAutoRun?.(payload)) ?? true) && holdsRunnerLease(payload),
    autoRun: typeof autoRun === 'function' ? async (payload) => [...(await autoRun(payload)), ...ours] : [...(autoRun ?? []), ...ours],
    tasks: [...(jobs?.tasks ?? []), publishDueTask, sendEmailTask, deliverTask, websubTask],
  }
}

/**
 * The bilingual publishing plugin: review workflow, language versions, consent-aware media and
 * public outputs for a school's news. Adds to the host config and never replaces what is there.
 */
export const bilingualPublishing =
  (pluginOptions: BilingualPublishingOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const ours = [
      getArticlesCollection(options),
      getAchievementsCollection(options),
      getLanguageVersionsCollection(options),
      getCategoriesCollection(options),
      getMediaCollection(options),
      getWorkflowEventsCollection(options),
      getPublishedEntriesCollection(options),
      getDestinationsCollection(options),
      getDeliveriesCollection(options),
      getIntegrationsCollection(options),
      getPublicationChangesCollection(),
      getPlanTasksCollection(options),
      getPressMonitoringCollection(options),
      getForeignPressVisitsCollection(options),
      getImplementationReportsCollection(options),
    ].map(withDateFormats)
    const hostCollections = incomingConfig.collections ?? []
    for (const collection of ours) {
      if (hostCollections.some((c) => c.slug === collection.slug)) {
        throw new Error(`bilingualPublishing: the config already has a collection "${collection.slug}". Remove it, or change it through the plugin option "overrides".`)
      }
    }
    const globals = [getSiteSettingsGlobal(options), getPublishingSettingsGlobal(options)]
    for (const global of globals) {
      if ((incomingConfig.globals ?? []).some((g) => g.slug === global.slug)) {
        throw new Error(`bilingualPublishing: the config already has a global "${global.slug}".`)
      }
    }

    // our strings for Payload's own `t` (labels are `({ t }) => t('bilingual:…')`): every admin
    // language the host offers gets them, in English where we have no catalogue yet
    const adminLanguages = Object.keys(incomingConfig.i18n?.supportedLanguages ?? {})
    const ourTranslations: Record<string, Record<string, Record<string, string>>> = {}
    for (const language of new Set<string>(['en', 'vi', ...adminLanguages])) {
      const catalogue = catalogues[language as keyof typeof catalogues] ?? catalogues.en
      ourTranslations[language] = { [NAMESPACE]: flatCatalogue(catalogue) }
    }
    // a host may write our keys nested (`bilingual: { states: { draft } }`) or flat (`'states.draft'`)
    const hostTranslations: Record<string, Record<string, unknown>> = {}
    for (const [language, strings] of Object.entries((incomingConfig.i18n?.translations ?? {}) as Record<string, Record<string, unknown>>)) {
      const ours = strings?.[NAMESPACE]
      hostTranslations[language] = ours && typeof ours === 'object' ? { ...strings, [NAMESPACE]: flatCatalogue(ours) } : strings
    }

    const hostDb = incomingConfig.db
    return {
      ...incomingConfig,
      // SQLite: real transactions for workflow actions, behind a write gate (src/db/sqliteTransactions.ts)
      db: options.disabled || !hostDb ? hostDb : { ...hostDb, init: (args) => gateSqliteTransactions(hostDb.init(args)) },
      // absolute URLs, and the only origin whose requests may use the session cookie
      csrf: [...new Set([...(incomingConfig.csrf ?? []), options.publicUrl])],
      serverURL: incomingConfig.serverURL ?? options.publicUrl,
      admin: {
        ...incomingConfig.admin,
        // one date format on every admin screen (Vietnamese order, 24-hour clock)
        dateFormat: incomingConfig.admin?.dateFormat ?? DATE_TIME_FORMAT,
        // no requests to Gravatar: the admin's CSP refuses them, and staff e-mails stay in the school
        avatar: incomingConfig.admin?.avatar ?? 'default',
        components: {
          ...incomingConfig.admin?.components,
          beforeDashboard: [...(incomingConfig.admin?.components?.beforeDashboard ?? []), 'payload-plugin-bilingual-publishing/rsc#WorkDashboard'],
        },
      },
      collections: withReadGuards([...extendUsers(hostCollections, options), ...ours], options),
      endpoints: [...(incomingConfig.endpoints ?? []), ...(options.disabled ? [] : [packageEndpoint, changesEndpoint, implementationReportEndpoint, feedEndpoint])],
      globals: [...(incomingConfig.globals ?? []), ...globals],
      i18n: {
        ...incomingConfig.i18n,
        // the host's strings win over ours
        translations: deepMergeSimple(ourTranslations, hostTranslations) as never,
      },
      // Payload reads multipart uploads before any hook runs and refuses files over its own limit:
      // make that limit ours, with a message in both admin languages.
      upload: {
        ...incomingConfig.upload,
        limits: { ...incomingConfig.upload?.limits, fileSize: incomingConfig.upload?.limits?.fileSize ?? options.media.maxUploadBytes },
        responseOnLimit:
          incomingConfig.upload?.responseOnLimit ??
          `${translate('vi', 'errors.uploadLimit', { max: megabytes(options.media.maxUploadBytes) })} / ${translate('en', 'errors.uploadLimit', { max: megabytes(options.media.maxUploadBytes) })}`,
      },
      custom: {
        ...incomingConfig.custom,
        bilingualPublishing: {
          deliveryTimeoutMs: options.delivery.timeoutMs,
          languages: options.languages,
          publicUrl: options.publicUrl,
          sourceLanguage: options.sourceLanguage,
          usersCollection: options.usersCollection,
        },
      },
      jobs: options.disabled ? incomingConfig.jobs : withOurJobs(incomingConfig.jobs),
      hooks: {
        ...incomingConfig.hooks,
        afterError: [...(incomingConfig.hooks?.afterError ?? []), ...(options.disabled ? [] : [keepPublicErrorMessages])],
      },
      onInit: async (payload) => {
        await incomingConfig.onInit?.(payload)
        if (options.disabled) return
        watchTransactions(payload)
        // caches of public output follow writes made by other processes on the same database
        startSharedGeneration(payload)
        // e-mails whose sending a stop cut off go out again
        await releaseStaleSends(payload).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'bilingualPublishing: could not release interrupted e-mail jobs' }))
        // deliveries likewise (the receiver deduplicates on the unchanged webhook-id)
        await releaseStaleDeliveries(payload).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'bilingualPublishing: could not release interrupted deliveries' }))
      },
      localization: incomingConfig.localization ?? {
        defaultLocale: options.sourceLanguage,
        fallback: true,
        // named in the admin's language (a bare code showed "undefined" in the locale pill)
        locales: languageOptions(options.languages).map(({ label: name, value }) => ({ code: value, label: name })),
      },
    }
  }

export default bilingualPublishing
