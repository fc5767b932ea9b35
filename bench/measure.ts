export type BenchResult = { baselineMs: number; candidateMs: number; name: string; ratio: number }

/**
 * Run baseline and candidate alternately, `rounds` times each after a warm-up, and compare their
 * median times. Alternating spreads the machine's noise over both sides.
 */
export async function measure({
  baseline,
  candidate,
  prepare,
  rounds,
  warmup = 10,
}: {
  baseline: () => Promise<void>
  candidate: () => Promise<void>
  /** work a candidate round needs done first, not timed */
  prepare?: () => Promise<void>
  rounds: number
  warmup?: number
}): Promise<Omit<BenchResult, 'name'>> {
  for (let i = 0; i < warmup; i += 1) {
    await baseline()
    await prepare?.()
    await candidate()
  }
  const base: number[] = []
  const cand: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    let start = performance.now()
    await baseline()
    base.push(performance.now() - start)
    await prepare?.()
    start = performance.now()
    await candidate()
    cand.push(performance.now() - start)
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const baselineMs = median(base)
  const candidateMs = median(cand)
  return { baselineMs, candidateMs, ratio: candidateMs / baselineMs }
}
