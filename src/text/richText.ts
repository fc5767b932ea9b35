/** Plain text of a Lexical editor state: its text nodes, one paragraph (block) per line. Pure. */
export function richTextToPlainText(value: unknown): string {
  const blocks: string[] = []
  const inline = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { children?: unknown[]; text?: unknown; type?: string }
    if (typeof n.text === 'string') return n.text
    if (n.type === 'linebreak') return '\n'
    return (n.children ?? []).map(inline).join('')
  }
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { children?: unknown[]; type?: string }
    const children = n.children ?? []
    // a block holds text (or nothing); a container (root, list) holds blocks
    if (children.some((c) => c && typeof c === 'object' && ('text' in (c as object) || (c as { type?: string }).type === 'linebreak' || (c as { type?: string }).type === 'link'))) {
      blocks.push(inline(n).trim())
      return
    }
    if (n.type !== 'root' && children.length === 0) return
    children.forEach(walk)
  }
  if (value && typeof value === 'object') walk((value as { root?: unknown }).root)
  return blocks.filter(Boolean).join('\n')
}
