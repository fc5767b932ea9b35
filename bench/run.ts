/**
 * `npm run bench`: each benchmark prints `name: ratio` against a baseline measured in the same
 * run, plus the medians behind it. Ratios above 1 mean the candidate is slower.
 */
import { benchCreateArticle } from './createArticle'
import { benchDelivery } from './delivery'
import { benchFeeds } from './feeds'
import type { BenchResult } from './measure'
import { benchWorkflowTransition } from './workflowTransition'

const all: Record<string, () => Promise<BenchResult[]>> = { create: benchCreateArticle, delivery: benchDelivery, feeds: benchFeeds, workflow: benchWorkflowTransition }
// BENCH_ONLY=feeds (comma-separated) runs a subset
const only = process.env.BENCH_ONLY?.split(',')
const benches = Object.entries(all)
  .filter(([name]) => !only || only.includes(name))
  .map(([, bench]) => bench)

async function main() {
  for (const bench of benches) {
    for (const result of await bench()) {
      console.log(`${result.name}: ${result.ratio.toFixed(2)}x  (median ${result.candidateMs.toFixed(2)} ms vs baseline ${result.baselineMs.toFixed(2)} ms)`)
    }
  }
}

// top-level await: `payload run` ends the process as soon as the module has finished evaluating
try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
