// The real corpus's counts as the README's "Counts" section prints them, from the files (labels
// only: nothing is scored, so the sealed split's counts are as safe to print as its size).
//
//   node bench/corpus-real/counts.mjs                 per class, flaky-marked, per ecosystem,
//                                                     class by ecosystem (all splits)
//   node bench/corpus-real/counts.mjs --added <commit> …
//                                                     what each commit added, per ecosystem and
//                                                     split (a batch's commit: the excerpts its
//                                                     diff adds), needs the commits in the clone
//
// The README's tables were kept by hand until session 15 and drifted (a batch short here, an
// ecosystem there); printing them from the files keeps them true.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {loadCorpus, REAL_DEV_DIR, REAL_SEALED_DIR} from '../classify/corpus.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLASSES = [
  'compile_error',
  'contract_violation',
  'dependency_missing',
  'lint_error',
  'orchestration_error',
  'resource_exhausted',
  'test_fail',
  'timeout',
  'transient',
  'unknown'
]

/** A markdown table: a header row, a rule, the rows (cells as strings), columns padded. */
function table(header, rows) {
  const all = [header, ...rows]
  const width = header.map((_, i) => Math.max(3, ...all.map(r => String(r[i]).length)))
  const line = r => `| ${r.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`
  return [line(header), `| ${width.map(w => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join(
    '\n'
  )
}

function count(items, key) {
  const out = new Map()
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1)
  return out
}

function summary() {
  const dev = loadCorpus(REAL_DEV_DIR)
  const sealed = loadCorpus(REAL_SEALED_DIR)
  const devBy = count(dev, e => e.expected)
  const sealedBy = count(sealed, e => e.expected)
  const classRows = CLASSES.map(c => {
    const d = devBy.get(c) ?? 0
    const s = sealedBy.get(c) ?? 0
    return [c, d, s, d + s]
  }).sort((a, b) => b[3] - a[3])
  classRows.push([
    '**total**',
    `**${dev.length}**`,
    `**${sealed.length}**`,
    `**${dev.length + sealed.length}**`
  ])
  console.log('Per class (dev / sealed / total):\n')
  console.log(table(['category', 'dev', 'sealed', 'total'], classRows))

  const flakyDev = dev.filter(e => e.flaky).length
  const flakySealed = sealed.filter(e => e.flaky).length
  console.log(
    `\n\`flaky=yes\`: ${flakyDev + flakySealed} (${flakyDev} dev, ${flakySealed} sealed).`
  )

  const ecoDev = count(dev, e => e.ecosystem)
  const ecoSealed = count(sealed, e => e.ecosystem)
  const ecosystems = [...new Set([...ecoDev.keys(), ...ecoSealed.keys()])]
  const total = e => (ecoDev.get(e) ?? 0) + (ecoSealed.get(e) ?? 0)
  const perEco = ecosystems
    .sort((a, b) => total(b) - total(a) || a.localeCompare(b))
    .map(e => `\`${e}\` ${ecoDev.get(e) ?? 0}/${ecoSealed.get(e) ?? 0}/${total(e)}`)
  console.log(`\nPer ecosystem (dev / sealed / total): ${perEco.join(', ')}.`)

  const both = [...dev, ...sealed]
  const rows = ecosystems
    .sort()
    .map(e => [
      e,
      ...CLASSES.map(c => both.filter(x => x.ecosystem === e && x.expected === c).length)
    ])
  console.log('\nClass by ecosystem (all splits):\n')
  console.log(table(['ecosystem', ...CLASSES.map(c => c.split('_')[0])], rows))
}

/** The excerpts a commit's diff adds: `+>>> id` header lines per file of the corpus. */
function added(commit) {
  const diff = execFileSync('git', ['show', '--format=', commit, '--', 'bench/corpus-real'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
  const counts = new Map()
  let file = ''
  for (const line of diff.split('\n')) {
    const m = /^\+\+\+ b\/bench\/corpus-real\/(dev|sealed)\/(.+)\.corpus$/.exec(line)
    if (m) file = `${m[2]} ${m[1]}`
    else if (/^\+>>> \S+ expected=/.test(line) && file) counts.set(file, (counts.get(file) ?? 0) + 1)
  }
  const eco = new Map()
  for (const [key, n] of counts) {
    const [name, split] = key.split(' ')
    const entry = eco.get(name) ?? {dev: 0, sealed: 0}
    entry[split] += n
    eco.set(name, entry)
  }
  const list = [...eco]
    .sort((a, b) => b[1].dev + b[1].sealed - (a[1].dev + a[1].sealed) || a[0].localeCompare(b[0]))
    .map(([name, {dev, sealed}]) => `\`${name}\` ${dev}/${sealed}`)
  const devTotal = [...eco.values()].reduce((s, e) => s + e.dev, 0)
  const sealedTotal = [...eco.values()].reduce((s, e) => s + e.sealed, 0)
  console.log(`${commit}: ${list.join(', ')} (${devTotal} / ${sealedTotal})`)
}

const args = process.argv.slice(2)
if (args[0] === '--added') for (const commit of args.slice(1)) added(commit)
else summary()
