import type en from './en'

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

/** Every catalogue has exactly the keys of the English one; the compiler checks vi against it. */
export type Catalogue = Strings<typeof en>
