export const PUBLISHED_ENTRIES_SLUG = 'published-entries'

/** `req.context` flag: reads for public output skip per-document extras (the `outdated` check). */
export const PUBLIC_READ = 'bilingualPublicRead'
