import sharp from 'sharp'

/**
 * Apply the EXIF orientation to the pixels and drop EXIF, GPS, XMP and IPTC metadata. sharp keeps
 * no metadata unless asked; the colour profile is kept so colours do not shift.
 * Throws when the bytes are not an image sharp can decode.
 */
export async function stripImageMetadata(input: Buffer, maxPixels?: number): Promise<Buffer> {
  const image = sharp(input, { failOn: 'error', ...(maxPixels ? { limitInputPixels: maxPixels } : {}) })
  const { format } = await image.metadata()
  const pipeline = image.rotate().keepIccProfile()
  if (format === 'jpeg') return pipeline.jpeg({ mozjpeg: true, quality: 90 }).toBuffer()
  if (format === 'png') return pipeline.png({ compressionLevel: 9 }).toBuffer()
  if (format === 'webp') return pipeline.webp({ quality: 90 }).toBuffer()
  return pipeline.toBuffer()
}
