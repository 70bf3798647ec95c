import type { Mention } from '../content/types.ts'

/**
 * Entity ids of the mentions inside [start, end), unique, in reading order: those named
 * (form 'name') and, apart, those only described by an adjective (الروسي → russia), so
 * filters can count adjective-only mentions only when the reader asks for them.
 */
export function entitiesIn(mentions: Mention[], start: number, end: number): { entities: string[]; adjectives: string[] } {
  const entities: string[] = []
  const described: string[] = []
  const inside = mentions.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start)
  for (const m of inside) {
    const list = m.form === 'name' ? entities : described
    if (!list.includes(m.entity)) list.push(m.entity)
  }
  return { entities, adjectives: described.filter((id) => !entities.includes(id)) }
}
