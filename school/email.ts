import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/*
 * DESIGN.md chose @payloadcms/email-nodemailer, but no 3.90.2 of it was published and Payload's
 * dependency checker refuses a 3.90.1 next to payload 3.90.2. Its whole job is this adapter around
 * nodemailer, so the app keeps nodemailer and these few lines instead.
 */

export type MailTransport = Pick<Transporter, 'sendMail'>

/** A transport that writes each message to the log instead of sending it (no SMTP_URL). */
function logTransport(): MailTransport {
  const json = nodemailer.createTransport({ jsonTransport: true })
  return {
    sendMail: async (message: Parameters<Transporter['sendMail']>[0]) => {
      const info = await json.sendMail(message)
      console.info(`[email] to=${String(message.to)} subject=${JSON.stringify(message.subject)} (SMTP_URL is not set: logged, not sent)`)
      return info
    },
  } as MailTransport
}

/** SMTP_URL when given; otherwise e-mails go to the log. Tests pass nodemailer's own transports. */
export function createEmailAdapter(env: Record<string, string | undefined> = process.env, transport?: MailTransport): EmailAdapter {
  const mailer = transport ?? (env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : logTransport())
  const defaultFromAddress = env.EMAIL_FROM ?? 'no-reply@lechan.test'
  const defaultFromName = 'THPT Lê Chân'
  return () => ({
    defaultFromAddress,
    defaultFromName,
    name: 'nodemailer',
    sendEmail: async (message) => mailer.sendMail({ from: { address: defaultFromAddress, name: defaultFromName }, ...message } as never),
  })
}
