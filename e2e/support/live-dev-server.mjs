// Copies content/ to a temporary folder and serves it with the dev server, so the
// live-preview tests can add and break files without touching the real content.
import { cpSync, rmSync } from 'node:fs'
import { spawn } from 'node:child_process'

const dir = process.env.CONTENT_DIR
if (!dir) throw new Error('CONTENT_DIR must be set')
rmSync(dir, { recursive: true, force: true })
cpSync('content', dir, { recursive: true })
const child = spawn('npx', ['vite', '--port', '5179', '--strictPort'], { stdio: 'inherit', env: process.env })
const stop = () => child.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
child.on('exit', (code) => process.exit(code ?? 0))
