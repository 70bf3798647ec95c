import { launch } from './bench/browser.ts'
import { serve } from './bench/serve.ts'
import { buildApp } from './bench/build.ts'
await buildApp('.bench/cls')
const b = await launch(); const s = await serve('.bench/cls')
for (const throttle of [4]) {
const ctx = await b.newContext({ viewport: { width: 1440, height: 900 } })
const page = await ctx.newPage()
const cdp = await ctx.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
await page.addInitScript(() => {
  (window as any).__shifts = []
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__shifts.push({ v: e.value.toFixed(4), t: Math.round(e.startTime), src: (e.sources || []).slice(0,3).map((s: any) => (s.node?.nodeName || '') + '.' + (s.node?.className || s.node?.parentElement?.className || '') + ' y ' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '->' + Math.round(s.currentRect.height)) }) }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__shifts.push({ lcp: Math.round(e.startTime), el: e.element?.tagName + '.' + e.element?.className, size: e.size }) }).observe({ type: 'largest-contentful-paint', buffered: true })
})
page.on('request', r => { if (!r.url().includes('data:')) (globalThis as any).reqs = [...((globalThis as any).reqs||[]), Math.round(performance.now()) + ' ' + r.url().split('/').pop()] })
const t0 = performance.now()
await page.goto(s.url + '/articles/kerry-lavrov-moscow-2015', { waitUntil: 'networkidle' })
await page.waitForTimeout(800)
console.log(JSON.stringify(await page.evaluate(() => (window as any).__shifts), null, 1))
console.log(((globalThis as any).reqs || []).map((x: string) => { const [t, ...r] = x.split(' '); return (Number(t) - t0).toFixed(0) + ' ' + r.join(' ') }).join('\n'))
}
await b.close(); await s.close()
