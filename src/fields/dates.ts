import type { CollectionConfig, Field } from 'payload'

/** The admin's date formats: Vietnamese order, 24-hour clock (config.admin.dateFormat is the same). */
export const DATE_FORMAT = 'dd/MM/yyyy'
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm'

function withFormat(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const displayFormat = date.displayFormat ?? (date.pickerAppearance === 'dayAndTime' ? DATE_TIME_FORMAT : DATE_FORMAT)
    return { ...field, admin: { ...field.admin, date: { ...date, displayFormat } } } as Field
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withFormat) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFormat) })) } as Field
  return field
}

/** Every date field of a collection shows dd/MM/yyyy (with HH:mm when it has a time), unless it sets its own. */
export function withDateFormats(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(withFormat) }
}
