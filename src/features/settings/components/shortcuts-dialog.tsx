import { SHORTCUTS } from '../shortcuts.ts'
import { ModalDialog } from './modal-dialog.tsx'
import '../styles/shortcuts-dialog.css'

/** The keyboard shortcuts, opened with "?" (lazy chunk). */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="اختصارات لوحة المفاتيح" className="shortcuts-dialog" onClose={onClose}>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">المفتاح</th>
            <th scope="col">ما يفعله</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="or"> أو </span>}
                    <kbd dir="ltr">{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">
        لا تعمل الاختصارات أثناء الكتابة في حقل، ولا مع مفاتيح Ctrl أو Alt أو ⌘. تعمل الحروف بموضعها على لوحة المفاتيح
        العربية أيضا (<kbd>ف</kbd> هي <kbd dir="ltr">t</kbd>).
      </p>
    </ModalDialog>
  )
}
