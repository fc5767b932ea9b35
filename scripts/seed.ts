/**
 * `npm run seed`: reset the demo data on the configured database, in any environment.
 * `npm run seed -- --if-empty`: seed only when the database has no users and no articles
 * (what `npm run dev` does on start).
 * In production, Payload applies pending migrations as it connects (prodMigrations), and the demo accounts are created only when DEMO_PASSWORD is set explicitly.
 */
// The app's config first: loading 'payload' before it left Node with a half-loaded module graph
// and nothing to wait for when stdin was not a terminal (CI), and the script exited silently.
import config from '../payload.config'
import { getPayload } from 'payload'

import { demoLoginLines, isDatabaseEmpty, seedDemoData } from '../school/seed'

async function main() {
  const ifEmpty = process.argv.includes('--if-empty')
  const payload = await getPayload({ config, cron: false } as never)
  try {
    const production = process.env.NODE_ENV === 'production'
    const accounts = !production || Boolean(process.env.DEMO_PASSWORD)
    if (ifEmpty && !(await isDatabaseEmpty(payload))) {
      console.info('seed: the database already has content; nothing seeded (run `npm run seed` to reset the demo data).')
    } else {
      const started = Date.now()
      const summary = await seedDemoData(payload, { accounts, log: (line) => console.info(line) })
      console.info(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`, summary)
      if (!accounts) console.info('seed: production without DEMO_PASSWORD: demo accounts were not created.')
    }
    if (accounts) for (const line of demoLoginLines()) console.info(line)
  } finally {
    await payload.destroy()
  }
}

// top-level await: `payload run` ends the process as soon as the module has finished evaluating
try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
