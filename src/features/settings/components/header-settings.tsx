import { lazy, Suspense, useEffect, useState } from 'react'
import { useApplySettings } from '../apply-settings.ts'
import { closeDialog, openDialog, useOpenDialog } from '../dialog-store.ts'
import { useShortcuts } from '../use-shortcuts.ts'
import { Announcer } from './announcer.tsx'
import { KeyboardIcon, TypeIcon } from './icons.tsx'
import '../styles/themes.css'
import '../styles/header-settings.css'
import '../styles/print.css'

// The dialogs are their own chunks: the first screen stays light.
const SettingsDialog = lazy(() => import('./settings-dialog.tsx'))
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog.tsx'))
// The service worker and its update notice wait until the page is loaded and idle.
const UpdateNotice = lazy(async () => ({ default: (await import('./update-notice.tsx')).UpdateNotice }))

function useIdle(): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    // Safari has no requestIdleCallback: a timeout does.
    const whenIdle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200))
    const start = () => whenIdle(() => setIdle(true), { timeout: 3000 })
    if (document.readyState === 'complete') start()
    else addEventListener('load', start, { once: true })
  }, [])
  return idle
}

/**
 * The reading-settings button and the shortcuts help in the site header — on every page —
 * and what the feature needs once per page: settings applied to <html>, the keyboard
 * shortcuts, the live region and the update notice.
 */
export function HeaderSettings() {
  useApplySettings()
  useShortcuts()
  const open = useOpenDialog()
  const idle = useIdle()
  return (
    <>
      <button
        type="button"
        className="icon-button shortcuts-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => openDialog('shortcuts')}
      >
        <KeyboardIcon />
        <span className="visually-hidden">اختصارات لوحة المفاتيح</span>
      </button>
      <button
        type="button"
        className="icon-button settings-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="s"
        onClick={() => openDialog('settings')}
      >
        <TypeIcon />
        <span className="settings-button-label">إعدادات القراءة</span>
      </button>
      <Suspense fallback={null}>
        {open === 'settings' && <SettingsDialog onClose={closeDialog} />}
        {open === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      </Suspense>
      <Announcer />
      <Suspense fallback={null}>{idle && <UpdateNotice />}</Suspense>
    </>
  )
}
