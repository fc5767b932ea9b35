/**
 * Build Lexical editor state from plain paragraphs, for demo content and tests. This writes the
 * editor's JSON, it does not render it (rendering uses Payload's converters).
 */
export type LexicalState = { root: Record<string, unknown> }

function textNode(text: string) {
  return { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }
}

export function paragraphs(...texts: string[]): LexicalState {
  return {
    root: {
      type: 'root',
      children: texts.map((text) => ({
        type: 'paragraph',
        children: [textNode(text)],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
      })),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
