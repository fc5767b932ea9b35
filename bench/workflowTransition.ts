/**
 * A workflow transition (machine check, four-eyes, content hash, state write, audit entry; the
 * e-mails go out after the answer) against
 * a plain Payload update of the same document, on the same SQLite database, in the same run.
 * Both sides alternate submit/request_changes style round trips on their own document.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload } from 'payload'

import { createDatabaseAdapter } from '../school/database'
import { createSchoolConfig } from '../school/config'
import { paragraphs } from '../school/seed/lexical'
import { flushNotifications, runWorkflowAction } from '../src'
import { internalContext } from '../src/workflow/context'
import { type BenchResult, measure } from './measure'

export async function benchWorkflowTransition(rounds = Number(process.env.BENCH_ROUNDS ?? 150)): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lechan-bench-wf-'))
  const config = await buildConfig(
    createSchoolConfig({
      db: createDatabaseAdapter({ file: path.join(dir, 'bench.db'), kind: 'sqlite' }, path.join(dir, 'migrations')),
      plugin: { media: { staticDir: path.join(dir, 'media') } },
      secret: 'bench',
    }),
  )
  const payload = await getPayload({ config, cron: false, key: 'bench-workflow' } as never)
  try {
    const make = (email: string, roles: string[]) => payload.create({ collection: 'users', data: { email, name: email, password: 'bench-password', roles } as never })
    const editor = await make('editor@bench.test', ['editor'])
    const leader = await make('leader@bench.test', ['leader'])
    const article = (title: string) =>
      payload.create({
        collection: 'articles',
        context: internalContext(),
        data: { author: editor.id, body: paragraphs('Nội dung.'), planArea: 'ocop', summary: 'Tóm tắt.', title } as never,
        draft: true,
      })
    const viaWorkflow = await article('Qua quy trình')
    const plain = await article('Cập nhật thường')
    let flip = false
    let plainFlip = false
    const result = await measure({
      baseline: async () => {
        plainFlip = !plainFlip
        await payload.update({
          collection: 'articles',
          context: internalContext(),
          data: { workflowState: plainFlip ? 'in_review' : 'changes_requested' } as never,
          draft: true,
          id: plain.id,
        })
      },
      candidate: async () => {
        flip = !flip
        await runWorkflowAction(
          payload,
          flip
            ? { action: 'submit', collection: 'articles', id: viaWorkflow.id, user: editor as never }
            : { action: 'request_changes', collection: 'articles', comment: 'Sửa lại', id: viaWorkflow.id, user: leader as never },
        )
      },
      rounds,
    })
    return [{ name: 'workflow-transition (runWorkflowAction / plain Payload update)', ...result }]
  } finally {
    await flushNotifications(payload)
    await payload.destroy()
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
