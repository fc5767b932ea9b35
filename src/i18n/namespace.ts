/** i18next namespace of the plugin; also the key under which Payload's admin gets our strings. */
export const NAMESPACE = 'bilingual'
