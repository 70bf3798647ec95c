import { Form } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { MAX_QUERY_CHARS } from '../../../lib/search/limits.ts'
import { searchIndexQuery } from '../api/search-index-query.ts'
import './header-search.css'

/**
 * The search box in the header: a plain GET form to /search, so it works like any form.
 * Focusing it (by click, Tab or the "/" shortcut) starts loading the search index, which
 * the first screen never pays for.
 */
export function HeaderSearch() {
  const queryClient = useQueryClient()
  const prefetch = () => void queryClient.prefetchQuery(searchIndexQuery())
  return (
    <Form action="/search" role="search" aria-label="البحث في التقارير" className="header-search">
      <label htmlFor="header-search-q" className="visually-hidden">
        ابحث في التقارير
      </label>
      <input
        id="header-search-q"
        type="search"
        name="q"
        placeholder="ابحث في التقارير"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={MAX_QUERY_CHARS}
        aria-keyshortcuts="/"
        onFocus={prefetch}
      />
      <kbd className="hs-key" aria-hidden="true" title="اختصار: /">
        /
      </kbd>
      <button type="submit" className="hs-submit">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">بحث</span>
      </button>
    </Form>
  )
}
