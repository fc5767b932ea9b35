/* Feeds: RSS, Atom, JSON Feed and ninjs per language (src/feeds). Served ahead of Payload's REST catch-all. */
import config from '@payload-config'

import { createFeedRoute } from '../../../../../../src/feeds/route'

export const dynamic = 'force-dynamic'

export const GET = createFeedRoute(config)
