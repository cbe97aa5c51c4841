// What the classify benchmark bundles: the core, plus the edge that scans a
// local file with reused buffers (the path the action takes for log-path).
// Named, not `export *`: webpack drops star re-exports of an entry's imports.
import {
  classifyFailuresWithModel,
  classifyLog,
  classifyText,
  classifyTextWithModel,
  scanLog
} from '../../src/core/classify/index.js'
import {CANDIDATE_LITERALS} from '../../src/core/classify/candidates.js'
import {classifyFile, scanFile} from '../../src/edges/logs/scan-file.js'

export {
  CANDIDATE_LITERALS,
  classifyFailuresWithModel,
  classifyFile,
  classifyLog,
  classifyText,
  classifyTextWithModel,
  scanFile,
  scanLog
}
