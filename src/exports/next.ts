/**
 * Next.js glue for a host app: Payload's REST and GraphQL handlers behind the plugin's guard, and
 * the feeds as their own route (Payload's endpoint serves them too; the route skips its catch-all).
 *
 *   // app/(payload)/api/[...slug]/route.ts
 *   export const GET = guardRest(config, REST_GET(config))
 */
export { guardRest, MAX_JSON_BODY_BYTES } from '../security/restGuard'
export { createFeedRoute } from '../feeds/route'
