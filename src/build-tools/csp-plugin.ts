import type { Plugin } from 'vite'

/**
 * A Content-Security-Policy for the built app, without 'unsafe-inline' for scripts: every
 * script, style, font and image comes from the app's own origin. Delivered as a <meta>
 * tag (works on any static host) and as a header by `vite preview`. Not applied to the
 * dev server, whose React Refresh preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

export function cspPlugin(): Plugin {
  return {
    name: 'arabic-reader:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  }
}
