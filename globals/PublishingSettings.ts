import type { GlobalConfig } from 'payload'

import { allowRoles, isLoggedIn } from '../src/access'
import { CHANNELS } from '../src/constants'
import { label, labelRecord, message, type MessageRequest, options } from '../src/i18n'
import type { ResolvedOptions } from '../src/types'

/** How publishing works at this school: the four-eyes rule, extra checklist items, feed sizes. */
export function getPublishingSettingsGlobal(_pluginOptions: ResolvedOptions): GlobalConfig {
  return {
    slug: 'publishing-settings',
    access: { read: isLoggedIn, update: allowRoles('admin') },
    admin: { group: labelRecord('groups.system') },
    fields: [
      { name: 'fourEyes', type: 'checkbox', defaultValue: true, label: label('fields.fourEyes') },
      {
        name: 'extraChecklist',
        type: 'array',
        fields: [
          {
            name: 'key',
            type: 'text',
            label: label('fields.checklistKey'),
            required: true,
            validate: (value: null | string | undefined, { req }: { req: MessageRequest }) => !value || /^[a-z][a-zA-Z0-9]*$/.test(value) || message(req, 'validation.checklistKey'),
          },
          { name: 'label', type: 'text', label: label('fields.checklistLabel'), localized: true, required: true },
        ],
        label: label('fields.extraChecklist'),
      },
      {
        name: 'defaultChannels',
        type: 'select',
        defaultValue: ['portal'],
        hasMany: true,
        label: label('fields.defaultChannels'),
        options: options('channels', CHANNELS),
      },
      { name: 'feedItemLimit', type: 'number', defaultValue: 50, label: label('fields.feedItemLimit'), max: 500, min: 1 },
      { name: 'newsPublicationName', type: 'text', defaultValue: 'THPT Lê Chân', label: label('fields.newsPublicationName') },
    ],
    label: label('globals.publishingSettings'),
  }
}
