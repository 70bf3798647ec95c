import { alignmentNumbers, reportNumbers, type AlignmentNumbers } from '../../../lib/compare/summary.ts'
import type { Alignment } from '../../../lib/compare/align.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { Column } from '../column.ts'

/** Length in words and sentences, and how many sentences have a counterpart, per report. */
export function CompareNumbers({ a, b, alignment }: { a: Column; b: Column; alignment: Alignment }) {
  const format = useDateFormat()
  const n = alignmentNumbers(alignment)
  const na = reportNumbers(a.article.body, a.article.sentences)
  const nb = reportNumbers(b.article.body, b.article.sentences)
  const only = (x: AlignmentNumbers, side: 'a' | 'b') => (side === 'a' ? x.onlyLeft : x.onlyRight)
  const rows: Array<[string, number, number]> = [
    ['الكلمات', na.words, nb.words],
    ['الجمل', na.sentences, nb.sentences],
    ['جمل لها مقابل', n.aligned, n.aligned],
    ['جمل بلا مقابل', only(n, 'a'), only(n, 'b')],
  ]
  return (
    <section className="cmp-block cmp-numbers">
      <h3 id="cmp-numbers-title">الأرقام</h3>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">{a.label}</th>
            <th scope="col">{b.label}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, x, y]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{format.number(x)}</td>
              <td>{format.number(y)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
