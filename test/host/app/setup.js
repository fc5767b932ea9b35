// `payload run setup.js` (not in production): pushes the schema and makes one account per role.
import { getPayload } from 'payload'

import config from './payload.config.js'

const payload = await getPayload({ config })
const password = process.env.HOST_PASSWORD
for (const [email, roles] of [
  ['admin@host.test', ['admin']],
  ['editor@host.test', ['editor']],
  ['leader@host.test', ['leader']],
]) {
  await payload.create({ collection: 'staff', data: { email, password, roles }, overrideAccess: true })
}
for (const [locale, schoolName] of [
  ['en', 'Hon Gai High School'],
  ['fr', 'Lycée de Hon Gai'],
]) {
  await payload.updateGlobal({ slug: 'site-settings', data: { schoolName }, locale, overrideAccess: true })
}
await payload.destroy()
process.exit(0)
