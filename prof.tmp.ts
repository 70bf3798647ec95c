import { launch } from './bench/browser.ts'
import { serve } from './bench/serve.ts'
const b = await launch(); const s = await serve('dist')
const ctx = await b.newContext({ viewport: { width: 1440, height: 900 } })
const page = await ctx.newPage()
const cdp = await ctx.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start')
await page.goto(s.url + '/articles/kerry-lavrov-moscow-2015', { waitUntil: 'networkidle' })
const { profile } = await cdp.send('Profiler.stop') as any
const self = new Map<string, number>()
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
const dt = profile.timeDeltas; const counts = new Map<number, number>()
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)))
for (const [id, t] of counts) { const n: any = byId.get(id); const key = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber; self.set(key, (self.get(key) || 0) + t) }
const byFile = new Map<string, number>()
for (const [k, t] of self) { const f = k.split(' ')[1]?.split(':')[0] || '?'; byFile.set(f, (byFile.get(f) || 0) + t) }
console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, t]) => `${(t / 1000).toFixed(0)}ms ${k}`).join('\n'))
console.log('---')
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${(t / 1000).toFixed(0)}ms ${k}`).join('\n'))
await b.close(); await s.close()
