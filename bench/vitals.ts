import type { Browser } from '@playwright/test'

/**
 * Largest Contentful Paint and Cumulative Layout Shift of one page load, with the CPU
 * slowed down (Chrome DevTools Protocol), as the Web Vitals observers report them.
 */
export async function vitals(browser: Browser, url: string, cpuSlowdown = 4) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __cls: number; __lcpText: string }
    w.__lcp = 0
    w.__cls = 0
    w.__lcpText = ''
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { element?: Element }>) {
        w.__lcp = e.startTime
        w.__lcpText = e.element?.tagName ?? ''
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) w.__cls += e.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.evaluate(() => document.fonts.ready)
  // Let late shifts (a web font swapping in) be recorded before reading.
  await page.waitForTimeout(500)
  const result = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __cls: number; __lcpText: string }
    return { lcp: w.__lcp, cls: w.__cls, element: w.__lcpText }
  })
  await context.close()
  return result
}
