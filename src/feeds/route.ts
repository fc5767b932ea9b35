import { getPayload, type SanitizedConfig } from 'payload'

import { createFeedHandler } from './handler'

type Params = { params: Promise<{ file: string; lang: string }> }

/** Next.js route for `/api/feeds/[lang]/[file]`: `export const GET = createFeedRoute(config)`. */
export function createFeedRoute(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handle = createFeedHandler(() => getPayload({ config }))
  return async (request: Request, { params }: Params): Promise<Response> => handle(request, await params)
}
