import { describe, expect, it } from 'vitest'

import { PLAN_AREAS } from '../../src/constants'
import { computeFigures, NONE, periodBounds, quantile, type ReportInput, type ReportItem } from '../../src/reports/figures'
import { reportTables } from '../../src/reports/tables'
import { sheetName } from '../../src/reports/xlsx'

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** A school year of made-up activity: items published (some several times, some withdrawn), steps, registers. */
function generatedYear(seed: number): ReportInput {
  const r = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!
  const day = (from: number, span: number) => new Date(Date.UTC(2026, 0, 1) + Math.floor((from + r() * span) * 86_400_000)).toISOString()
  const items: ReportItem[] = []
  const steps: ReportInput['steps'] = []
  for (let i = 0; i < 400; i += 1) {
    const collection = pick(['articles', 'articles', 'achievements', 'language-versions'] as const)
    const times = Array.from({ length: Math.floor(r() * 3) }, () => day(-60, 430))
    items.push({
      award: collection === 'achievements' ? pick(['Giải Nhất', 'Giải Nhì', null]) : null,
      category: pick(['Tin tức', 'Hoạt động', null]),
      channels: ['portal', 'vietnam-vn', 'province'].filter(() => r() < 0.5),
      collection,
      id: String(i),
      language: pick(['vi', 'en', 'ko']),
      level: collection === 'achievements' ? pick(['school', 'province', 'national']) : null,
      live: times.length > 0 && r() < 0.7,
      planArea: r() < 0.9 ? pick(PLAN_AREAS) : null,
      publishedAt: times,
      unit: pick(['Tổ Ngữ văn', 'Đoàn Thanh niên', null]),
    })
    const submit = day(0, 360)
    steps.push({ action: 'submit', at: submit, document: `${collection}:${i}` })
    if (r() < 0.8) steps.push({ action: 'approve', at: new Date(Date.parse(submit) + r() * 5 * 86_400_000).toISOString(), document: `${collection}:${i}` })
  }
  return {
    deliveries: Array.from({ length: 120 }, () => ({ createdAt: day(0, 365), destination: pick(['Sở GDĐT', 'Cổng tỉnh']), status: pick(['delivered', 'failed', 'pending', 'dead']) })),
    from: '2026-01-01T00:00:00.000Z',
    items,
    languages: ['vi', 'en', 'ko'],
    languageVersions: Array.from({ length: 60 }, (_, i) => ({ language: pick(['en', 'ko']), live: r() < 0.6, outdated: r() < 0.1, source: `articles:${i}` })),
    liveSources: Array.from({ length: 80 }, (_, i) => ({ key: `articles:${i}`, language: 'vi' })),
    monitoring: Array.from({ length: 15 }, () => ({
      actionTaken: pick(['none', 'reported']),
      assessment: pick(['inaccurate', 'hostile']),
      foundAt: day(-30, 420),
      platform: pick(['facebook', 'tiktok']),
    })),
    now: '2026-12-31T23:59:59.999Z',
    steps,
    tasks: Array.from({ length: 20 }, () => ({ area: pick(PLAN_AREAS), deadline: pick([day(0, 365), null]), status: pick(['done', 'in-progress', 'not-started']) })),
    to: '2026-12-31T23:59:59.999Z',
    visits: Array.from({ length: 4 }, () => ({ country: pick(['Hàn Quốc', 'Nhật Bản']), outlet: pick(['A', 'B']), startDate: day(0, 365) })),
  }
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

describe('the report figures', () => {
  it('on generated years: every breakdown that splits the items sums to the total; channels overlap; each item counts once', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const input = generatedYear(seed)
      const f = computeFigures(input)
      const inPeriod = input.items.filter((i) => i.publishedAt.some((at) => at >= input.from && at <= input.to))
      expect(f.published.total).toBe(inPeriod.length)
      for (const counts of [f.published.byLanguage, f.published.byPlanArea, f.published.byCategory, f.published.byUnit, f.published.byMonth, f.published.byCollection])
        expect(sum(counts)).toBe(f.published.total)
      expect(sum(f.published.byChannel)).toBeGreaterThanOrEqual(f.published.total - (f.published.byChannel[NONE] ?? 0))
      expect(sum(f.achievements.byLevel)).toBe(f.achievements.total)
      expect(f.liveNow.total).toBe(input.items.filter((i) => i.live).length)
      expect(f.tasks.done + f.tasks.inProgress + f.tasks.notStarted).toBe(f.tasks.total)
      expect(sum(f.deliveries.byStatus)).toBe(f.deliveries.total)
      expect(sum(f.monitoring.byAssessment)).toBe(f.monitoring.total)
      expect(f.turnaround.medianHours! <= f.turnaround.p90Hours!).toBe(true)
      // the tables carry the same numbers
      const byArea = reportTables(f, 'vi').find((t) => t.id === 'byPlanArea')!
      expect(byArea.rows.reduce((s, row) => s + row.value, 0)).toBe(f.published.total)
    }
  })

  it('published, withdrawn and published again in the period counts once; withdrawn now, it is not live; published only before the period, not at all', () => {
    const base = generatedYear(7)
    const item = (id: string, publishedAt: string[], live: boolean): ReportItem => ({
      category: null,
      channels: ['portal'],
      collection: 'articles',
      id,
      language: 'vi',
      live,
      planArea: 'ocop',
      publishedAt,
      unit: null,
    })
    const f = computeFigures({ ...base, items: [item('1', ['2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'], false), item('2', ['2025-06-01T00:00:00Z'], true)] })
    expect(f.published.total).toBe(1)
    expect(f.published.byMonth).toEqual({ '2026-03': 1 })
    expect(f.liveNow.total).toBe(1)
  })

  it("plan tasks are listed in the plan's order, each saying whether it is overdue by the end of the period or now", () => {
    const base = generatedYear(11)
    const tasks = [
      { area: 'ocop', code: 'II.1', deadline: '2026-12-15T00:00:00.000Z', status: 'not-started', title: 'Báo cáo', unit: 'BGH' },
      { area: 'ocop', code: '1.10', deadline: '2026-03-01T00:00:00.000Z', status: 'in-progress', title: 'Mười', unit: null },
      { area: 'ocop', code: '1.2', deadline: '2026-03-01T00:00:00.000Z', status: 'done', title: 'Hai', unit: null },
    ]
    const f = computeFigures({ ...base, now: '2026-06-30T00:00:00.000Z', tasks, to: '2026-12-31T16:59:59.999Z' })
    expect(f.tasks.items.map((t) => [t.code, t.overdue])).toEqual([
      ['1.2', false],
      ['1.10', true],
      ['II.1', false],
    ])
    expect(f.tasks.overdue).toBe(1)
  })

  it('approval time runs from the last submission before each approval in the period', () => {
    const base = generatedYear(9)
    const steps = [
      { action: 'submit', at: '2026-02-01T00:00:00.000Z', document: 'articles:1' },
      { action: 'submit', at: '2026-02-02T00:00:00.000Z', document: 'articles:1' },
      { action: 'approve', at: '2026-02-02T10:00:00.000Z', document: 'articles:1' },
      { action: 'submit', at: '2026-02-03T00:00:00.000Z', document: 'articles:2' },
      { action: 'approve', at: '2026-02-03T02:00:00.000Z', document: 'articles:2' },
      // approved before the period: not counted
      { action: 'submit', at: '2025-02-03T00:00:00.000Z', document: 'articles:3' },
      { action: 'approve', at: '2025-02-04T00:00:00.000Z', document: 'articles:3' },
    ]
    expect(computeFigures({ ...base, steps }).turnaround).toEqual({ approvals: 2, medianHours: 6, p90Hours: 9.2 })
    expect(quantile([], 0.5)).toBeNull()
  })

  it("a period is whole days in Vietnam's time; anything else is refused", () => {
    expect(periodBounds('2026-10-01', '2026-12-31')).toEqual({ from: '2026-09-30T17:00:00.000Z', to: '2026-12-31T16:59:59.999Z' })
    for (const [from, to] of [
      ['2026-12-31', '2026-01-01'],
      ['2026-02-30', '2026-03-01'],
      ['2026-1-1', '2026-03-01'],
      ['', '2026-01-01'],
    ])
      expect(periodBounds(from!, to!)).toBeNull()
  })

  it("sheet names fit Excel's rules and stay unique", () => {
    const taken = new Set<string>()
    expect(sheetName('Tin, bài theo nhóm nhiệm vụ [2026]: quý 4/2026 và hơn nữa', taken)).toHaveLength(31)
    expect(sheetName('A/B', taken)).toBe('A B')
    expect(sheetName('A/B', taken)).toBe('A B 2')
  })
})
