import type { PublicItem } from '../../../src/feeds/model'
import { formatDate, sitePath } from '../format'
import { srcSetOf } from './Figure'

/** One item in a list: picture, title (the link), date and summary. */
export function ItemCard({ item, publicUrl }: { item: PublicItem; publicUrl: string }) {
  const image = item.images[0]
  const thumb = image?.renditions.find((r) => r.name === 'card') ?? image?.original
  return (
    <li className="card">
      {image && thumb ? (
        <img
          alt={image.alt}
          height={thumb.height}
          loading="lazy"
          sizes="(max-width: 700px) 100vw, 360px"
          src={sitePath(thumb.url, publicUrl)}
          srcSet={srcSetOf(image, publicUrl, ['thumbnail', 'card'])}
          width={thumb.width}
        />
      ) : null}
      <h3>
        <a href={sitePath(item.url, publicUrl)}>{item.title}</a>
      </h3>
      <p className="meta">
        <time dateTime={item.published.toISOString()}>{formatDate(item.language, item.published)}</time>
        {item.category ? <> · {item.category.name}</> : null}
      </p>
      {item.summary ? <p>{item.summary}</p> : null}
    </li>
  )
}

export function ItemList({ items, publicUrl }: { items: PublicItem[]; publicUrl: string }) {
  return (
    <ul className="cards">
      {items.map((item) => (
        <ItemCard item={item} key={item.key} publicUrl={publicUrl} />
      ))}
    </ul>
  )
}
