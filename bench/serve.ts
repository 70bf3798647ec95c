import { preview, type PreviewServer } from 'vite'

/** Serves a built folder on a free port (Vite's preview server with SPA fallback). */
export async function serve(outDir: string, root = process.cwd()): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'spa',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  })
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
