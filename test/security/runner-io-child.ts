// Run by workflow-commands.test.ts as a child process, as a runner runs an
// action: the runner's ActionIO (real @actions/core) says each untrusted text
// of CI_MEDIC_TEXTS (a JSON array) through every method, in a fixed order, and
// the parent reads stdout as the runner would.
import {runnerIO} from '../../src/runtime/action-io.js'

const texts = JSON.parse(process.env.CI_MEDIC_TEXTS ?? '[]') as string[]
const io = await runnerIO()
for (const [i, text] of texts.entries()) {
  io.logger.info(`Healing ISSUE-${i}: ${text}`)
  io.logger.debug(text)
  io.logger.warning(text)
  io.logger.error(text)
  await io.group(text, async () => io.logger.info(text))
  io.annotate(text, {title: text, file: `src/${i}.ts`, startLine: 1})
  io.setOutputs({[`line-${i}`]: text})
}
// One of each kind of output: one line (summary), and JSON laid out on many lines.
io.setOutputs({summary: texts.join(' | '), failures: JSON.stringify(texts, null, 2)})
io.logger.info('done')
