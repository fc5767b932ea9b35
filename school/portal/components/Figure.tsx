import type { ItemImage } from '../../../src/feeds/model'
import { sitePath, t } from '../format'

const SRCSET_ORDER = ['thumbnail', 'card', 'portal']
const CREDIT_PREFIX = /^\s*(ảnh|photo|photos|ảnh chụp|nguồn ảnh)\s*:/iu

/** `srcset` from the named renditions that exist, smallest first. */
export function srcSetOf(image: ItemImage, publicUrl: string, names: readonly string[] = SRCSET_ORDER): string | undefined {
  const parts = names
    .map((name) => image.renditions.find((r) => r.name === name))
    .filter((r): r is NonNullable<typeof r> => Boolean(r?.width))
    .map((r) => `${sitePath(r.url, publicUrl)} ${r.width}w`)
  return parts.length ? parts.join(', ') : undefined
}

/** An image from its renditions, with `srcset`, and alt text and caption in the page's language. */
export function Figure({ image, language, priority = false, publicUrl, sizes }: { image: ItemImage; language: string; priority?: boolean; publicUrl: string; sizes: string }) {
  const fallback = image.renditions.find((r) => r.name === 'card') ?? image.original
  // a credit already written as "Ảnh: …" or "Photo: …" is shown as it is, not as "Ảnh: Ảnh: …"
  const credit = !image.credit ? '' : CREDIT_PREFIX.test(image.credit) ? image.credit : t(language, 'photo', { credit: image.credit })
  return (
    <figure className="figure">
      <img
        alt={image.alt}
        decoding="async"
        height={fallback.height}
        loading={priority ? 'eager' : 'lazy'}
        sizes={sizes}
        src={sitePath(fallback.url, publicUrl)}
        srcSet={srcSetOf(image, publicUrl)}
        width={fallback.width}
      />
      {image.caption || credit ? (
        <figcaption>
          {image.caption}
          {image.caption && credit ? ' ' : ''}
          {credit ? <span className="credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
