import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where the live-preview dev server reads content: a copy, so tests never touch content/. */
export const LIVE_CONTENT_DIR = join(tmpdir(), 'arabic-reader-live-content')
export const LIVE_PORT = 5179
