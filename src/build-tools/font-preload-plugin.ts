import type { Plugin } from 'vite'

/**
 * Preloads the reading typeface (Arabic subset, regular and bold) from the built page's
 * <head>. Without it the browser discovers the fonts only when it first lays out text —
 * late, after the app's JavaScript has run — and the text painted in a fallback face
 * jumps when the web font swaps in (layout shift, a later LCP).
 */
const FONT = /noto-naskh-arabic-arabic-(400|700)-normal-[\w-]+\.woff2$/

export function fontPreloadPlugin(): Plugin {
  return {
    name: 'arabic-reader:font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => FONT.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head',
          })),
    },
  }
}
