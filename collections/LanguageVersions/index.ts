import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { SOURCE_COLLECTIONS, TRANSLATION_METHODS } from '../../src/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { languageField } from '../../src/fields/language'
import { slugField } from '../../src/fields/slug'
import { searchTextField, workflowFields } from '../../src/fields/workflow'
import { label, labelRecord, options } from '../../src/i18n'
import { LANGUAGE_VERSIONS_SLUG, prepareLanguageVersion } from '../../src/translations/languageVersionHooks'
import { previewUrl } from '../../src/publication/previewUrl'
import type { ResolvedOptions } from '../../src/types'
import { workflowAdmin, workflowCollectionBase } from '../shared'

const readOnly = { create: () => false, update: () => false }

/** A foreign-language version of one article or achievement, with a workflow of its own. */
export function getLanguageVersionsCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const base = workflowCollectionBase(LANGUAGE_VERSIONS_SLUG, pluginOptions, ['translator', 'editor'], {
    beforeValidate: [prepareLanguageVersion],
  })
  const targets = pluginOptions.languages.filter((code) => code !== pluginOptions.sourceLanguage)
  const fields: Field[] = [
    {
      // the translator's workspace: the source's text, its changes, and its photos' texts
      name: 'sourcePanel',
      type: 'ui',
      admin: { components: { Field: 'payload-plugin-bilingual-publishing/client#SourcePanel' }, position: 'sidebar' },
      label: labelRecord('workflow.source.title'),
    },
    {
      name: 'source',
      type: 'relationship',
      index: true,
      label: label('fields.source'),
      relationTo: [...SOURCE_COLLECTIONS],
      required: true,
    },
    languageField(targets.concat(pluginOptions.sourceLanguage), {
      admin: { components: { Field: 'payload-plugin-bilingual-publishing/client#VersionLanguageField' } },
      // preselected: the translator's own language when it is one to translate into, else the first
      defaultValue: ({ user }: { user?: { preferredLanguage?: null | string } | null }) => (user?.preferredLanguage && targets.includes(user.preferredLanguage) ? user.preferredLanguage : targets[0]),
    }),
    { name: 'title', type: 'text', label: label('fields.title'), maxLength: 250, required: true },
    slugField(),
    { name: 'summary', type: 'textarea', label: label('fields.summary'), maxLength: 600 },
    { name: 'body', type: 'richText', label: label('fields.body') },
    {
      name: 'translator',
      type: 'relationship',
      admin: { position: 'sidebar' },
      defaultValue: ({ user }: { user?: { id: number | string } | null }) => user?.id,
      label: label('fields.translator'),
      relationTo: pluginOptions.usersCollection as CollectionSlug,
    },
    {
      name: 'method',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'human',
      label: label('fields.method'),
      options: options('methods', TRANSLATION_METHODS),
      required: true,
    },
    {
      name: 'outdated',
      type: 'checkbox',
      // set by the workflow when the source's approved text changes (src/translations/outdated.ts)
      access: readOnly,
      admin: { components: { Cell: 'payload-plugin-bilingual-publishing/client#OutdatedCell' }, description: label('fields.outdatedDescription'), position: 'sidebar', readOnly: true },
      defaultValue: false,
      index: true,
      label: label('fields.outdated'),
    },
    {
      // API only: `PATCH … { syncWithSource: true }` records the source's current text; the admin
      // uses the workflow panel's "Mark as up to date", which is audited
      name: 'syncWithSource',
      type: 'checkbox',
      admin: { hidden: true },
      label: label('fields.syncWithSource'),
      virtual: true,
    },
    {
      name: 'sourceRevision',
      type: 'text',
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true },
      label: label('fields.sourceRevision'),
    },
    { name: 'sourceHash', type: 'text', access: readOnly, admin: { hidden: true }, label: label('fields.sourceHash') },
    { name: 'sourceKey', type: 'text', access: readOnly, admin: { hidden: true }, unique: true },
    ...workflowFields(pluginOptions.usersCollection),
    searchTextField(),
  ]
  const collection: CollectionConfig = {
    slug: LANGUAGE_VERSIONS_SLUG,
    ...base,
    admin: {
      ...workflowAdmin,
      preview: previewUrl(pluginOptions.publicUrl, LANGUAGE_VERSIONS_SLUG),
      defaultColumns: ['title', 'language', 'source', 'workflowState', 'outdated', 'updatedAt'],
      group: labelRecord('groups.content'),
      listSearchableFields: ['title', 'searchText', 'slug'],
      useAsTitle: 'title',
    },
    fields,
    labels: {
      plural: label('collections.languageVersions.plural'),
      singular: label('collections.languageVersions.singular'),
    },
  }
  return applyOverride(collection, pluginOptions.overrides.languageVersions)
}
