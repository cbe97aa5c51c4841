// What the classify benchmark bundles: the core, plus the edge that scans a
// local file with reused buffers (the path the action takes for log-path).
export * from '../../src/core/classify/index.js'
export {classifyFile, scanFile} from '../../src/edges/logs/scan-file.js'
