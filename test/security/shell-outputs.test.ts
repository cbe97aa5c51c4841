// Issue #10 item 3: an expression in a `run:` script is pasted into the
// script before the shell sees it, so `${{ steps.classify.outputs.summary }}`
// there runs whatever a failing test's name says. ci-medic's outputs carry
// text from logs, test reports and Sentry; so do event fields (a branch name,
// an issue title, a comment). Every workflow and every YAML example here
// hands them to the shell through `env:` instead, and this test keeps it so:
// it reads each `run:` value of .github/workflows, the action metadata,
// examples/ and the fenced YAML of README.md and docs/, and names the file
// and line of each offending expression.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {isPair, isScalar, LineCounter, parseAllDocuments, visit} from 'yaml'
import {REPO_ROOT} from '../harness/run-action.js'

/**
 * What a `run:` script may not expand: any step, job or action output, the
 * event payload (branch names, titles, bodies, commit messages: anyone who
 * can open a PR or an issue writes them), and the head branch.
 */
const UNTRUSTED = /\boutputs\b|\bgithub\s*\.\s*event\b|\bgithub\s*\[\s*'event'|\bhead_ref\b/

interface Finding {
  file: string
  line: number
  expression: string
}

/** Every untrusted `${{ }}` in a `run:` value of one YAML text, its line counted from `firstLine`. */
function findInYaml(file: string, text: string, firstLine = 1): Finding[] {
  const counter = new LineCounter()
  const docs = parseAllDocuments(text, {lineCounter: counter})
  const findings: Finding[] = []
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length)
      throw new Error(`${file}:${firstLine}: not valid YAML: ${doc.errors[0]?.message}`)
    visit(doc, {
      Pair(_, pair) {
        if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'run') return
        if (!isScalar(pair.value) || !pair.value.range) return
        const [start, end] = pair.value.range
        // The source as written (block, folded or quoted), so lines count true.
        for (const m of text.slice(start, end).matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
          if (!UNTRUSTED.test(m[1] ?? '')) continue
          const {line} = counter.linePos(start + (m.index ?? 0))
          findings.push({file, line: firstLine + line - 1, expression: m[0].replace(/\s+/g, ' ')})
        }
      }
    })
  }
  return findings
}

/** The fenced ```yaml / ```yml blocks of a markdown text, each with the line its YAML starts on. */
function yamlBlocks(markdown: string): {line: number; text: string}[] {
  const blocks: {line: number; text: string}[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ya?ml)\b/i.exec(lines[i] ?? '')
    if (!open) continue
    const [, indent = '', fence = ''] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence); j++)
      body.push((lines[j] ?? '').startsWith(indent) ? (lines[j] ?? '').slice(indent.length) : '')
    blocks.push({line: i + 2, text: body.join('\n')})
    i = j
  }
  return blocks
}

function filesUnder(dir: string, extensions: RegExp): string[] {
  const root = join(REPO_ROOT, dir)
  if (!existsSync(root)) return []
  return readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter(f => extensions.test(f))
    .map(f => join(root, f))
}

function scan(path: string): Finding[] {
  const file = relative(REPO_ROOT, path)
  const text = readFileSync(path, 'utf8')
  if (/\.md$/i.test(path))
    return yamlBlocks(text).flatMap(block => findInYaml(file, block.text, block.line))
  return findInYaml(file, text)
}

const SCANNED = [
  join(REPO_ROOT, 'README.md'),
  join(REPO_ROOT, 'action.yml'),
  ...filesUnder('actions', /action\.ya?ml$/),
  ...filesUnder('docs', /\.md$/i),
  ...filesUnder('examples', /\.(ya?ml|md)$/i),
  ...filesUnder('.github/workflows', /\.ya?ml$/)
]

describe('no untrusted expression inside a run: script', () => {
  it('scans the workflows, the action metadata and the README at least', () => {
    const names = SCANNED.map(f => relative(REPO_ROOT, f))
    expect(names).toEqual(expect.arrayContaining(['README.md', 'action.yml']))
    expect(names.filter(n => n.startsWith('.github/workflows/')).length).toBeGreaterThan(0)
    expect(
      SCANNED.flatMap(f => (/\.md$/.test(f) ? yamlBlocks(readFileSync(f, 'utf8')) : []))
    ).not.toHaveLength(0)
  })

  it.each(SCANNED.map(f => [relative(REPO_ROOT, f), f]))('%s', (_, path) => {
    const findings = scan(path).map(
      f => `${f.file}:${f.line}: ${f.expression} in run: (pass it through env: instead)`
    )
    expect(findings).toEqual([])
  })
})

describe('the scanner', () => {
  const workflow = [
    'on: issue_comment', //                                       1
    'jobs:', //                                                   2
    '  j:', //                                                    3
    '    steps:', //                                              4
    '      - id: classify', //                                    5
    '        uses: ./actions/classify', //                        6
    '      - run: echo "${{ steps.classify.outputs.summary }}"', //   7
    '      - run: |', //                                          8
    '          echo ok', //                                       9
    '          echo "${{ github.event.comment.body }}"', //      10
    '          echo "${{ needs.a.outputs.b }}" "${{ github.head_ref }}"', // 11
    '      - run: >-', //                                        12
    '          echo "${{ fromJSON(steps.c.outputs.failures)[0].test }}"', // 13
    "      - run: 'echo ${{ github.event[''issue''].title }}'", // 14
    '      - run: echo "$SUMMARY" ${{ runner.temp }} ${{ github.event_name }}', // 15
    '        env:', //                                           16
    '          SUMMARY: ${{ steps.classify.outputs.summary }}', // 17
    '        with:', //                                          18
    '          x: ${{ github.event.issue.title }}' //            19
  ].join('\n')

  it('names the file and line of each untrusted expression in a run: value, and nothing else', () => {
    expect(findInYaml('w.yml', workflow).map(f => `${f.file}:${f.line}: ${f.expression}`)).toEqual([
      'w.yml:7: ${{ steps.classify.outputs.summary }}',
      'w.yml:10: ${{ github.event.comment.body }}',
      'w.yml:11: ${{ needs.a.outputs.b }}',
      'w.yml:11: ${{ github.head_ref }}',
      'w.yml:13: ${{ fromJSON(steps.c.outputs.failures)[0].test }}',
      "w.yml:14: ${{ github.event[''issue''].title }}"
    ])
  })

  it('reads the fenced YAML of markdown, with the lines of the markdown file', () => {
    const markdown = ['# Use', '', '```yaml', workflow, '```', '', '```sh', 'run: x', '```'].join(
      '\n'
    )
    const blocks = yamlBlocks(markdown)
    expect(blocks.map(b => b.line)).toEqual([4])
    expect(findInYaml('README.md', blocks[0]!.text, blocks[0]!.line)[0]).toEqual({
      file: 'README.md',
      line: 10,
      expression: '${{ steps.classify.outputs.summary }}'
    })
  })

  it('refuses YAML it cannot read rather than passing it', () => {
    expect(() => findInYaml('bad.yml', 'run: [unclosed', 3)).toThrow(/bad\.yml:3: not valid YAML/)
  })
})
