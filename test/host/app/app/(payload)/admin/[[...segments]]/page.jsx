import { generatePageMetadata, RootPage } from '@payloadcms/next/views'

import config from '../../../../payload.config.js'
import { importMap } from '../importMap.js'

export const generateMetadata = ({ params, searchParams }) => generatePageMetadata({ config, params, searchParams })

const Page = ({ params, searchParams }) => RootPage({ config, importMap, params, searchParams })

export default Page
