/**
 * The item as a Word document, the way Vietnamese units hand news to a portal: Times New Roman,
 * the title, the summary, the body (headings, lists, links, quotes, bold and italic kept), the
 * photos with their captions and credits, the byline and date, and the approval line. Built with
 * the `docx` package from the item model and the Lexical body; no Payload import.
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, type ParagraphChild, TextRun } from 'docx'

import type { PublicItem } from '../feeds/model'

export type PackageImage = { alt: string; caption: string; credit: string; data: Buffer; height: number; type: 'jpg' | 'png'; width: number }

export type DocxInput = {
  approvalLine: string
  body: unknown
  dateLine: string
  images: PackageImage[]
  item: PublicItem
  labels: { photo: (credit: string) => string }
}

type LexicalNode = { children?: LexicalNode[]; format?: number | string; listType?: string; tag?: string; text?: string; type?: string; url?: string; fields?: { url?: string } }

const FONT = 'Times New Roman'
const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
}

/** Text runs (and links) of an inline tree; Lexical's format bits: 1 bold, 2 italic, 8 underline. */
function inline(nodes: LexicalNode[] = []): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const node of nodes) {
    if (typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0
      out.push(new TextRun({ bold: (format & 1) !== 0, italics: (format & 2) !== 0, text: node.text, underline: (format & 8) !== 0 ? {} : undefined }))
    } else if (node.type === 'linebreak') {
      out.push(new TextRun({ break: 1 }))
    } else if (node.type === 'link' || node.type === 'autolink') {
      const url = node.fields?.url ?? node.url
      const runs = (node.children ?? []).map((child) => new TextRun({ style: 'Hyperlink', text: child.text ?? '' }))
      out.push(url && /^https?:\/\//.test(url) ? new ExternalHyperlink({ children: runs, link: url }) : (runs[0] ?? new TextRun('')))
    } else if (node.children) {
      out.push(...inline(node.children))
    }
  }
  return out
}

/** Block paragraphs of the body. */
function blocks(nodes: LexicalNode[] = [], level = 0): Paragraph[] {
  const out: Paragraph[] = []
  for (const node of nodes) {
    if (node.type === 'heading') out.push(new Paragraph({ children: inline(node.children), heading: HEADINGS[node.tag ?? 'h2'] ?? HeadingLevel.HEADING_2 }))
    else if (node.type === 'list') {
      for (const item of node.children ?? []) {
        const nested = (item.children ?? []).filter((c) => c.type === 'list')
        const own = (item.children ?? []).filter((c) => c.type !== 'list')
        out.push(
          new Paragraph({
            children: inline(own),
            ...(node.listType === 'number' ? { numbering: { level, reference: 'numbered' } } : { bullet: { level } }),
          }),
        )
        out.push(...blocks(nested, level + 1))
      }
    } else if (node.type === 'quote') out.push(new Paragraph({ children: inline(node.children), indent: { left: 720 }, style: 'Quote' }))
    else if (node.type === 'paragraph') out.push(new Paragraph({ children: inline(node.children) }))
    else if (node.children) out.push(...blocks(node.children, level))
  }
  return out
}

/** Fit an image into the page's text width (16 cm), keeping its proportions. */
function fitted(image: PackageImage) {
  const maxWidth = 600
  const scale = Math.min(1, maxWidth / image.width)
  return { height: Math.round(image.height * scale), width: Math.round(image.width * scale) }
}

export async function buildDocx(input: DocxInput): Promise<Buffer> {
  const { item } = input
  const figures = input.images.flatMap((image) => [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ altText: { description: image.alt, name: image.alt || 'image', title: image.alt }, data: image.data, transformation: fitted(image), type: image.type })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ italics: true, text: [image.caption, image.credit ? input.labels.photo(image.credit) : ''].filter(Boolean).join(' ') })],
    }),
  ])
  const doc = new Document({
    creator: item.authors.join(', '),
    description: item.summary,
    numbering: {
      config: [
        {
          levels: [0, 1, 2, 3].map((level) => ({
            alignment: AlignmentType.START,
            format: 'decimal' as const,
            level,
            style: { paragraph: { indent: { hanging: 360, left: 720 * (level + 1) } } },
            text: `%${level + 1}.`,
          })),
          reference: 'numbered',
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ bold: true, size: 32, text: item.title })], heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ italics: true, text: input.dateLine })] }),
          ...(item.summary ? [new Paragraph({ children: [new TextRun({ bold: true, text: item.summary })] })] : []),
          ...figures.slice(0, 2),
          ...blocks(((input.body as { root?: LexicalNode } | null)?.root?.children ?? []) as LexicalNode[]),
          ...figures.slice(2),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ bold: true, text: item.authors.join(', ') })] }),
          new Paragraph({ children: [new TextRun({ italics: true, size: 22, text: input.approvalLine })] }),
        ],
        properties: { page: { margin: { bottom: 1134, left: 1701, right: 1134, top: 1134 } } },
      },
    ],
    styles: { default: { document: { run: { font: FONT, size: 26 } }, heading1: { run: { font: FONT } }, heading2: { run: { font: FONT } }, title: { run: { font: FONT } } } },
    title: item.title,
  })
  return Packer.toBuffer(doc)
}
