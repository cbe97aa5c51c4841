// Run by stdout.test.ts as a child process with stdout a pipe, as the runner starts a
// step: writeStdout and process.stdout.write interleaved (the stream makes the pipe
// non-blocking, so the large chunk may meet a full pipe and hand over to the stream).
// That node:net stays unloaded cannot be seen here (tsx itself sets up process.stdout):
// bench/startup/instructions.mjs shows it on the bundle.
import {writeStdout} from '../../src/runtime/stdout.js'

writeStdout('first ✓\n')
writeStdout('second\n')
for (let i = 0; i < 20; i++) {
  writeStdout(`direct ${i}\n`)
  process.stdout.write(`stream ${i}\n`)
  if (i === 10) writeStdout(`${'é'.repeat(150_000)}\n`)
}
writeStdout('last\n')
