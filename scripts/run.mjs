/**
 * Runs a TypeScript script with tsx, retrying when Node stops while loading modules.
 *
 * On Node 20 here, importing @payloadcms/richtext-lexical natively (tsx or not) stalls in about
 * one run in three: the module graph never finishes loading and Node exits with code 13
 * ("unsettled top-level await") before the script has done anything. Next bundles the app and
 * vitest loads it its own way, so only these scripts meet it. Exit 13 is retried; any other
 * exit code is passed on.
 *
 * Usage: node scripts/run.mjs scripts/seed.ts [args…]
 */
import { spawnSync } from 'node:child_process'

const [script, ...args] = process.argv.slice(2)
const attempts = 12
for (let attempt = 1; attempt <= attempts; attempt += 1) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' })
  if (result.status !== 13) process.exit(result.status ?? 1)
  if (attempt < attempts) console.error(`(${script}: Node stopped while loading modules; trying again, ${attempt + 1}/${attempts})`)
}
console.error(`${script}: Node stopped while loading modules ${attempts} times in a row.`)
process.exit(13)
