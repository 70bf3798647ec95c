import { sep } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { ContentStore, type Snapshot } from './content-store.ts'
import { contentDir } from './content-dir.ts'
import { ARTICLE_PREFIX, COLLECTION_IDS, INDEX_ID, articleModule, collectionModule, fingerprint, indexModule } from './modules.ts'
import { formatProblem } from './problems.ts'

/**
 * Our Vite plugin: content files become modules at build time, in Node. The browser
 * receives validated, annotated JSON — never a YAML or Markdown parser.
 *
 * Build: any content problem fails the build, listing every problem with file, line and
 * field. Dev server: content is watched; a change updates the open page through HMR; a
 * broken file is reported (terminal, Vite's overlay, the app's banner) while its last
 * good version stays served.
 */
export function contentPlugin(): Plugin {
  let store: ContentStore
  let dir: string
  let dev = false
  let snapshot: Snapshot | null = null

  const current = () => (snapshot ??= store.snapshot())
  const inside = (file: string) => file === dir || file.startsWith(dir + sep)
  let hadProblems = false
  const report = (server: ViteDevServer, s: Snapshot) => {
    const logger = server.config.logger
    if (s.problems.length) {
      const text = s.problems.map(formatProblem).join('\n')
      logger.error(`[content] ${s.problems.length} problem(s); serving the last good content:\n${text}`, { timestamp: true })
    } else if (hadProblems) {
      logger.info('[content] all content files are valid again', { timestamp: true })
    }
    hadProblems = s.problems.length > 0
  }

  return {
    name: 'arabic-reader:content',
    configResolved(config) {
      dir = contentDir(config.root)
      dev = config.command === 'serve'
      store = new ContentStore(dir, { keepLastGood: dev })
      if (dev) return
      // A build with broken content stops here, before any other plugin runs: a later
      // failure (say, the service worker finding no files) must not hide the editor's.
      snapshot = store.snapshot()
      if (snapshot.problems.length) {
        const error = new Error(`content has ${snapshot.problems.length} problem(s):\n${snapshot.problems.map(formatProblem).join('\n')}`)
        error.stack = error.message // the editor needs the list, not our call stack
        throw error
      }
    },
    configureServer(server) {
      server.watcher.add(dir)
      report(server, current())
      // Editors save files in several writes (truncate, then write); the watcher may
      // report the first and drop the rest. Waiting a moment and reading the whole
      // collection again always sees the finished file.
      let timer: ReturnType<typeof setTimeout> | undefined
      const refresh = () => {
        const before = fingerprint(current())
        snapshot = store.snapshot()
        if (fingerprint(snapshot) === before) return
        report(server, snapshot)
        const client = server.environments.client
        const graph = client.moduleGraph
        for (const [id, mod] of graph.idToModuleMap) {
          if (id.startsWith('\0virtual:content/')) graph.invalidateModule(mod)
        }
        const index = graph.getModuleById('\0' + INDEX_ID)
        if (index) void client.reloadModule(index)
      }
      server.watcher.on('all', (_event, file) => {
        if (!inside(file)) return
        clearTimeout(timer)
        timer = setTimeout(refresh, 80)
      })
    },
    resolveId(id) {
      // Dev-server ids carry a version query (?v=…) so changed content gets a new URL.
      const bare = id.replace(/\?.*$/, '')
      if (bare === INDEX_ID || COLLECTION_IDS.includes(bare) || bare.startsWith(ARTICLE_PREFIX)) return '\0' + id
    },
    load(id) {
      if (!id.startsWith('\0virtual:content/')) return
      const bare = id.slice(1).replace(/\?.*$/, '')
      if (bare === INDEX_ID) return indexModule(current(), dev)
      if (COLLECTION_IDS.includes(bare)) return collectionModule(bare, current())
      const slug = bare.slice(ARTICLE_PREFIX.length)
      const article = current().articles.find((a) => a.slug === slug)
      if (!article) this.error(`no report with slug "${slug}"`)
      return articleModule(article)
    },
    hotUpdate({ file }) {
      // Content files are not modules; the watcher above handles them.
      if (inside(file)) return []
    },
  }
}
