import type { Endpoint } from 'payload'

import { createFeedHandler } from './handler'

/**
 * `GET /api/feeds/{lang}/{file}` as a Payload endpoint, so a host app has the feeds with no route of
 * its own. (The school app mounts `createFeedRoute` in front of Payload's catch-all instead.)
 */
export const feedEndpoint: Endpoint = {
  handler: (req) => createFeedHandler(async () => req.payload)(req as unknown as Request, req.routeParams as { file: string; lang: string }),
  method: 'get',
  path: '/feeds/:lang/:file',
}
