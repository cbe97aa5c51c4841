// Keeps the root action.yml and the README's input/output tables in step with
// actions/<name>/action.yml, the files users' workflows are checked against.
//   node scripts/action-docs.mjs          rewrite both
//   node scripts/action-docs.mjs --check  fail if either is out of date
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

export const SUB_ACTIONS = ['classify', 'autofix', 'self-heal', 'publish']
const root = fileURLToPath(new URL('..', import.meta.url))

export function loadAction(name) {
  return parse(readFileSync(`${root}/actions/${name}/action.yml`, 'utf8'))
}

const quote = value => `'${String(value).replace(/'/g, "''")}'`

/** The root action: a `command` input plus the union of every sub-action's inputs. */
export function renderRootAction() {
  const inputs = new Map()
  const outputs = new Map()
  for (const name of SUB_ACTIONS) {
    const action = loadAction(name)
    for (const [input, spec] of Object.entries(action.inputs ?? {})) {
      const entry = inputs.get(input) ?? {descriptions: new Map(), defaults: new Map()}
      entry.descriptions.set(name, spec.description)
      entry.defaults.set(name, spec.default ?? '')
      inputs.set(input, entry)
    }
    for (const [output, spec] of Object.entries(action.outputs ?? {})) {
      const entry = outputs.get(output) ?? {description: spec.description, commands: []}
      entry.commands.push(name)
      outputs.set(output, entry)
    }
  }
  const lines = [
    '# Generated from actions/*/action.yml by `node scripts/action-docs.mjs`; do not edit by hand.',
    "name: 'ci-medic'",
    `description: ${quote('Let a repository heal itself: classify failed CI runs, fix failures with verified changes, and turn Sentry errors into tested fixes. Pick one with the command input, or use the sub-actions under actions/.')}`,
    "author: 'ci-medic'",
    'branding:',
    "  icon: 'activity'",
    "  color: 'red'",
    'inputs:',
    '  command:',
    `    description: ${quote('What to run: classify, autofix, self-heal or publish.')}`,
    '    required: true'
  ]
  for (const [input, entry] of inputs) {
    const users = [...entry.defaults.keys()]
    const defaults = [...new Set(entry.defaults.values())]
    const descriptions = [...new Set(entry.descriptions.values())]
    let description =
      descriptions.length === 1
        ? descriptions[0]
        : [...entry.descriptions].map(([cmd, d]) => `${cmd}: ${d}`).join(' ')
    if (users.length < SUB_ACTIONS.length) description += ` [Used by ${users.join(', ')}.]`
    if (defaults.length > 1) {
      const per = [...entry.defaults]
        .map(([cmd, d]) => `${cmd}: ${d === '' ? '(empty)' : d}`)
        .join('; ')
      description += ` [Default per command: ${per}.]`
    }
    lines.push(`  ${input}:`, `    description: ${quote(description)}`, '    required: false')
    lines.push(`    default: ${quote(defaults.length === 1 ? defaults[0] : '')}`)
  }
  lines.push('outputs:')
  for (const [output, entry] of outputs) {
    const who =
      entry.commands.length === SUB_ACTIONS.length ? '' : ` [Set by ${entry.commands.join(', ')}.]`
    lines.push(`  ${output}:`, `    description: ${quote(entry.description + who)}`)
  }
  lines.push('runs:', "  using: 'node24'", "  main: 'dist/main/index.mjs'", '')
  return lines.join('\n')
}

const cell = value =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')

export function renderTables(name) {
  const action = loadAction(name)
  const inputRows = Object.entries(action.inputs ?? {}).map(
    ([input, spec]) =>
      `| \`${input}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`
  )
  const outputRows = Object.entries(action.outputs ?? {}).map(
    ([output, spec]) => `| \`${output}\` | ${cell(spec.description)} |`
  )
  return [
    `<!-- inputs:${name} -->`,
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputRows,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputRows,
    `<!-- /inputs:${name} -->`
  ].join('\n')
}

/** The README with each `<!-- inputs:NAME -->` block regenerated. */
export function renderReadme(readme) {
  let out = readme
  for (const name of SUB_ACTIONS) {
    const block = new RegExp(`<!-- inputs:${name} -->[\\s\\S]*?<!-- /inputs:${name} -->`)
    if (!block.test(out)) throw new Error(`README.md has no <!-- inputs:${name} --> block`)
    out = out.replace(block, () => renderTables(name))
  }
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check')
  const targets = [
    ['action.yml', renderRootAction()],
    ['README.md', renderReadme(readFileSync(`${root}/README.md`, 'utf8'))]
  ]
  let stale = 0
  for (const [file, expected] of targets) {
    const current = readFileSync(`${root}/${file}`, 'utf8')
    if (current === expected) continue
    if (check) {
      console.error(`${file} is out of date: run node scripts/action-docs.mjs`)
      stale += 1
    } else {
      writeFileSync(`${root}/${file}`, expected)
      console.log(`updated ${file}`)
    }
  }
  process.exitCode = stale ? 1 : 0
}
