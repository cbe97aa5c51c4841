// The model's tools on a real temporary workspace, called through dispatchTool
// as the fix loop calls them.
import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {
  createModelTools,
  toolDefinitions,
  type ModelTools,
  type WorkspaceTools
} from '../../../src/edges/workspace/index.js'

const SECRET = 'sk-ant-planted-secret-424242'

let base: string
let root: string
let tools: ModelTools
let testRuns: number

async function put(path: string, content: string | Buffer): Promise<void> {
  await mkdir(join(root, path, '..'), {recursive: true})
  await writeFile(join(root, path), content)
}

function make(overrides: Partial<WorkspaceTools> = {}): ModelTools {
  return createModelTools({
    root,
    protectedGlobs: ['**/auth/**', 'package-lock.json'],
    secrets: [SECRET],
    runAffectedTest: async () => {
      testRuns++
      return `1 failed: expected 2, received 3 (key ${SECRET})`
    },
    maxReadBytes: 4_000,
    maxListEntries: 50,
    ...overrides
  })
}

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-tools-')))
  root = join(base, 'repo')
  await mkdir(root)
  testRuns = 0
  await put('package.json', '{"name":"demo"}\n')
  await put('package-lock.json', '{}\n')
  await put(
    'src/math.ts',
    'export function add(a: number, b: number): number {\n  return a - b\n}\n'
  )
  await put('src/dup.ts', 'const x = 1\nconst y = 2\nconst x2 = 1\n')
  await put('src/auth/login.ts', 'export const login = true\n')
  await put('src/config.ts', `export const key = '${SECRET}'\n`)
  await put('test/math.test.ts', "import {add} from '../src/math'\n")
  await put('node_modules/dep/index.js', 'export const add = 1\n')
  await put('dist/math.js', 'add\n')
  await put('.git/config', '[core]\n')
  await put('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]))
  await writeFile(join(base, 'outside.txt'), 'outside\n')
  tools = make()
})
afterEach(async () => {
  await rm(base, {recursive: true, force: true})
})

describe('list_files', () => {
  it('lists the tree, skipping .git, dependencies and build output', async () => {
    const result = await tools.dispatchTool('list_files', {})
    expect(result.isError).toBe(false)
    const lines = result.text.split('\n')
    expect(lines).toContain('src/')
    expect(lines).toContain('src/math.ts')
    expect(lines).toContain('package.json')
    expect(result.text).not.toMatch(/node_modules|dist\/|\.git\//)
    expect(result.text).not.toContain(base)
  })

  it('respects depth and the entry bound', async () => {
    const shallow = await tools.dispatchTool('list_files', {path: '.', depth: 1})
    expect(shallow.text).toContain('src/')
    expect(shallow.text).not.toContain('src/math.ts')
    for (let i = 0; i < 80; i++) await put(`many/f${String(i).padStart(3, '0')}.txt`, 'x\n')
    const bounded = await tools.dispatchTool('list_files', {path: 'many'})
    expect(bounded.text.split('\n').filter(l => l.startsWith('many/'))).toHaveLength(50)
    expect(bounded.text).toMatch(/30 more entries not shown/)
  })

  it('refuses paths outside the workspace', async () => {
    const result = await tools.dispatchTool('list_files', {path: '..'})
    expect(result).toEqual({isError: true, text: expect.stringMatching(/leaves the workspace/)})
  })
})

describe('read_file', () => {
  it('returns numbered lines and ranges', async () => {
    const all = await tools.dispatchTool('read_file', {path: 'src/math.ts'})
    expect(all.isError).toBe(false)
    expect(all.text).toBe(
      'src/math.ts (lines 1-3 of 3)\n1\texport function add(a: number, b: number): number {\n2\t  return a - b\n3\t}'
    )
    const range = await tools.dispatchTool('read_file', {
      path: 'src/math.ts',
      start_line: 2,
      end_line: 2
    })
    expect(range.text).toBe('src/math.ts (lines 2-2 of 3)\n2\t  return a - b')
    const past = await tools.dispatchTool('read_file', {path: 'src/math.ts', start_line: 9})
    expect(past).toEqual({isError: true, text: expect.stringMatching(/has 3 lines/)})
  })

  it('bounds the output and says where to continue', async () => {
    await put('big.txt', Array.from({length: 2000}, (_, i) => `line number ${i + 1}`).join('\n'))
    const result = await tools.dispatchTool('read_file', {path: 'big.txt'})
    expect(result.isError).toBe(false)
    expect(Buffer.byteLength(result.text)).toBeLessThan(4_500)
    expect(result.text).toMatch(/call read_file with start_line=\d+ to continue/)
  })

  it('refuses binary files, .git, escapes and symlinks out', async () => {
    await symlink('/etc/passwd', join(root, 'passwd'))
    expect((await tools.dispatchTool('read_file', {path: 'assets/logo.png'})).text).toMatch(
      /binary/
    )
    expect((await tools.dispatchTool('read_file', {path: '.git/config'})).isError).toBe(true)
    expect((await tools.dispatchTool('read_file', {path: '../outside.txt'})).isError).toBe(true)
    expect((await tools.dispatchTool('read_file', {path: join(base, 'outside.txt')})).isError).toBe(
      true
    )
    expect((await tools.dispatchTool('read_file', {path: 'passwd'})).text).toMatch(/symbolic link/)
    expect((await tools.dispatchTool('read_file', {path: 'nope.ts'})).text).toMatch(/Not found/)
  })

  it('redacts secrets from file contents', async () => {
    const result = await tools.dispatchTool('read_file', {path: 'src/config.ts'})
    expect(result.text).not.toContain(SECRET)
    expect(result.text).toContain("export const key = '***'")
  })
})

describe('search_text', () => {
  it('finds literal text with file and line, skipping dependencies and build output', async () => {
    const result = await tools.dispatchTool('search_text', {pattern: 'add'})
    expect(result.isError).toBe(false)
    expect(result.text).toContain(
      'src/math.ts:1: export function add(a: number, b: number): number {'
    )
    expect(result.text).toContain("test/math.test.ts:1: import {add} from '../src/math'")
    expect(result.text).not.toMatch(/node_modules|dist\//)
  })

  it('supports regular expressions, globs and case-insensitivity', async () => {
    const re = await tools.dispatchTool('search_text', {
      pattern: 'const x\\d?',
      regex: true,
      path_glob: 'src/**'
    })
    expect(re.text.split('\n')).toEqual(['src/dup.ts:1: const x = 1', 'src/dup.ts:3: const x2 = 1'])
    const glob = await tools.dispatchTool('search_text', {
      pattern: 'ADD',
      case_sensitive: false,
      path_glob: '*.test.ts'
    })
    expect(glob.text.split('\n')).toEqual(["test/math.test.ts:1: import {add} from '../src/math'"])
    const bad = await tools.dispatchTool('search_text', {pattern: '(', regex: true})
    expect(bad).toEqual({isError: true, text: expect.stringMatching(/Invalid regular expression/)})
    // Patterns that backtrack catastrophically in JavaScript's engine finish at once in RE2
    // (the test would hang, not pass, if they did not).
    await put('src/indented.ts', `${' '.repeat(40)}x\n${'a'.repeat(40)}!\n`)
    const nested = await tools.dispatchTool('search_text', {pattern: '(.|\\s)*import', regex: true})
    expect(nested.isError).toBe(false)
    expect(nested.text).not.toContain('src/indented.ts')
    const redos = await tools.dispatchTool('search_text', {pattern: '(a+)+$', regex: true})
    expect(redos.isError).toBe(false)
    expect(redos.text).not.toContain('src/indented.ts')
    const lookbehind = await tools.dispatchTool('search_text', {pattern: '(?<=a)b', regex: true})
    expect(lookbehind).toEqual({isError: true, text: expect.stringMatching(/RE2 syntax/)})
    const none = await tools.dispatchTool('search_text', {pattern: 'zzz-nothing'})
    expect(none.text).toMatch(/No matches/)
  })

  it('refuses to read a FIFO instead of waiting on it forever', async () => {
    execFileSync('mkfifo', [join(root, 'pipe')])
    const read = await tools.dispatchTool('read_file', {path: 'pipe'})
    expect(read).toEqual({isError: true, text: expect.stringMatching(/not a regular file/)})
    const edit = await tools.dispatchTool('replace_in_file', {
      path: 'pipe',
      old_string: 'a',
      new_string: 'b'
    })
    expect(edit).toEqual({isError: true, text: expect.stringMatching(/not a regular file/)})
  })

  it('bounds the number of matches and skips big files', async () => {
    const bounded = make({maxSearchMatches: 5, maxFileBytes: 10_000})
    await put('many.txt', Array.from({length: 40}, () => 'needle').join('\n'))
    await put('huge.txt', `needle\n${'x'.repeat(20_000)}`)
    const result = await bounded.dispatchTool('search_text', {pattern: 'needle'})
    expect(result.text.split('\n').filter(l => l.startsWith('many.txt:'))).toHaveLength(5)
    expect(result.text).toMatch(/35 more matches not shown/)
    expect(result.text).not.toContain('huge.txt:')
    expect(result.text).toMatch(/1 files larger than 10000 bytes were not searched/)
  })

  it('redacts secrets from matches', async () => {
    const result = await tools.dispatchTool('search_text', {pattern: 'key'})
    expect(result.text).toContain("src/config.ts:1: export const key = '***'")
    expect(result.text).not.toContain(SECRET)
  })
})

describe('replace_in_file', () => {
  it('replaces exactly one occurrence and records the file', async () => {
    const result = await tools.dispatchTool('replace_in_file', {
      path: 'src/math.ts',
      old_string: 'return a - b',
      new_string: 'return a + b'
    })
    expect(result).toEqual({
      isError: false,
      text: 'Replaced 1 occurrence in src/math.ts at line 2.'
    })
    expect(await readFile(join(root, 'src/math.ts'), 'utf8')).toContain('return a + b')
    expect(tools.writtenFiles()).toEqual(['src/math.ts'])
  })

  it('explains a missing or repeated old_string and changes nothing', async () => {
    const missing = await tools.dispatchTool('replace_in_file', {
      path: 'src/math.ts',
      old_string: 'return a * b',
      new_string: 'x'
    })
    expect(missing.isError).toBe(true)
    expect(missing.text).toMatch(/not found in src\/math\.ts/)
    const repeated = await tools.dispatchTool('replace_in_file', {
      path: 'src/dup.ts',
      old_string: '= 1',
      new_string: '= 3'
    })
    expect(repeated.isError).toBe(true)
    expect(repeated.text).toMatch(/found 2 times in src\/dup\.ts \(at lines 1, 3\)/)
    expect(await readFile(join(root, 'src/dup.ts'), 'utf8')).toBe(
      'const x = 1\nconst y = 2\nconst x2 = 1\n'
    )
    expect(tools.writtenFiles()).toEqual([])
  })

  it('matches LF text in a CRLF file and keeps its line endings', async () => {
    await put('win.txt', 'one\r\ntwo\r\nthree\r\n')
    const result = await tools.dispatchTool('replace_in_file', {
      path: 'win.txt',
      old_string: 'one\ntwo',
      new_string: 'one\n2'
    })
    expect(result.isError).toBe(false)
    expect(await readFile(join(root, 'win.txt'), 'utf8')).toBe('one\r\n2\r\nthree\r\n')
  })

  it('refuses protected paths and .github/workflows', async () => {
    await put('.github/workflows/ci.yml', 'on: push\n')
    const auth = await tools.dispatchTool('replace_in_file', {
      path: 'src/auth/login.ts',
      old_string: 'true',
      new_string: 'false'
    })
    expect(auth).toEqual({isError: true, text: expect.stringMatching(/protected path/)})
    const workflow = await tools.dispatchTool('replace_in_file', {
      path: '.github/workflows/ci.yml',
      old_string: 'push',
      new_string: 'pull_request'
    })
    expect(workflow.isError).toBe(true)
    expect(await readFile(join(root, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n')
    expect(tools.writtenFiles()).toEqual([])
  })
})

describe('write_file', () => {
  it('creates parent directories and records the file', async () => {
    const result = await tools.dispatchTool('write_file', {
      path: 'src/new/deep/util.ts',
      content: 'export {}\n'
    })
    expect(result).toEqual({isError: false, text: 'Created src/new/deep/util.ts (10 bytes).'})
    expect(await readFile(join(root, 'src/new/deep/util.ts'), 'utf8')).toBe('export {}\n')
    await tools.dispatchTool('write_file', {path: 'src/math.ts', content: 'x\n'})
    expect(tools.writtenFiles()).toEqual(['src/math.ts', 'src/new/deep/util.ts'])
    tools.clearWritten()
    expect(tools.writtenFiles()).toEqual([])
  })

  it('refuses workflows, protected paths, .git, escapes and protected targets behind a symlink', async () => {
    await symlink('package-lock.json', join(root, 'innocent.json'))
    await symlink(base, join(root, 'up'))
    const refused = [
      '.github/workflows/evil.yml',
      '.github/workflows/../workflows/evil.yml',
      'package-lock.json',
      'src/auth/new.ts',
      '.git/hooks/pre-commit',
      '../escape.txt',
      '/tmp/ci-medic-escape.txt',
      'innocent.json',
      'up/escape.txt'
    ]
    for (const path of refused) {
      const result = await tools.dispatchTool('write_file', {path, content: 'pwned\n'})
      expect(result.isError, path).toBe(true)
    }
    expect(await readFile(join(root, 'package-lock.json'), 'utf8')).toBe('{}\n')
    await expect(readFile(join(base, 'escape.txt'), 'utf8')).rejects.toThrow()
    expect(tools.writtenFiles()).toEqual([])
  })
})

describe('run_affected_test and dispatch', () => {
  it('runs the affected test and redacts its output', async () => {
    const result = await tools.dispatchTool('run_affected_test', {})
    expect(result).toEqual({isError: false, text: '1 failed: expected 2, received 3 (key ***)'})
    expect(testRuns).toBe(1)
  })

  it('turns a throwing test runner into a tool error', async () => {
    const failing = make({
      runAffectedTest: async () => {
        throw new Error(`runner broke with ${SECRET}`)
      }
    })
    expect(await failing.dispatchTool('run_affected_test', {})).toEqual({
      isError: true,
      text: 'runner broke with ***'
    })
  })

  it('reports unknown tools and invalid input as tool errors', async () => {
    const unknown = await tools.dispatchTool('bash', {command: 'cat /etc/passwd'})
    expect(unknown).toEqual({isError: true, text: expect.stringMatching(/Unknown tool "bash"/)})
    const invalid = await tools.dispatchTool('read_file', {path: 'src/math.ts', start_line: 0})
    expect(invalid.isError).toBe(true)
    expect(invalid.text).toMatch(/Invalid input for read_file/)
    const missing = await tools.dispatchTool('write_file', {path: 'x.ts'})
    expect(missing.isError).toBe(true)
    expect((await tools.dispatchTool('list_files', null)).isError).toBe(false)
  })

  it('describes every tool for the Messages API', () => {
    const definitions = toolDefinitions()
    expect(definitions.map(d => d.name)).toEqual([
      'list_files',
      'read_file',
      'search_text',
      'replace_in_file',
      'write_file',
      'run_affected_test'
    ])
    const replace = definitions.find(d => d.name === 'replace_in_file')!
    expect(replace.input_schema.type).toBe('object')
    expect(replace.input_schema.required).toEqual(['path', 'old_string', 'new_string'])
    expect(definitions.find(d => d.name === 'run_affected_test')!.input_schema).toEqual({
      type: 'object',
      properties: {}
    })
  })
})
