import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolveSecret } from '../../school/secret'

describe('PAYLOAD_SECRET', () => {
  it('is required in production, with a message saying how to make one', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' }, os.tmpdir())).toThrow(/PAYLOAD_SECRET must be set when NODE_ENV=production/)
  })

  it('in development is generated once under data/ and then reused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-secret-'))
    const first = resolveSecret({ NODE_ENV: 'development' }, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret({ NODE_ENV: 'development' }, dir)).toBe(first)
    expect(fs.readFileSync(path.join(dir, 'data/.payload-secret'), 'utf8')).toBe(first)
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('an explicit secret always wins', () => {
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'abc' }, os.tmpdir())).toBe('abc')
  })
})
