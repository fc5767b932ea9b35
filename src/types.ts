import type { CollectionConfig, Field } from 'payload'

/** Slugs of the collections the plugin adds. They are part of the public contract (DESIGN.md). */
export type PluginCollectionKey =
  | 'achievements'
  | 'articles'
  | 'categories'
  | 'deliveries'
  | 'destinations'
  | 'integrations'
  | 'languageVersions'
  | 'media'
  | 'publishedEntries'
  | 'workflowEvents'
  | 'planTasks'
  | 'pressMonitoring'
  | 'foreignPressVisits'
  | 'implementationReports'

/**
 * Changes to one plugin collection. Everything but the slug may be overridden; `fields` receives
 * the plugin's fields and returns the list to use, so a host can add, reorder or replace fields.
 */
export type CollectionOverride = Omit<Partial<CollectionConfig>, 'fields' | 'slug'> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export type BilingualPublishingOptions = {
  /**
   * Turn the plugin's behaviour off (hooks, endpoints, seeding helpers) while keeping its
   * collections and fields, so the database schema stays the same.
   * @default false
   */
  disabled?: boolean
  /**
   * Content languages as BCP 47 codes. The plugin's own words (admin, messages, portal) exist in
   * vi, en, fr, zh, ko and ja (src/i18n); other languages fall back to English.
   * @default ['vi', 'en', 'zh', 'ko', 'ja', 'fr']
   */
  languages?: string[]
  /** Delivery to portals and other destinations. */
  delivery?: {
    /**
     * How long a receiver may take to answer a delivery before it counts as a failed attempt (and
     * is retried on the schedule), in milliseconds: 1,000 to 120,000.
     * @default 15000
     */
    timeoutMs?: number
  }
  /** Upload limits for the `media` collection. */
  media?: {
    /**
     * Largest upload accepted, in bytes. Larger files get HTTP 413 with a message saying the limit.
     * @default 20971520 (20 MiB)
     */
    maxUploadBytes?: number
    /**
     * Largest image accepted, in pixels (width × height), read from the file's header before
     * anything decodes it: a small file can declare a huge image. Larger ones get HTTP 413.
     * @default 40000000 (40 megapixels)
     */
    maxInputPixels?: number
    /**
     * Folder where uploads are stored, relative to the working directory or absolute.
     * @default 'media'
     */
    staticDir?: string
  }
  /**
   * Absolute base URL of the public site, for links in e-mails, feeds and packages.
   * @default process.env.PUBLIC_URL, else http://localhost:$PORT
   */
  publicUrl?: string
  /** Per-collection overrides, keyed by the plugin's collection key. */
  overrides?: Partial<Record<PluginCollectionKey, CollectionOverride>>
  /**
   * The language source items (articles, achievements) are written in by default.
   * Must be one of `languages`.
   * @default 'vi'
   */
  sourceLanguage?: string
  /**
   * Slug of the host's auth collection. The plugin adds `roles`, `unit` and `preferredLanguage`
   * to it and uses it for authors, translators and approvers.
   * @default 'users'
   */
  usersCollection?: string
}

/** Options after defaults are applied and checked; what every factory receives. */
export type ResolvedOptions = {
  delivery: { timeoutMs: number }
  disabled: boolean
  languages: string[]
  media: { maxInputPixels: number; maxUploadBytes: number; staticDir: string }
  overrides: Partial<Record<PluginCollectionKey, CollectionOverride>>
  publicUrl: string
  sourceLanguage: string
  usersCollection: string
}
