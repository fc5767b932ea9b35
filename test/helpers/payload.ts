import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload, type Payload, type SanitizedConfig } from 'payload'
import nodemailer from 'nodemailer'

import { createDatabaseAdapter } from '../../school/database'
import { createEmailAdapter } from '../../school/email'
import { createSchoolConfig, type SchoolConfigOptions } from '../../school/config'

/** MongoDB when TEST_MONGODB_URI is set (one fresh database per test file), else SQLite. */
export const onMongo = Boolean(process.env.TEST_MONGODB_URI)

function testDatabase(name: string, dir: string) {
  if (process.env.TEST_MONGODB_URI) {
    const url = new URL(process.env.TEST_MONGODB_URI)
    url.pathname = `/lechan_test_${name}_${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '')}`
    return createDatabaseAdapter({ kind: 'mongodb', url: url.toString() }, path.join(dir, 'migrations'))
  }
  return createDatabaseAdapter({ file: path.join(dir, 'test.db'), kind: 'sqlite' }, path.join(dir, 'migrations'))
}

export type TestApp = {
  cleanup: () => Promise<void>
  config: SanitizedConfig
  dir: string
  /** Messages sent through nodemailer's JSON transport, newest last. */
  mails: Array<{ attachments?: Array<{ content: Buffer; filename: string }>; html?: string; subject: string; text?: string; to: string }>
  payload: Payload
}

/**
 * Boot the school's app on a throwaway SQLite file and media folder. E-mails go through
 * nodemailer's JSON transport and are collected in `mails`.
 */
export async function startApp(name: string, options: SchoolConfigOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lechan-${name}-`))
  const mails: TestApp['mails'] = []
  const transport = nodemailer.createTransport({ jsonTransport: true })
  const wrapped = {
    sendMail: async (message: Parameters<typeof transport.sendMail>[0]) => {
      const info = await transport.sendMail(message)
      const parsed = JSON.parse((info as unknown as { message: string }).message)
      const attachments = ((parsed.attachments ?? []) as Array<{ content: string; encoding?: string; filename: string }>).map((a) => ({
        content: Buffer.from(a.content, (a.encoding as BufferEncoding | undefined) ?? 'base64'),
        filename: a.filename,
      }))
      mails.push({ attachments, html: parsed.html, subject: parsed.subject, text: parsed.text, to: parsed.to.map((t: { address: string }) => t.address).join(',') })
      return info
    },
  }
  const config = await buildConfig(
    createSchoolConfig({
      db: testDatabase(name, dir),
      email: createEmailAdapter({}, wrapped as never),
      secret: `test-secret-${name}`,
      ...options,
      plugin: { ...options.plugin, media: { staticDir: path.join(dir, 'media'), ...options.plugin?.media } },
    }),
  )
  const payload = await getPayload({ config, cron: false, key: `${name}-${dir}` } as never)
  return {
    cleanup: async () => {
      if (onMongo) {
        const connection = (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection
        await connection?.dropDatabase().catch(() => undefined)
      }
      await payload.destroy?.().catch(() => undefined)
      fs.rmSync(dir, { force: true, recursive: true })
    },
    config,
    dir,
    mails,
    payload,
  }
}
