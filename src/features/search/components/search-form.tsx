import { Form } from 'react-router'
import { MAX_QUERY_CHARS } from '../../../lib/search/limits.ts'

/** The search page's own box, holding the current query. */
export function SearchForm({ q }: { q: string }) {
  return (
    <Form action="/search" className="sr-form">
      <label htmlFor="search-page-q">كلمات البحث</label>
      <div className="sr-form-row">
        <input
          // A new query in the URL resets the box.
          key={q}
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={q}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={MAX_QUERY_CHARS}
          aria-describedby="search-page-hint"
        />
        <button type="submit">ابحث</button>
      </div>
      <p id="search-page-hint" className="sr-hint">
        في العناوين وتعليقات الصور والنصوص. لا يهم التشكيل ولا الهمزات ولا نوع الأرقام، وتُوجد الأسماء بكل كتاباتها.
      </p>
    </Form>
  )
}
