/**
 * Next.js calls this once when the server starts. Initialising Payload here (with its cron) makes
 * the jobs queue, and so scheduled publishing, run without waiting for a first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
}
