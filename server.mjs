/**
 * The production server (`npm start`): Next.js with a cache in front. A feed or a public portal
 * page that is current for this generation is answered from memory before Next routes the request
 * (school/server/responseCache.mjs); everything else goes to Next as usual.
 *
 * Plain Node, no TypeScript loader. Payload starts in instrumentation.ts before the first
 * request: it applies pending migrations (prodMigrations) and starts the jobs runner.
 */
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'

import { baseHeaders } from './src/security/headers.mjs'
import { refuseUndecodablePath } from './school/server/badUrl.mjs'
import { refuseMisusedIntegrationKey } from './src/security/integrationKeys.mjs'
import { createPublicHandler } from './school/server/responseCache.mjs'

if (!process.env.PAYLOAD_SECRET) {
  console.error('npm start: PAYLOAD_SECRET must be set in production, e.g.  PAYLOAD_SECRET=$(openssl rand -hex 32) npm start')
  process.exit(1)
}
if (process.env.NODE_ENV !== 'production') {
  console.error('server.mjs serves the production build: run it with `npm start` (NODE_ENV=production), after `npm run build`.')
  process.exit(1)
}

if (process.env.DEMO_PASSWORD) {
  // a demo (`DEMO_PASSWORD=… PAYLOAD_SECRET=… npm start`): an empty database gets the demo data and
  // accounts first, as `npm run seed -- --if-empty` does; a database with content is left alone
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'scripts/seed.ts'), '--if-empty'], { stdio: 'inherit' })
  if (seeded.status !== 0) {
    console.error('npm start: seeding the demo data failed; the server was not started.')
    process.exit(1)
  }
}

const port = Number(process.env.PORT || 3000)
// all interfaces, as `next start` does (HOSTNAME is often the machine's name, so it is not read)
const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port })
// behind a reverse proxy that sets X-Forwarded-For, TRUST_PROXY=true counts clients by it
const trustProxy = process.env.TRUST_PROXY === 'true'

/** The client's address, for rate limits: written here, so a client cannot choose it. */
function clientAddress(req) {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim()
    : ''
  return forwarded || req.socket.remoteAddress || 'unknown'
}

await app.prepare()
const handle = createPublicHandler(app.getRequestHandler())
const headers = baseHeaders()
createServer((req, res) => {
  req.headers['x-bilingual-client'] = clientAddress(req)
  for (const [name, value] of headers) res.setHeader(name, value)
  if (refuseUndecodablePath(req, res)) return
  if (refuseMisusedIntegrationKey(req, res)) return
  return handle(req, res)
}).listen(port, () => {
  console.info(`> Ready on http://localhost:${port}`)
})
