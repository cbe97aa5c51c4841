// Start-up functions compiled with the bundle, not on their first call (#11).
//
// V8 compiles a function in two passes when it is first called: at load it only
// pre-parses it (checks its syntax, notes its variables), and on the first call it
// parses it again in full and generates its bytecode. A function that every start-up
// calls is thus parsed twice: for classify's one-line log that was some 14 M of the
// ~140 M instructions over `node -e 0`. V8 compiles a parenthesised function with the
// code around it ("possibly invoked function expression"), so this step parenthesises
// the functions a start-up calls, and only those (compiling the ones it never calls at
// load costs as much as it saves):
//   arrow and function expressions:      const f = (x) => …      →  const f = ((x) => …)
//   module-level function declarations:  function f(x) { … }     →  var f = (function f(x) { … });
// Which functions a start-up calls comes from V8's coverage of one run of the bundle on
// bench/startup's one-line log. The second form is no longer hoisted: a call before the
// declaration while the module is evaluated would now fail, and module evaluation is the
// same on every run. So the bundle is run again afterwards, and the build fails unless it
// still classifies the log and sets the same outputs.
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {STARTUP_LOG, stepEnv} from '../bench/startup/measure.mjs'

/** The actions whose start-up is benchmarked (bench/startup). */
export const STARTUP_ACTIONS = ['classify', 'main']

/** One start-up run: its outputs (delimiters made constant) and, if asked, V8's coverage of the bundle. */
async function startupRun(bundle, coverageDir) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-eager-'))
  try {
    await writeFile(join(dir, 'typecheck.log'), STARTUP_LOG)
    const env = await stepEnv(dir, 0)
    if (coverageDir) env.NODE_V8_COVERAGE = coverageDir
    const run = spawnSync(process.execPath, [bundle], {cwd: dir, env, encoding: 'utf8'})
    const outputs = (await readFile(env.GITHUB_OUTPUT, 'utf8'))
      .replace(/ghadelimiter_[\w-]+/g, 'EOF')
      .replaceAll(dir, 'DIR')
    if (run.status !== 0 || !outputs.includes('compile_error'))
      throw new Error(
        `${bundle} did not classify the start-up log (exit ${run.status}):\n${run.stdout}${run.stderr}`
      )
    return outputs
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/** Per file of `dir` that the run loaded (the bundle, chunks), the function ranges V8 saw called. */
async function calledRanges(coverageDir, dir) {
  const called = new Map()
  for (const name of await readdir(coverageDir)) {
    const {result} = JSON.parse(await readFile(join(coverageDir, name), 'utf8'))
    for (const script of result) {
      if (!script.url.startsWith(`file://${dir}/`) || !script.url.endsWith('.mjs')) continue
      const ranges = script.functions.map(f => f.ranges[0]).filter(r => r.count > 0)
      called.set(fileURLToPath(script.url), ranges)
    }
  }
  return called
}

const EXPRESSION_BEFORE = new Set(['=', '(', ',', '[', '!', '&', '|', '?'])
const ARROW_OR_FUNCTION = /^(?:async\s+)?(?:function\b|\([^]*?\)\s*=>|[\w$]+\s*=>)/
const DECLARATION = /^(async\s+)?function\s*([\w$]+)\s*\(/

/** The insertions that make the called functions of `source` eager: [offset, text], last first. */
function insertions(source, ranges) {
  const out = []
  for (const {startOffset: start, endOffset: end} of ranges) {
    const text = source.slice(start, Math.min(end, start + 400))
    const lineStart = source.lastIndexOf('\n', start - 1) + 1
    const declaration = DECLARATION.exec(text)
    if (declaration && lineStart === start) {
      out.push([start, `var ${declaration[2]} = (`], [end, ');'])
      continue
    }
    if (!ARROW_OR_FUNCTION.test(text)) continue // a method, a getter, the whole module
    let k = start - 1
    while (/\s/.test(source[k])) k--
    const line = source.slice(source.lastIndexOf('\n', k) + 1, k + 1)
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) continue // after a comment: not surely an expression
    const inExpression =
      EXPRESSION_BEFORE.has(source[k]) ||
      source.slice(k - 5, k + 1) === 'return' ||
      (source[k] === ':' && !text.startsWith('function')) // `case x: function f` is a declaration
    if (!inExpression || (source[k] === '(' && source[end] === ')')) continue
    out.push([start, '('], [end, ')'])
  }
  // From the end, so offsets stay right; at one offset a closing before an opening.
  return out.sort((a, b) => b[0] - a[0] || (a[1].endsWith('(') ? 1 : -1))
}

/**
 * Makes the start-up functions of dir/action (its index.mjs and the chunks a start-up loads)
 * eager; checks the bundle still runs the same. Returns how many functions it changed.
 */
export async function eagerStartup(dir, action) {
  const bundle = join(dir, action, 'index.mjs')
  const coverageDir = await mkdtemp(join(tmpdir(), 'ci-medic-coverage-'))
  try {
    const before = await startupRun(bundle, coverageDir)
    let count = 0
    for (const [file, ranges] of await calledRanges(coverageDir, join(dir, action))) {
      let source = await readFile(file, 'utf8')
      const edits = insertions(source, ranges)
      for (const [at, text] of edits) source = source.slice(0, at) + text + source.slice(at)
      await writeFile(file, source)
      count += edits.length / 2
    }
    const after = await startupRun(bundle)
    if (after !== before)
      throw new Error(
        `${bundle}: the eager start-up functions changed its outputs:\n${before}\n---\n${after}`
      )
    return count
  } finally {
    await rm(coverageDir, {recursive: true, force: true})
  }
}
