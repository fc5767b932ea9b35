/**
 * The production server (`npm start`): Next.js with a cache in front. A feed or a public portal
 * page that is current for this generation is answered from memory before Next routes the request
 * (src/server/responseCache.mjs); everything else goes to Next as usual.
 */
import { createServer } from 'node:http'

import next from 'next'

import { createPublicHandler } from './src/server/responseCache.mjs'

const port = Number(process.env.PORT || 3000)
// all interfaces, as `next start` does (HOSTNAME is often the machine's name, so it is not read)
const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port })

await app.prepare()
createServer(createPublicHandler(app.getRequestHandler())).listen(port, () => {
  console.info(`> Ready on http://localhost:${port}`)
})
