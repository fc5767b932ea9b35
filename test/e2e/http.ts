import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'

export type RawResponse = { body: Buffer; headers: Record<string, string | string[] | undefined>; status: number; text: string }

/**
 * One HTTP request exactly as given: no added Accept-Encoding, no decompression, the path sent as
 * written (percent-encoding included), and optionally from another loopback address, so a test
 * can be a different client for the server's per-client limits.
 */
export function raw(baseURL: string, method: string, path: string, options: { body?: Buffer | string; headers?: Record<string, string>; localAddress?: string } = {}): Promise<RawResponse> {
  const url = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const req = request({ headers: options.headers, host: url.hostname, localAddress: options.localAddress, method, path, port: url.port }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        const plain = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body
        resolve({ body, headers: res.headers, status: res.statusCode ?? 0, text: plain.toString('utf8') })
      })
    })
    req.on('error', reject)
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)))
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

/** Sign in through the REST API; the JWT. */
export async function apiLogin(baseURL: string, email: string, password = 'lechan-demo'): Promise<string> {
  const res = await fetch(`${baseURL}/api/users/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(body)}`)
  return body.token
}

/** A JSON request to the API with a JWT. */
export async function api<T = any>(baseURL: string, method: string, path: string, token?: string, body?: unknown): Promise<{ body: T; status: number }> {
  const res = await fetch(`${baseURL}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    method,
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { body: parsed as T, status: res.status }
}
