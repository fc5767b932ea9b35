/**
 * The production server (`npm start`): Next.js with one fast path in front. A feed that is cached
 * for the current generation is answered from memory (see src/feeds/fastPath.ts) before Next
 * routes the request; everything else, and every feed not yet built, goes to Next as usual.
 */
import { createServer } from 'node:http'

import next from 'next'

const port = Number(process.env.PORT || 3000)
// all interfaces, as `next start` does (HOSTNAME is often the machine's name, so it is not read)
const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port })
const handle = app.getRequestHandler()

const FAST_PATH = Symbol.for('bilingualPublishing.fastPath')
const GENERATION = Symbol.for('bilingualPublishing.generation')

await app.prepare()
createServer((req, res) => {
  if (req.method === 'GET' && req.url?.startsWith('/api/feeds/')) {
    const entry = globalThis[FAST_PATH]?.get(req.url)
    if (entry && entry.generation === globalThis[GENERATION]?.value) return entry.serve(req, res)
  }
  return handle(req, res)
}).listen(port, () => {
  console.info(`> Ready on http://localhost:${port}`)
})
