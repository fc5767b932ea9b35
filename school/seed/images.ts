import sharp from 'sharp'

import type { SeedImage } from './content'

/** Decimal degrees to EXIF's degrees/minutes/seconds rationals: 20.958 → "20/1 57/1 2880/100". */
function toExifDms(value: number): string {
  const abs = Math.abs(value)
  const degrees = Math.floor(abs)
  const minutes = Math.floor((abs - degrees) * 60)
  const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100)
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`
}

/**
 * A real JPEG for a demo image: a two-colour gradient with a few shapes, so renditions and focal
 * points have something to show. One demo image carries camera EXIF with GPS, as phone photos do,
 * so the stripping on upload can be seen.
 */
export async function makeDemoImage(image: SeedImage): Promise<Buffer> {
  const { colors, height, width } = image
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${Math.round(width * 0.68)}" cy="${Math.round(height * 0.4)}" r="${Math.round(height * 0.22)}" fill="#ffffff" fill-opacity="0.28"/>
    <path d="M0 ${Math.round(height * 0.8)} Q ${Math.round(width * 0.3)} ${Math.round(height * 0.6)} ${Math.round(width * 0.55)} ${Math.round(height * 0.78)} T ${width} ${Math.round(height * 0.7)} V ${height} H 0 Z" fill="#000000" fill-opacity="0.22"/>
  </svg>`
  let pipeline = sharp(Buffer.from(svg)).jpeg({ quality: 82 })
  if (image.gps) {
    pipeline = pipeline.withExif({
      IFD0: { Make: 'Demo Phone', Model: 'LC-2026', Software: 'Lê Chân seed' },
      IFD3: {
        GPSLatitude: toExifDms(image.gps.lat),
        GPSLatitudeRef: image.gps.lat >= 0 ? 'N' : 'S',
        GPSLongitude: toExifDms(image.gps.lon),
        GPSLongitudeRef: image.gps.lon >= 0 ? 'E' : 'W',
      },
    })
  }
  return pipeline.toBuffer()
}
