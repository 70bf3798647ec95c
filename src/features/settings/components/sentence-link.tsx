import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { announce } from '../announce.ts'
import { useDateFormat } from '../use-date-format.ts'
import { CheckIcon, LinkIcon } from './icons.tsx'

/**
 * "Copy link to this sentence": a permalink (/articles/slug#s3) after each sentence. It
 * takes no room in the line (the icon floats above the sentence's end, shown on hover or
 * focus) and adds no text content, so the paragraph's text stays exactly as published.
 * Activating it marks the sentence (the URL fragment) and copies its address.
 */
export function SentenceLink({ slug, id }: { slug: string; id: string }) {
  const { pathname } = useLocation()
  const navigate = useNavigate()
  const format = useDateFormat()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const t = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(t)
  }, [copied])

  const n = format.number(Number(id.replace(/\D/g, '')))
  const page = `/articles/${encodeURIComponent(slug)}`
  const href = `${page}#${id}`
  return (
    <a
      href={href}
      className="sentence-link"
      // A label, not text inside: the paragraph's text must stay the published text.
      aria-label={`نسخ رابط الجملة ${n}`}
      data-copied={copied || undefined}
      onClick={async (e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
        e.preventDefault()
        // On the report's own page, mark the sentence; elsewhere (a comparison) only copy.
        if (pathname === page) void navigate({ hash: `#${id}` }, { replace: true, preventScrollReset: true })
        try {
          await navigator.clipboard.writeText(new URL(href, location.origin).href)
          setCopied(true)
          announce('نُسخ رابط الجملة.')
        } catch {
          announce('تعذر النسخ؛ رابط الجملة في شريط العنوان.')
        }
      }}
    >
      {copied ? <CheckIcon /> : <LinkIcon />}
    </a>
  )
}
