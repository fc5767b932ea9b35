'use client'
import { useConfig, useFormFields } from '@payloadcms/ui'
import { diffWords } from 'diff'
import { useEffect, useState } from 'react'

import { refIds } from '../fields/refs'
import { useBilingualT } from './useBilingualT'
import { richTextToPlainText } from '../text/richText'
import type { Id, ItemDoc, MediaDoc } from '../documents'

/** A source at depth 1: its photos come populated. */
type SourceDoc = ItemDoc & { description?: unknown; featuredImage?: MediaDoc | Id | null; gallery?: Array<MediaDoc | Id> | null; images?: Array<MediaDoc | Id> | null }
type Text = { body: string; summary: string; title: string }
type Photo = { alt: string; caption: string; id: number | string; sourceAlt: string; sourceCaption: string; thumbnail?: string; name: string }

const textOf = (doc: SourceDoc): Text => ({
  body: richTextToPlainText(doc.body ?? doc.description),
  summary: String(doc.summary ?? ''),
  title: String(doc.title ?? ''),
})

const idOf = (value: unknown) => refIds(value)[0]

/** One field's words, with what was removed struck through and what was added underlined. */
function Diff({ after, before }: { after: string; before: string }) {
  return (
    <div style={{ whiteSpace: 'pre-wrap' }}>
      {diffWords(before, after).map((part, index) =>
        part.added ? (
          <ins key={index} style={{ background: '#d1fae5' }}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} style={{ background: '#fee2e2' }}>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  )
}

/**
 * The translator's workspace beside a language version: the source's approved text read-only
 * (title, summary, body), what changed in it since this version was made when it is outdated, and
 * the alt text and caption of the source's photos in this version's language, saved from here.
 */
export function SourcePanel() {
  const { config } = useConfig()
  const { has, i18n, t } = useBilingualT()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const source = useFormFields(([fields]) => fields.source?.value) as undefined | { relationTo: string; value: unknown }
  const language = useFormFields(([fields]) => fields.language?.value) as string | undefined
  const sourceHash = useFormFields(([fields]) => fields.sourceHash?.value) as string | undefined
  const outdated = useFormFields(([fields]) => fields.outdated?.value) === true
  const [state, setState] = useState<null | { approved: boolean; doc: SourceDoc; language: string; old: null | Text; text: Text }>(null)
  const [photos, setPhotos] = useState<Photo[]>([])
  const [saved, setSaved] = useState<Record<string, string>>({})
  const sourceId = idOf(source?.value)
  const relationTo = source?.relationTo

  useEffect(() => {
    if (!relationTo || sourceId === undefined) return
    const get = async <T,>(path: string) => {
      const res = await fetch(`${api}${path}`, { credentials: 'include' })
      return res.ok ? ((await res.json()) as T) : null
    }
    const textAt = async (hash: string) => {
      const found = await get<{ docs?: Array<{ version?: SourceDoc }> }>(
        `/${relationTo}/versions?depth=0&limit=1&sort=-updatedAt&where[parent][equals]=${sourceId}&where[version.textHash][equals]=${encodeURIComponent(hash)}`,
      )
      const version = found?.docs?.[0]?.version
      return version ? textOf(version) : null
    }
    void (async () => {
      const doc = await get<SourceDoc>(`/${relationTo}/${sourceId}?draft=true&depth=1`)
      if (!doc) return
      // what translations follow: the text a leader approved (which may be older than the draft)
      const approvedHash = String(doc.approvedTextHash ?? '')
      const approved = Boolean(approvedHash)
      const text = approved && approvedHash !== doc.textHash ? ((await textAt(approvedHash)) ?? textOf(doc)) : textOf(doc)
      const old = outdated && sourceHash ? await textAt(sourceHash) : null
      setState({ approved, doc, language: String(doc.language ?? ''), old, text })
    })()
  }, [api, outdated, relationTo, sourceHash, sourceId])

  useEffect(() => {
    if (!state || !language) return
    const media = [state.doc.featuredImage, ...(state.doc.gallery ?? []), ...(state.doc.images ?? [])].filter((m): m is MediaDoc => Boolean(m) && typeof m === 'object')
    void Promise.all(
      media.map(async (m) => {
        const res = await fetch(`${api}/media/${m.id}?depth=0&locale=${language}&fallback-locale=null`, { credentials: 'include' })
        const own: Partial<MediaDoc> = res.ok ? ((await res.json()) as MediaDoc) : {}
        return {
          alt: String(own.alt ?? ''),
          caption: String(own.caption ?? ''),
          id: m.id,
          name: String(m.filename ?? m.id),
          sourceAlt: String(m.alt ?? ''),
          sourceCaption: String(m.caption ?? ''),
          thumbnail: m.sizes?.thumbnail?.url ?? m.url ?? undefined,
        }
      }),
    ).then(setPhotos)
  }, [api, language, state])

  if (!relationTo || sourceId === undefined) {
    return (
      <div className="source-panel" data-testid="source-panel" style={{ marginBottom: 24, opacity: 0.8 }}>
        {t('workflow.source.pick')}
      </div>
    )
  }
  if (!state) return null
  const languageName = (code: string) => (has(`languages.${code}`) ? t(`languages.${code}`) : code)
  const savePhoto = async (photo: Photo) => {
    const res = await fetch(`${api}/media/${photo.id}?locale=${language}&depth=0`, {
      body: JSON.stringify({ alt: photo.alt, caption: photo.caption }),
      credentials: 'include',
      headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    const body = (await res.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null
    setSaved({ ...saved, [photo.id]: res.ok ? t('workflow.source.saved') : (body?.errors?.[0]?.message ?? res.statusText) })
  }
  const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 10 }

  return (
    <div className="source-panel" data-testid="source-panel" style={{ display: 'grid', gap: 10, marginBottom: 24 }}>
      <div style={{ fontWeight: 600 }}>{t('workflow.source.title')}</div>
      <div data-testid="source-text" style={box}>
        <div style={{ fontSize: 12, marginBottom: 6, opacity: 0.75 }}>
          {t(state.approved ? 'workflow.source.approved' : 'workflow.source.draft', { language: languageName(state.language) })} ·{' '}
          <a href={`${config.routes.admin}/collections/${relationTo}/${sourceId}`}>{t('workflow.source.open')}</a>
        </div>
        <div lang={state.language} style={{ fontWeight: 600 }}>
          {state.text.title}
        </div>
        {state.text.summary ? (
          <p lang={state.language} style={{ fontStyle: 'italic', margin: '6px 0' }}>
            {state.text.summary}
          </p>
        ) : null}
        <div lang={state.language} style={{ maxHeight: 360, overflowY: 'auto', whiteSpace: 'pre-wrap' }}>
          {state.text.body}
        </div>
      </div>
      {outdated ? (
        <div data-testid="source-diff" style={{ ...box, borderColor: '#b91c1c' }}>
          <div style={{ color: '#b91c1c', fontWeight: 600, marginBottom: 6 }}>{t('workflow.source.changes')}</div>
          {state.old ? (
            (['title', 'summary', 'body'] as const).some((k) => state.old![k] !== state.text[k]) ? (
              (['title', 'summary', 'body'] as const)
                .filter((k) => state.old![k] !== state.text[k])
                .map((k) => (
                  <div key={k} lang={state.language} style={{ marginBottom: 6 }}>
                    <div style={{ fontSize: 12, opacity: 0.75 }}>{t(`fields.${k}`)}</div>
                    <Diff after={state.text[k]} before={state.old![k]} />
                  </div>
                ))
            ) : (
              <span>{t('workflow.source.noChanges')}</span>
            )
          ) : (
            <span>{t('workflow.source.noOld')}</span>
          )}
        </div>
      ) : null}
      <div data-testid="source-photos" id="bilingual-photos" style={box}>
        <div style={{ fontWeight: 600, marginBottom: 6 }}>{t('workflow.source.photos', { language: language ? languageName(language) : '…' })}</div>
        {!language ? <span>{t('workflow.source.photosNeedLanguage')}</span> : null}
        {language && photos.length === 0 ? <span style={{ opacity: 0.75 }}>{t('workflow.source.noPhotos')}</span> : null}
        {language
          ? photos.map((photo, index) => (
              <div
                data-testid="source-photo"
                id={`photo-${photo.id}`}
                key={photo.id}
                style={{ borderTop: index ? '1px solid var(--theme-elevation-100)' : 0, display: 'grid', gap: 4, paddingTop: index ? 8 : 0 }}
              >
                <div style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
                  {photo.thumbnail ? <img alt="" height={48} src={photo.thumbnail} style={{ objectFit: 'cover' }} width={64} /> : null}
                  <span style={{ fontSize: 12, wordBreak: 'break-all' }}>{photo.name}</span>
                </div>
                {photo.sourceAlt ? <div style={{ fontSize: 12, opacity: 0.75 }}>{t('workflow.source.sourceAlt', { alt: photo.sourceAlt })}</div> : null}
                {photo.sourceCaption ? (
                  <div data-testid="source-caption" style={{ fontSize: 12, opacity: 0.75 }}>
                    {t('workflow.source.sourceCaption', { caption: photo.sourceCaption })}
                  </div>
                ) : null}
                <label style={{ display: 'grid', gap: 2 }}>
                  {t('fields.alt')}
                  <input lang={language} name={`photo-alt-${photo.id}`} onChange={(e) => setPhotos(photos.map((p) => (p.id === photo.id ? { ...p, alt: e.target.value } : p)))} value={photo.alt} />
                </label>
                <label style={{ display: 'grid', gap: 2 }}>
                  {t('fields.caption')}
                  <textarea
                    lang={language}
                    name={`photo-caption-${photo.id}`}
                    onChange={(e) => setPhotos(photos.map((p) => (p.id === photo.id ? { ...p, caption: e.target.value } : p)))}
                    rows={2}
                    value={photo.caption}
                  />
                </label>
                <div style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
                  <button className="btn btn--style-secondary btn--size-small" data-testid="save-photo" onClick={() => void savePhoto(photo)} style={{ margin: 0 }} type="button">
                    {t('workflow.source.savePhoto')}
                  </button>
                  {saved[photo.id] ? <span role="status">{saved[photo.id]}</span> : null}
                </div>
              </div>
            ))
          : null}
      </div>
    </div>
  )
}
