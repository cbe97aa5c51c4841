import {spawn} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPO_ROOT} from '../harness/run-action.js'

function runChild(): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'test/runtime/stdout-child.ts')],
      {cwd: REPO_ROOT, env: {PATH: process.env.PATH ?? ''}, stdio: ['ignore', 'pipe', 'pipe']}
    )
    const out: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', code => resolve({code, stdout: Buffer.concat(out).toString('utf8'), stderr}))
  })
}

describe('writeStdout (the step stdout without process.stdout)', () => {
  it('writes every byte, in order with what process.stdout writes, to a pipe', async () => {
    const run = await runChild()
    expect(run.code, run.stderr).toBe(0)
    const expected = ['first ✓', 'second']
    for (let i = 0; i < 20; i++) {
      expected.push(`direct ${i}`, `stream ${i}`)
      if (i === 10) expected.push('é'.repeat(150_000))
    }
    expected.push('last')
    expect(run.stdout).toBe(expected.join('\n') + '\n')
  })
})
