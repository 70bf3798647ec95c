/** The search box in the header (the search feature fills this in). */
export function HeaderSearch() {
  return null
}
