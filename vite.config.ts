import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { contentPlugin } from './src/content-pipeline/vite-plugin.ts'
import { cspPlugin } from './src/build-tools/csp-plugin.ts'
import { fontPreloadPlugin } from './src/build-tools/font-preload-plugin.ts'
import { spaFallbackPlugin } from './src/build-tools/spa-fallback-plugin.ts'

export default defineConfig({
  plugins: [
    react(),
    contentPlugin(),
    cspPlugin(),
    fontPreloadPlugin(),
    spaFallbackPlugin(),
    // Offline reading: a Workbox service worker that precaches the whole build — every
    // report's chunk included — and waits for the reader's go-ahead to update ("prompt").
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // The app registers it itself (update-notice.tsx); nothing inline (CSP).
      injectRegister: false,
      // public/manifest.webmanifest is written by hand and linked from index.html.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
        globIgnores: ['**/node_modules/**'],
        navigateFallback: 'index.html',
        // A large collection's index and search chunks are still read offline.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // The first visit is controlled as soon as the worker activates, so lazy chunks
        // fetched later in that visit already come from the cache.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
  },
})
