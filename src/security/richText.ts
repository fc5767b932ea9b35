/**
 * Rich text is checked against the editor's own node set before it is stored: Payload stores any
 * JSON in a rich-text field (and answers 500 to some shapes). Lexical's own parser, with the nodes
 * this field's editor has enabled, decides; what it cannot read is a 400 naming the field.
 */
import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { APIError, type CollectionBeforeOperationHook, type Field } from 'payload'

import { requestLanguage, translate } from '../i18n'

type Editor = ReturnType<typeof createHeadlessEditor>
const editors = new WeakMap<object, Editor>()

/** Rich-text fields stored at the top level of a document (inside rows, collapsibles, unnamed tabs too). */
function richTextFields(fields: readonly Field[]): Array<Field & { name: string }> {
  const found: Array<Field & { name: string }> = []
  for (const field of fields) {
    if (field.type === 'richText') found.push(field as Field & { name: string })
    else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) found.push(...richTextFields(field.fields))
    else if (field.type === 'tabs') for (const tab of field.tabs) if (!('name' in tab && tab.name)) found.push(...richTextFields(tab.fields))
  }
  return found
}

function editorFor(field: Field): Editor | null {
  const config = (field as { editor?: { editorConfig?: SanitizedServerEditorConfig } }).editor?.editorConfig
  if (!config) return null
  let editor = editors.get(config)
  if (!editor) {
    editor = createHeadlessEditor({
      nodes: getEnabledNodes({ editorConfig: config }),
      onError: (error) => {
        throw error
      },
    })
    editors.set(config, editor)
  }
  return editor
}

/** Why `value` is not rich text this editor can store, or null when it is. */
export function richTextProblem(editor: Editor, value: unknown): { detail?: string; reason: string; type?: string } | null {
  if (value === null || value === undefined) return null
  const root = (value as { root?: { children?: unknown; type?: unknown } }).root
  if (typeof value !== 'object' || Array.isArray(value) || !root || root.type !== 'root' || !Array.isArray(root.children)) {
    return { reason: 'errors.richTextShape' }
  }
  try {
    editor.parseEditorState(value as never)
    return null
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // "type "x" not found" in development; "Minified Lexical error #17 … ?code=17&v=x" in production
    const type = /type "([^"]+)"/.exec(message)?.[1] ?? (/[?&]code=17&v=([^&\s]+)/.exec(message)?.[1] ? decodeURIComponent(/[?&]code=17&v=([^&\s]+)/.exec(message)![1]!) : undefined)
    if (type) return { reason: 'errors.richTextNode', type }
    return { detail: message.slice(0, 160), reason: 'errors.richTextInvalid' }
  }
}

export const validateRichTextInput: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  for (const field of richTextFields(collection.fields)) {
    if (!(field.name in data)) continue
    const editor = editorFor(field)
    const problem = editor && richTextProblem(editor, data[field.name])
    if (problem) {
      const language = requestLanguage(args.req)
      const reason = translate(language, problem.reason, problem)
      throw new APIError(translate(language, 'errors.badRichText', { field: field.name, reason }), 400, { field: field.name, ...problem }, true)
    }
  }
  return args
}
