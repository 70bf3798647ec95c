import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { contentPlugin } from './src/content-pipeline/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), contentPlugin()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
  },
})
