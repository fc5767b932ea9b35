/**
 * A mark carried by each request through the production server: the page's renderer says
 * whether what it renders is the same for everyone (`public`) or not (`private`, which wins).
 * The response cache (responseCache.mjs) keeps only what was marked public and never private.
 *
 * The AsyncLocalStorage lives on `globalThis`, so server.mjs and the bundled Next.js routes share
 * it. Outside the production server (next dev, tests) there is no mark, and marking does nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const KEY = Symbol.for('bilingualPublishing.responseMark')

/** @returns {AsyncLocalStorage<{ public: boolean, private: boolean }>} */
function storage() {
  globalThis[KEY] ??= new AsyncLocalStorage()
  return globalThis[KEY]
}

/** Run `fn` with a fresh mark: neither public nor private until the renderer says so. */
export function runMarked(fn) {
  return storage().run({ private: false, public: false }, fn)
}

/** @returns {{ public: boolean, private: boolean } | undefined} */
export function currentMark() {
  return storage().getStore()
}
