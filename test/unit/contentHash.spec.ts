import { describe, expect, it } from 'vitest'

import { contentHash, stableStringify, textHash } from '../../src/workflow/contentHash'

describe('content hash ties approval to exact content', () => {
  const doc = { body: { root: { children: [{ text: 'Xin chào' }] } }, summary: 'Tóm tắt', title: 'Tiêu đề' }

  it('does not depend on key order', () => {
    expect(stableStringify({ a: 1, b: { d: 2, c: 3 } })).toBe(stableStringify({ b: { c: 3, d: 2 }, a: 1 }))
    expect(textHash(doc)).toBe(textHash({ title: 'Tiêu đề', summary: 'Tóm tắt', body: doc.body }))
  })

  it('changes when the title, summary or body changes', () => {
    const base = textHash(doc)
    expect(textHash({ ...doc, title: 'Tiêu đề mới' })).not.toBe(base)
    expect(textHash({ ...doc, summary: 'Khác' })).not.toBe(base)
    expect(textHash({ ...doc, body: { root: { children: [{ text: 'Xin chào!' }] } } })).not.toBe(base)
  })

  it('includes the media referenced, in any order, populated or not', () => {
    expect(contentHash(doc, [1, 2])).toBe(contentHash(doc, [{ id: 2 }, 1]))
    expect(contentHash(doc, [1, 2])).not.toBe(contentHash(doc, [1]))
    expect(contentHash(doc, [null, undefined])).toBe(contentHash(doc, []))
  })
})
