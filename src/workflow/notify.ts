import type { Payload, PayloadRequest } from 'payload'

import { pickLanguage, translate } from '../i18n'
import { refIds } from './facts'
import { queueEmail, runMailQueue } from './mail'
import type { WorkflowAction } from './states'
import type { ItemDoc, UserDoc } from '../documents'

/** Settings the plugin leaves in `config.custom` for code that only has `payload`. */
export type PluginSettings = { deliveryTimeoutMs: number; languages: string[]; publicUrl: string; sourceLanguage: string; usersCollection: string }

export function pluginSettings(payload: Payload): PluginSettings {
  const custom = (payload.config.custom ?? {}) as { bilingualPublishing?: PluginSettings }
  return custom.bilingualPublishing ?? { deliveryTimeoutMs: 15_000, languages: ['vi', 'en'], publicUrl: 'http://localhost:3000', sourceLanguage: 'vi', usersCollection: 'users' }
}

/**
 * Tell people what happened, each in their preferred language: leaders when something is
 * submitted; the author when it is sent back, approved, published or unpublished. The e-mails are
 * queued with the action's `req` (workflow/mail.ts): they exist exactly when the action does.
 */
export async function notify(payload: Payload, args: { action: WorkflowAction; actor: null | UserDoc; collection: string; comment: null | string; doc: ItemDoc; req?: PayloadRequest }): Promise<void> {
  const { publicUrl, usersCollection } = pluginSettings(payload)
  let recipients: UserDoc[] = []
  if (args.action === 'submit') {
    const leaders = await payload.find({
      collection: usersCollection as 'users',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      req: args.req,
      where: { roles: { in: ['leader'] } },
    })
    recipients = (leaders.docs as UserDoc[]).filter((u) => String(u.id) !== String(args.actor?.id))
  } else if (['approve', 'publish', 'request_changes', 'unpublish'].includes(args.action)) {
    const authorId = refIds(args.doc.author)[0]
    if (authorId !== undefined) {
      const author = await payload.findByID({ collection: usersCollection as 'users', depth: 0, disableErrors: true, id: authorId, overrideAccess: true, req: args.req })
      if (author) recipients = [author as UserDoc]
    }
  }
  const url = `${publicUrl}/admin/collections/${args.collection}/${args.doc.id}`
  for (const recipient of recipients) {
    if (!recipient.email) continue
    const language = pickLanguage(recipient.preferredLanguage)
    const values = {
      actor: args.actor?.name || args.actor?.email || translate(language, 'workflow.ui.system'),
      comment: args.comment ?? '',
      title: String(args.doc.title ?? ''),
      url,
    }
    await queueEmail(
      payload,
      {
        subject: translate(language, `email.${args.action}.subject`, values),
        text: translate(language, `email.${args.action}.body`, values),
        to: recipient.email,
      },
      args.req,
    )
  }
}

/** Send the queued e-mails now instead of at the runner's next turn (tests, scripts). */
export async function flushNotifications(payload: Payload): Promise<void> {
  await runMailQueue(payload)
}
