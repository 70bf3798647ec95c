/*
 * Applies the reader's visual settings to <html> before the first paint, so there is no
 * flash of the wrong theme or size. A classic script loaded from <head> (no inline
 * script: the app ships a Content-Security-Policy without 'unsafe-inline').
 * Mirrors src/features/settings/apply-settings.ts; a unit test keeps the two in step.
 */
;(function () {
  var defaults = {
    theme: 'system', textSize: 2, lineHeight: 'normal', measure: 'medium', align: 'start', typeface: 'naskh',
  }
  var choices = {
    theme: ['system', 'light', 'dark', 'sepia'],
    textSize: [0, 1, 2, 3, 4, 5],
    lineHeight: ['compact', 'normal', 'airy'],
    measure: ['narrow', 'medium', 'wide'],
    align: ['start', 'justify'],
    typeface: ['naskh', 'kufi'],
  }
  var attributes = {
    theme: 'data-theme', textSize: 'data-text-size', lineHeight: 'data-line-height',
    measure: 'data-measure', align: 'data-align', typeface: 'data-typeface',
  }
  var colors = { light: '#fbfaf7', dark: '#16181b', sepia: '#f4ecd8' }
  var saved = {}
  try {
    saved = JSON.parse(localStorage.getItem('reader-settings') || '{}') || {}
  } catch (e) {
    saved = {}
  }
  var root = document.documentElement
  for (var key in attributes) {
    var value = saved[key]
    if (choices[key].indexOf(value) < 0) value = defaults[key]
    root.setAttribute(attributes[key], String(value))
  }
  var theme = root.getAttribute('data-theme')
  if (theme === 'system') return
  var scheme = document.querySelector('meta[name="color-scheme"]')
  if (scheme) scheme.setAttribute('content', theme === 'dark' ? 'dark' : 'light')
  var metas = document.querySelectorAll('meta[name="theme-color"]')
  for (var i = 0; i < metas.length; i++) {
    metas[i].setAttribute('data-default', metas[i].getAttribute('content'))
    metas[i].setAttribute('content', colors[theme])
  }
})()
