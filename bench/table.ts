export type Row = [measure: string, value: string, goal: string]

/** A Markdown table, so the output can be pasted into notes as is. */
export function printTable(title: string, rows: Row[]) {
  console.log(`\n## ${title}\n`)
  console.log('| measure | value | goal |')
  console.log('|---|---|---|')
  for (const [m, v, g] of rows) console.log(`| ${m} | ${v} | ${g} |`)
}
