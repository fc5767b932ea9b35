import { withPayload } from '@payloadcms/next/withPayload'

import { nextConfigHeaders } from './src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return nextConfigHeaders()
  },
  poweredByHeader: false,
  // sharp and libsql are native; keep them out of the server bundle
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
