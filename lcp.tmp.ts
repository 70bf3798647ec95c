import { launch } from './bench/browser.ts'
import { serve } from './bench/serve.ts'
const b = await launch(); const s = await serve('dist')
for (const settings of ['{}', '{"showMarks":false}']) {
  const vals = []
  for (let i = 0; i < 3; i++) {
  const ctx = await b.newContext({ viewport: { width: 1440, height: 900 } })
  await ctx.addInitScript((v) => localStorage.setItem('reader-settings', v), settings)
  const page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.addInitScript(() => { new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true }) })
  await page.goto(s.url + '/articles/kerry-lavrov-moscow-2015', { waitUntil: 'networkidle' })
  vals.push(Math.round(await page.evaluate(() => (window as any).__lcp)))
  await ctx.close()
  }
  console.log(settings, vals)
}
await b.close(); await s.close()
