import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { requestLanguage, translate } from '../i18n'
import { stripImageMetadata } from './stripImageMetadata'

export const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1)

/**
 * Runs before Payload stores an upload: refuses empty, oversized and undecodable files with a
 * message the uploader can act on, and replaces the file with a copy whose orientation is applied
 * and whose EXIF/GPS/XMP metadata is gone. It must run here: by beforeValidate the original has
 * already been read for the renditions and would be stored as uploaded.
 */
export function guardUpload(maxBytes: number, maxPixels: number): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const language = requestLanguage(req)
    const size = file.size ?? file.data?.length ?? 0
    if (!file.data || size === 0 || file.data.length === 0) {
      throw new APIError(translate(language, 'errors.emptyFile'), 400, null, true)
    }
    if (size > maxBytes) {
      throw new APIError(
        translate(language, 'errors.fileTooLarge', { max: megabytes(maxBytes), size: megabytes(size) }),
        413,
        null,
        true,
      )
    }
    // the header says how large the image is; nothing is decoded before it is checked
    const { height = 0, width = 0 } = await sharp(file.data)
      .metadata()
      .catch(() => ({ height: 0, width: 0 }))
    if (width * height > maxPixels) {
      const megapixels = (n: number) => (n / 1_000_000).toFixed(1)
      throw new APIError(translate(language, 'errors.tooManyPixels', { height, max: megapixels(maxPixels), megapixels: megapixels(width * height), width }), 413, { height, width }, true)
    }
    let cleaned: Buffer
    try {
      cleaned = await stripImageMetadata(file.data, maxPixels)
    } catch {
      throw new APIError(translate(language, 'errors.notAnImage', { name: file.name }), 400, null, true)
    }
    file.data = cleaned
    file.size = cleaned.length
    return args
  }
}
