import { updateSettings, useSettings } from '../../settings/settings-store.ts'

/** Turns the entity marks in the text on and off; the settings store remembers the choice. */
export function MarksSwitch() {
  const { showMarks } = useSettings()
  return (
    <button
      type="button"
      role="switch"
      aria-checked={showMarks}
      className="entity-marks-switch"
      onClick={() => updateSettings({ showMarks: !showMarks })}
    >
      <span className="entity-marks-switch-track" aria-hidden="true">
        <span className="entity-marks-switch-thumb" />
      </span>
      <span>إبراز الأعلام في النص</span>
    </button>
  )
}
