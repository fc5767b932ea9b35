import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardRest } from '../../src/security/restGuard'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

export type RequestOptions = {
  body?: unknown
  formData?: FormData
  /** a body sent as it is, with only the headers given */
  rawBody?: string
  headers?: Record<string, string>
  token?: string
}

/**
 * Calls the app's real Next.js route handlers (the ones app/(payload)/api mounts, behind the
 * same guard), so a test
 * goes through Payload's REST and GraphQL exactly as a browser or aggregator would.
 */
export function createClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handlers: Record<Method, (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>> = {
    DELETE: guardRest(config, REST_DELETE(config)),
    GET: guardRest(config, REST_GET(config)),
    PATCH: guardRest(config, REST_PATCH(config)),
    POST: guardRest(config, REST_POST(config)),
  }
  // as app/(payload)/api/graphql/route.ts mounts it: behind the same guard
  const graphql = guardRest(config, GRAPHQL_POST(config) as never, { arrays: true })

  const headersFor = (options: RequestOptions) => {
    const headers: Record<string, string> = { 'accept-language': 'en', ...options.headers }
    if (options.token) headers.authorization = `JWT ${options.token}`
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    return headers
  }

  async function request(method: Method, path: string, options: RequestOptions = {}): Promise<Response> {
    const url = new URL(`http://localhost:3000/api${path}`)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const headers = headersFor(options)
    let body: ArrayBuffer | string | undefined = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    if (options.formData) {
      // multipart encoded up front, as a browser sends it: on Node 24 a FormData body is a stream
      // that undici keeps writing to after a handler that refused the upload has closed it
      const encoded = new Response(options.formData)
      body = await encoded.arrayBuffer()
      headers['content-type'] = encoded.headers.get('content-type')!
    }
    const req = new Request(url, { body, headers, method })
    return handlers[method](req, { params: Promise.resolve({ slug }) })
  }

  async function json<T = any>(method: Method, path: string, options: RequestOptions = {}) {
    const res = await request(method, path, options)
    const text = await res.text()
    let body: T
    try {
      body = JSON.parse(text) as T
    } catch {
      body = text as T
    }
    return { body, status: res.status }
  }

  async function login(email: string, password: string): Promise<string> {
    const { body, status } = await json<{ token: string }>('POST', '/users/login', { body: { email, password } })
    if (status !== 200) throw new Error(`login ${email} failed: ${status} ${JSON.stringify(body)}`)
    return body.token
  }

  async function gql<T = any>(query: string, options: Omit<RequestOptions, 'body' | 'formData'> & { variables?: Record<string, unknown> } = {}) {
    const req = new Request('http://localhost:3000/api/graphql', {
      body: JSON.stringify({ query, variables: options.variables }),
      headers: { ...headersFor({ ...options, body: {} }) },
      method: 'POST',
    })
    const res = await graphql(req, { params: Promise.resolve({ slug: ['graphql'] }) })
    return { body: (await res.json()) as { data?: T; errors?: Array<{ message: string }> }, status: res.status }
  }

  return { gql, json, login, request }
}

export type Client = ReturnType<typeof createClient>
