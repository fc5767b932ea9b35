import type { CollectionConfig, Field } from 'payload'

import { PLAN_AREAS } from '../../src/constants'
import { PLAN_TASKS_SLUG } from '../../src/reports/constants'
import { applyOverride } from '../../src/config/applyOverride'
import { channelsField } from '../../src/fields/channels'
import { languageField } from '../../src/fields/language'
import { slugField } from '../../src/fields/slug'
import { validateUnpublishAfterPublish, validateUrl } from '../../src/fields/validators'
import { label, labelRecord, options } from '../../src/i18n'
import { setTextHash } from '../../src/translations/textHash'
import { previewUrl } from '../../src/publication/previewUrl'
import type { ResolvedOptions } from '../../src/types'
import { sourceItemFields, workflowAdmin, workflowCollectionBase } from '../shared'

export const ARTICLES_SLUG = 'articles'

/** News articles, written in the source language; other languages live in `language-versions`. */
export function getArticlesCollection(pluginOptions: ResolvedOptions): CollectionConfig {
  const base = workflowCollectionBase(ARTICLES_SLUG, pluginOptions, ['editor'], { beforeChange: [setTextHash] })
  const fields: Field[] = [
    { name: 'title', type: 'text', label: label('fields.title'), maxLength: 250, required: true },
    slugField(),
    languageField(pluginOptions.languages, { defaultValue: pluginOptions.sourceLanguage }),
    { name: 'summary', type: 'textarea', label: label('fields.summary'), maxLength: 600, required: true },
    { name: 'body', type: 'richText', label: label('fields.body'), required: true },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'relationship', index: true, label: label('fields.category'), relationTo: 'categories' },
        {
          name: 'planArea',
          type: 'select',
          index: true,
          label: label('fields.planArea'),
          options: options('planAreas', PLAN_AREAS),
          required: true,
        },
      ],
    },
    {
      name: 'planTask',
      type: 'relationship',
      admin: { description: label('reports.fields.planTaskDescription') },
      index: true,
      label: label('reports.fields.planTask'),
      relationTo: PLAN_TASKS_SLUG as 'users',
    },
    { name: 'tags', type: 'text', hasMany: true, label: label('fields.tags') },
    { name: 'featuredImage', type: 'upload', label: label('fields.featuredImage'), relationTo: 'media' },
    { name: 'gallery', type: 'upload', hasMany: true, label: label('fields.gallery'), relationTo: 'media' },
    { name: 'videoUrl', type: 'text', label: label('fields.videoUrl'), validate: validateUrl },
    {
      type: 'row',
      fields: [
        { name: 'byline', type: 'text', label: label('fields.byline') },
        { name: 'eventDate', type: 'date', label: label('fields.eventDate') },
      ],
    },
    channelsField(),
    {
      name: 'publishAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      index: true,
      label: label('fields.publishAt'),
    },
    {
      name: 'unpublishAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      index: true,
      label: label('fields.unpublishAt'),
      validate: validateUnpublishAfterPublish,
    },
    ...sourceItemFields(pluginOptions),
  ]
  const collection: CollectionConfig = {
    slug: ARTICLES_SLUG,
    ...base,
    admin: {
      ...workflowAdmin,
      preview: previewUrl(pluginOptions.publicUrl, ARTICLES_SLUG),
      defaultColumns: ['title', 'language', 'planArea', 'workflowState', 'updatedAt'],
      group: labelRecord('groups.content'),
      listSearchableFields: ['title', 'searchText', 'slug'],
      useAsTitle: 'title',
    },
    fields,
    labels: { plural: label('collections.articles.plural'), singular: label('collections.articles.singular') },
  }
  return applyOverride(collection, pluginOptions.overrides.articles)
}
