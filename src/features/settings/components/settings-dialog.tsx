import { resetSettings, updateSettings, useSettings } from '../settings-store.ts'
import { announce } from '../announce.ts'
import { ModalDialog } from './modal-dialog.tsx'
import { SettingsPreview } from './settings-preview.tsx'
import { TextSettings } from './text-settings.tsx'
import { DateSettings } from './date-settings.tsx'
import { ChoiceGroup } from './choice-group.tsx'
import '../styles/settings-dialog.css'

const THEMES = [
  { value: 'light', label: <Swatch theme="light" text="فاتح" /> },
  { value: 'dark', label: <Swatch theme="dark" text="داكن" /> },
  { value: 'sepia', label: <Swatch theme="sepia" text="ورقي" /> },
  { value: 'system', label: <Swatch theme="system" text="تلقائي" /> },
] as const

function Swatch({ theme, text }: { theme: string; text: string }) {
  return (
    <>
      <span className={`swatch swatch-${theme}`} aria-hidden="true" />
      {text}
    </>
  )
}

/**
 * The reading settings (lazy chunk). Every change applies at once — to the page behind,
 * which stays visible beside the panel, and to the preview at its top — and is saved.
 */
export default function SettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = useSettings()
  const offline = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller)
  return (
    <ModalDialog
      title="إعدادات القراءة"
      className="settings-dialog"
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              resetSettings()
              announce('أُعيدت الإعدادات الافتراضية.')
            }}
          >
            استعادة الإعدادات الافتراضية
          </button>
          {offline && <p className="offline-ready">التطبيق محفوظ على هذا الجهاز للقراءة دون اتصال.</p>}
        </>
      }
    >
      <SettingsPreview />
      <section aria-labelledby="settings-look" className="settings-section">
        <h3 id="settings-look">المظهر</h3>
        <ChoiceGroup legend="السمة" choices={THEMES} value={settings.theme} onChange={(theme) => updateSettings({ theme })} />
      </section>
      <TextSettings />
      <DateSettings />
      <section aria-labelledby="settings-marks" className="settings-section">
        <h3 id="settings-marks">النص</h3>
        <label className="check">
          <input type="checkbox" checked={settings.showMarks} onChange={(e) => updateSettings({ showMarks: e.target.checked })} />
          إبراز الأعلام في النص (الأشخاص والأماكن والمنظمات)
        </label>
      </section>
    </ModalDialog>
  )
}
