import type { EntityType } from '../../lib/content/types.ts'

/** The three kinds of entity, in the order every view lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization']

/** One entity's type, as a label next to its name. */
export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'شخص',
  place: 'مكان',
  organization: 'منظمة',
}

/** A group of entities of one type, as a heading. */
export const TYPE_GROUP: Record<EntityType, string> = {
  person: 'الأشخاص',
  place: 'الأماكن',
  organization: 'المنظمات',
}
