import { LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'

/** The body, rendered by Payload's own Lexical JSX converter. */
export function RichBody({ data, homePath }: { data: unknown; homePath: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <RichText
      className="body"
      converters={({ defaultConverters }) => ({ ...defaultConverters, ...LinkJSXConverter({ internalDocToHref: () => homePath }) })}
      data={data as never}
      disableContainer={false}
    />
  )
}
