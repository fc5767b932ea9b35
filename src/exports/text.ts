/** The pure Vietnamese text helpers (no Payload): normalising, folding for search, slugs, sorting names. */
export * from '../text'
