/** The reading-settings button and shortcuts help in the header (the settings feature fills this in). */
export function HeaderSettings() {
  return null
}
