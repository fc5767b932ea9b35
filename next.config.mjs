import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // sharp and libsql are native; keep them out of the server bundle
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
