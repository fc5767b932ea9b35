import sharp from 'sharp'

/** A real 1600×900 JPEG, so the renditions (og, portal, card, thumbnail) are all made. */
export function makeJpegForBench(): Promise<Buffer> {
  return sharp({ create: { background: '#2a7ab0', channels: 3, height: 900, width: 1600 } }).jpeg({ quality: 80 }).toBuffer()
}
