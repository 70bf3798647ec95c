import type { Plugin } from 'vite'

/**
 * `vite preview` answers 404 to an address it cannot percent-decode (/articles/%E0%A4%A)
 * instead of serving the app. A static host with an SPA fallback serves index.html for
 * every path; this makes the preview server do the same, so the app can show its own
 * helpful page.
 */
export function spaFallbackPlugin(): Plugin {
  return {
    name: 'arabic-reader:spa-fallback',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        try {
          decodeURI(req.url ?? '/')
        } catch {
          req.url = '/index.html'
        }
        next()
      })
    },
  }
}
