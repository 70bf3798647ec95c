import { lazy, Suspense } from 'react'
import { useApplySettings } from '../apply-settings.ts'
import { closeDialog, openDialog, useOpenDialog } from '../dialog-store.ts'
import { useShortcuts } from '../use-shortcuts.ts'
import { Announcer } from './announcer.tsx'
import { KeyboardIcon, TypeIcon } from './icons.tsx'
import { UpdateNotice } from './update-notice.tsx'
import '../styles/themes.css'
import '../styles/header-settings.css'
import '../styles/print.css'

// The dialogs are their own chunks: the first screen stays light.
const SettingsDialog = lazy(() => import('./settings-dialog.tsx'))
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog.tsx'))

/**
 * The reading-settings button and the shortcuts help in the site header — on every page —
 * and what the feature needs once per page: settings applied to <html>, the keyboard
 * shortcuts, the live region and the update notice.
 */
export function HeaderSettings() {
  useApplySettings()
  useShortcuts()
  const open = useOpenDialog()
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
      <UpdateNotice />
    </>
  )
}
