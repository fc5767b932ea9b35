import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardRest } from '../../../../src/security/restGuard'

// a body that is not JSON is a 400 with a message, not a 500
export const POST = guardRest(config, GRAPHQL_POST(config) as never, { arrays: true })
export const OPTIONS = REST_OPTIONS(config)
