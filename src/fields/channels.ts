import type { SelectField } from 'payload'

import { CHANNELS } from '../constants'
import { label, options } from '../i18n'

/** Where an item goes once published. The feeds filter on it with `?channel=`. */
export function channelsField(): SelectField {
  return {
    name: 'channels',
    type: 'select',
    defaultValue: ['portal'],
    hasMany: true,
    index: true,
    label: label('fields.channels'),
    options: options('channels', CHANNELS),
  }
}
