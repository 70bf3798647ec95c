import { describe, expect, test } from 'vitest'
import { reportStyles } from './report-styles.ts'

describe('report styles', () => {
  test('in publication order, neighbours differ, combinations repeat only after 30', () => {
    const reports = Array.from({ length: 31 }, (_, i) => ({ slug: `r${i}`, published: `2016-01-${String(31 - i).padStart(2, '0')}` }))
    reports.push({ slug: 'r31', published: '2015-01-01' })
    const styles = reportStyles(reports)
    expect(styles.get('r31')).toEqual({ colour: 0, shape: 0, n: 1 })
    expect(styles.get('r30')).toEqual({ colour: 1, shape: 1, n: 2 })
    const combos = [...styles.values()].map((s) => `${s.colour}/${s.shape}`)
    expect(new Set(combos.slice(0, 30)).size).toBe(30)
  })
})
