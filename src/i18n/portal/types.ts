import type en from '../en'

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
type Catalogue = Strings<typeof en>

/**
 * What the public portal shows: its own strings, the vocabularies it names (plan areas, levels,
 * languages) and the labels of an achievement's details. A portal catalogue has exactly these keys
 * of the English catalogue; the compiler checks each one against it.
 */
export type PortalCatalogue = Pick<Catalogue, 'languages' | 'levels' | 'planAreas' | 'portal'> & {
  fields: Pick<Catalogue['fields'], 'award' | 'competition' | 'level' | 'schoolYear' | 'students' | 'subject' | 'teachers'>
}
