import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardRest } from 'payload-plugin-bilingual-publishing/next'

import config from '../../../../payload.config.js'

export const POST = guardRest(config, GRAPHQL_POST(config), { arrays: true })
export const OPTIONS = REST_OPTIONS(config)
