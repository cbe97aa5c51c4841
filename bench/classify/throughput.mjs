// Child process: scan one log file with the bundled core and print figures as JSON.
//   node bench/classify/throughput.mjs <bundle.js> <log-file>
// Uses classifyFile (one reused read buffer); BENCH_STREAM=1 uses classifyLog over a read stream.
import {createReadStream, statSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {clearInterval, setInterval} from 'node:timers'
import {pathToFileURL} from 'node:url'

const [bundle, file] = process.argv.slice(2)
const core = await import(pathToFileURL(bundle).href)
const lib = core.default && !core.classifyLog ? core.default : core
const bytes = statSync(file).size
let peak = process.memoryUsage().rss
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 20)
const cpu0 = process.cpuUsage()
const t0 = performance.now()
const c = process.env.BENCH_STREAM
  ? await lib.classifyLog(createReadStream(file, {highWaterMark: 64 * 1024}))
  : await lib.classifyFile(file)
const seconds = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpu0)
clearInterval(timer)
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024)
console.log(
  JSON.stringify({
    bytes,
    seconds: Math.round(seconds * 1000) / 1000,
    mbPerSecond: Math.round(bytes / 1e6 / seconds),
    cpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 1000) / 1000,
    peakRssMb: Math.round(peak / 1e6),
    category: c.category,
    rule: c.rule,
    failures: c.failures.length,
    candidateLines: c.stats.candidateLines,
    regions: c.stats.regions
  })
)
