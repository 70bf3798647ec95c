import { formatProblem, type ContentProblem } from '../../../content-pipeline/problems.ts'

/**
 * Dev server only: shows content problems in Vite's own error overlay (the element the
 * Vite client registers), or removes it when the content is valid again.
 */
export function showContentProblemsOverlay(problems: ContentProblem[]) {
  const Overlay = customElements.get('vite-error-overlay')
  if (!Overlay) return
  for (const el of document.querySelectorAll('vite-error-overlay')) el.remove()
  if (!problems.length) return
  const [first] = problems
  const err = {
    plugin: 'arabic-reader:content',
    message: `Content problems — the last good content is still served:\n${problems.map(formatProblem).join('\n')}`,
    stack: '',
    id: first.file,
    loc: { file: first.file, line: first.line, column: first.column },
  }
  document.body.appendChild(new Overlay(err))
}
