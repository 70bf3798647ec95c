import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import type { Nodes } from 'mdast'

/**
 * Stage 2b: the Markdown body becomes plain-text paragraphs. Text is data: inline HTML,
 * links and emphasis are kept as their visible text (raw HTML as the characters written),
 * never as markup. Line breaks inside a paragraph are joined with a space.
 */

export interface BodyText {
  /** Paragraphs joined by a blank line ("\n\n"); every offset in the app refers to it. */
  body: string
  paragraphs: Array<{ start: number; end: number }>
}

export function markdownToParagraphs(markdown: string): BodyText {
  const texts: string[] = []
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'html':
      case 'code': {
        const value = node.type === 'html' || node.type === 'code' ? node.value : toString(node)
        const joined = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim()
        if (joined) texts.push(joined)
        return
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes)
    }
  }
  visit(fromMarkdown(markdown))
  const paragraphs: BodyText['paragraphs'] = []
  let offset = 0
  for (const t of texts) {
    paragraphs.push({ start: offset, end: offset + t.length })
    offset += t.length + 2
  }
  return { body: texts.join('\n\n'), paragraphs }
}
