import { useAnnouncement } from '../announce.ts'

/** The app's one polite live region; a new node per message so repeats are heard too. */
export function Announcer() {
  const { text, n } = useAnnouncement()
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {text && <span key={n}>{text}</span>}
    </div>
  )
}
