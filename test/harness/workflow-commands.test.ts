import {describe, expect, it} from 'vitest'
import {
  annotationsOf,
  parseKeyValueFile,
  parseWorkflowCommands,
  readAsRunner
} from './workflow-commands.js'

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

  it('ends a line at a lone CR, as the runner does', () => {
    expect(
      parseWorkflowCommands('progress 50%\r::warning::after a CR').map(c => c.message)
    ).toEqual(['after a CR'])
  })

  it('trims .NET whitespace before ::, and not U+FEFF', () => {
    const read = (line: string): string[] => parseWorkflowCommands(line).map(c => c.command)
    expect(read(' \t\u0085\u00a0\u2028\u3000::warning::x')).toEqual(['warning'])
    expect(read('\ufeff::warning::x')).toEqual([])
    expect(read('> ::warning::x')).toEqual([])
  })

  it('runs ##[command] anywhere in a line (the v1 form)', () => {
    const [command] = parseWorkflowCommands('built ##[error file=a%3Bb.ts;line=3]broken')
    expect(command).toEqual({
      command: 'error',
      properties: {file: 'a;b.ts', line: '3'},
      message: 'broken'
    })
    expect(parseWorkflowCommands('# #[error]x ##x[warning]y')).toEqual([])
  })

  it('runs registered commands only, any case, and decodes upper-case escapes only', () => {
    const commands = parseWorkflowCommands(
      ['::nope::x', '::WARNING::a%0Ab', '::set-output name=x::1', '::debug::%0a'].join('\n')
    )
    expect(commands).toEqual([
      {command: 'WARNING', properties: {}, message: 'a\nb'},
      {command: 'set-output', properties: {name: 'x'}, message: '1'},
      {command: 'debug', properties: {}, message: '%0a'}
    ])
  })

  it('runs nothing between stop-commands and its token, and prints those lines', () => {
    const reading = readAsRunner(
      [
        '::stop-commands::t0k',
        '::warning::held',
        '##[error]held',
        '::T0K::',
        '::warning::ran'
      ].join('\n')
    )
    expect(reading.commands.map(c => `${c.command}:${c.message}`)).toEqual([
      'stop-commands:t0k',
      'T0K:',
      'warning:ran'
    ])
    expect(reading.lines).toEqual(['::warning::held', '##[error]held'])
  })

  it('reads GITHUB_OUTPUT heredocs and plain pairs', () => {
    const text = 'a=1\nfailures<<ghadelimiter_x\n[\n  {"x": 1}\n]\nghadelimiter_x\nb=two=2\n'
    expect(parseKeyValueFile(text)).toEqual({a: '1', failures: '[\n  {"x": 1}\n]', b: 'two=2'})
  })

  it('refuses an unterminated heredoc instead of guessing', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow(/unterminated heredoc for 'x'/)
  })
})
