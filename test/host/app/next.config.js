import { withPayload } from '@payloadcms/next/withPayload'

export default withPayload({ serverExternalPackages: ['sharp', 'libsql', '@libsql/client'] }, { devBundleServerPackages: false })
