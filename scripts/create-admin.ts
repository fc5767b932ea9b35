/**
 * `npm run create-admin -- --email a@school.vn --name "Nguyễn Văn A"` (password from the
 * ADMIN_PASSWORD environment variable, or typed when asked): create an admin account on the
 * configured database. The way to make the first account of a production install, where the
 * web's first-register form is closed. Pending migrations are applied first.
 */
import config from '../payload.config'
import { getPayload } from 'payload'
import { createInterface } from 'node:readline/promises'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) return ''
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return await rl.question('Password for the new admin (12 characters or more): ')
  } finally {
    rl.close()
  }
}

async function main() {
  const email = arg('email')
  const name = arg('name') ?? email
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new Error('create-admin: give the e-mail address: npm run create-admin -- --email admin@school.vn --name "Tên"')
  }
  const password = process.env.ADMIN_PASSWORD || (await askPassword())
  if (password.length < 12) throw new Error('create-admin: set ADMIN_PASSWORD (12 characters or more), or run it in a terminal to type it.')
  const payload = await getPayload({ config, cron: false } as never)
  try {
    const existing = await payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: email } } })
    if (existing.docs.length) throw new Error(`create-admin: an account ${email} exists already; an admin can change its roles in the admin.`)
    const user = await payload.create({ collection: 'users', data: { email, name, password, roles: ['admin'] } as never, overrideAccess: true })
    console.info(`create-admin: ${user.email} is an admin (id ${user.id}). Sign in at /admin.`)
  } finally {
    await payload.destroy()
  }
}

// top-level await: `payload run` ends the process as soon as the module has finished evaluating
try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
