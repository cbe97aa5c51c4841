import {describe, expect, it} from 'vitest'
import {annotationsOf, parseKeyValueFile, parseWorkflowCommands} from './workflow-commands.js'

describe('workflow command parsing (the harness reads what the runner reads)', () => {
  it('reads annotations with escaped properties and messages', () => {
    const stdout = [
      'plain log line',
      '::add-mask::s3cr3t',
      '::group::Reading logs',
      '::error file=src/a%2Cb.ts,line=12,col=3,title=TS2322%3A bad::Type %25 mismatch%0Asecond line',
      '::endgroup::',
      '::warning::no permission'
    ].join('\n')
    const commands = parseWorkflowCommands(stdout)
    expect(commands.map(c => c.command)).toEqual([
      'add-mask',
      'group',
      'error',
      'endgroup',
      'warning'
    ])
    expect(annotationsOf(commands)).toEqual([
      {
        level: 'error',
        message: 'Type % mismatch\nsecond line',
        file: 'src/a,b.ts',
        line: 12,
        endLine: undefined,
        col: 3,
        title: 'TS2322: bad'
      },
      {
        level: 'warning',
        message: 'no permission',
        file: undefined,
        line: undefined,
        endLine: undefined,
        col: undefined,
        title: undefined
      }
    ])
  })

  it('reads GITHUB_OUTPUT heredocs and plain pairs', () => {
    const text = 'a=1\nfailures<<ghadelimiter_x\n[\n  {"x": 1}\n]\nghadelimiter_x\nb=two=2\n'
    expect(parseKeyValueFile(text)).toEqual({a: '1', failures: '[\n  {"x": 1}\n]', b: 'two=2'})
  })

  it('refuses an unterminated heredoc instead of guessing', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow(/unterminated heredoc for 'x'/)
  })
})
