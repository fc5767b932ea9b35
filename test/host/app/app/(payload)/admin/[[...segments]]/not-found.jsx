import { generatePageMetadata, NotFoundPage } from '@payloadcms/next/views'

import config from '../../../../payload.config.js'
import { importMap } from '../importMap.js'

export const generateMetadata = ({ params, searchParams }) => generatePageMetadata({ config, params, searchParams })

const NotFound = ({ params, searchParams }) => NotFoundPage({ config, importMap, params, searchParams })

export default NotFound
