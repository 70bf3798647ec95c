import { useRegisterSW } from 'virtual:pwa-register/react'

/**
 * Registers the service worker (vite-plugin-pwa, "prompt" mode) and, when a new build has
 * been deployed and is waiting, offers to switch to it. The region is always there so the
 * notice is announced when it appears.
 */
export function UpdateNotice() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Without service workers (or in a private window) the app simply stays online-only.
    onRegisterError: () => {},
  })
  return (
    <div className="update-notice-region" role="status">
      {needRefresh && (
        <div className="update-notice">
          <p>
            نسخة جديدة متاحة —{' '}
            <button type="button" className="update-now" onClick={() => switchToNewBuild(updateServiceWorker)}>
              تحديث
            </button>
          </p>
          <button type="button" className="update-later" onClick={() => setNeedRefresh(false)}>
            لاحقا
          </button>
        </div>
      )}
    </div>
  )
}

/**
 * Tells the waiting worker to take over, then reloads into the new build. Workbox reloads
 * by itself only when the page was already controlled at registration; a page whose first
 * visit is still open when the next build lands needs the reload here.
 */
function switchToNewBuild(update: (reload?: boolean) => Promise<void>) {
  navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true })
  void update(true)
}
