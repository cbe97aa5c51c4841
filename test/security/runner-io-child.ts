// Run by workflow-commands.test.ts as a child process, as a runner runs an
// action: the runner's ActionIO (real @actions/core, or with CI_MEDIC_IO=command
// the direct writer classify uses) says each untrusted text of CI_MEDIC_TEXTS
// (a JSON array) through every method, in a fixed order, and the parent reads
// stdout as the runner would. CI_MEDIC_MORE=1 adds the calls only the
// comparison of the two needs (annotation places, the job summary).
import {runnerIO} from '../../src/runtime/action-io.js'
import {commandIO} from '../../src/runtime/command-io.js'

const texts = JSON.parse(process.env.CI_MEDIC_TEXTS ?? '[]') as string[]
const more = process.env.CI_MEDIC_MORE === '1'
const io = process.env.CI_MEDIC_IO === 'command' ? commandIO() : await runnerIO()
for (const [i, text] of texts.entries()) {
  io.logger.info(`Healing ISSUE-${i}: ${text}`)
  io.logger.debug(text)
  io.logger.warning(text)
  io.logger.error(text)
  await io.group(text, async () => io.logger.info(text))
  io.annotate(text, {title: text, file: `src/${i}.ts`, startLine: 1})
  if (more) {
    io.annotate(text, {})
    io.annotate(text, {title: undefined, file: text, startLine: 0, startColumn: 7})
    await io.writeSummary(`<h2>${text}</h2>\n`)
  }
  io.setOutputs({[`line-${i}`]: text})
}
// One of each kind of output: one line (summary), and JSON laid out on many lines.
io.setOutputs({summary: texts.join(' | '), failures: JSON.stringify(texts, null, 2)})
if (more) await io.group('', async () => undefined)
io.logger.info('done')
