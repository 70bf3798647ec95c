/** How much of a query is searched; the rest is left out, and the page says so. */
export const MAX_QUERY_CHARS = 200
export const MAX_QUERY_WORDS = 12
