// The patterns the diff guards look for, per language: test cases, skips,
// suppressions, expectation lines and inline snapshots. Matched in the code
// view (comments and string contents blanked) unless a pattern says otherwise.
import type {Language} from './source-text.js'

export interface Pattern {
  label: string
  re: RegExp
}

/** Test cases, per language. */
export const TEST_CASES: Record<Language, RegExp[]> = {
  js: [/(?<![\w$.])(?:it|test|specify)(?:\.[\w$]+)*\s*\(/g],
  python: [/^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*/gm],
  go: [/^func[ \t]+(?:Test|Fuzz)\w*[ \t]*\(/gm, /\bt\.Run\s*\(/g],
  rust: [/#\[(?:\w+::)*test\b/g],
  java: [/@(?:Test|ParameterizedTest|RepeatedTest)\b/g],
  other: []
}

export const SKIPS: Record<Language, Pattern[]> = {
  js: [
    {
      label: '.skip',
      re: /(?<![\w$])(?:it|test|describe|suite|context|specify|bench|this)(?:\.[\w$]+)*\.skip(?:If)?\b/g
    },
    {
      label: '.only (skips every other test)',
      re: /(?<![\w$])(?:it|test|describe|suite|context|specify)(?:\.[\w$]+)*\.only\b/g
    },
    {label: '.todo', re: /(?<![\w$])(?:it|test|describe)(?:\.[\w$]+)*\.todo\b/g},
    {label: 'runIf', re: /(?<![\w$])(?:it|test|describe)(?:\.[\w$]+)*\.runIf\b/g},
    {label: 'xit/xdescribe/xtest', re: /(?<![\w$.])x(?:it|describe|test|context|specify)\s*\(/g},
    {label: 'fit/fdescribe', re: /(?<![\w$.])f(?:it|describe)\s*\(/g},
    {
      label: 'process.exit (ends the run before the tests fail)',
      re: /(?<![\w$.])process\.(?:exit|reallyExit|kill|abort)\s*\(|(?<![\w$.])process\.exitCode\s*=(?!=)/g
    }
  ],
  python: [
    // Decorator, `pytestmark = …` or `item.add_marker(…)`: a skip however it is applied.
    {label: 'pytest.mark.skip', re: /(?<![\w.])(?:pytest\.)?mark\.skip(?:if)?\b/g},
    {label: 'pytest.mark.xfail', re: /(?<![\w.])(?:pytest\.)?mark\.xfail\b/g},
    {label: 'pytest.skip(', re: /\bpytest\.(?:skip|importorskip)\s*\(/g},
    {label: '@unittest.skip', re: /@unittest\.skip/g},
    {label: 'SkipTest', re: /\braise[ \t]+(?:unittest\.)?SkipTest\b/g},
    {label: 'skipTest(', re: /\.skipTest\s*\(/g},
    {label: 'add_marker(', re: /\.add_marker\s*\(/g},
    {
      label: 'a pytest hook that drops, marks or passes tests',
      re: /^[ \t]*def[ \t]+pytest_(?:collection_modifyitems|ignore_collect|collect_file|pycollect_makeitem|runtest_\w+|pyfunc_call|report_teststatus|sessionfinish)\b/gm
    },
    {label: 'collect_ignore', re: /^[ \t]*collect_ignore(?:_glob)?[ \t]*\+?=/gm},
    {label: 'session.exitstatus', re: /\.exitstatus\s*=(?!=)/g},
    {
      label: 'an exit (ends the run before the tests fail)',
      re: /\b(?:sys\.exit|os\._exit|pytest\.exit)\s*\(/g
    }
  ],
  go: [
    {label: 't.Skip', re: /\b\w+\.Skip(?:f|Now)?\s*\(/g},
    {label: 'os.Exit(0)', re: /\bos\.Exit\s*\(\s*0\s*\)/g}
  ],
  rust: [{label: '#[ignore]', re: /#\[ignore\b/g}],
  java: [{label: '@Disabled/@Ignore', re: /@(?:Disabled|Ignore)\b/g}],
  other: []
}

/** A line that states what a test expects (matched in the code view). */
export const EXPECTATION_LINE =
  /(?<![\w$.])(?:expect|assert\w*)\b|\b(?:t|b|tt)\.(?:Errorf?|Fatalf?)\b|\b(?:require|assert)\.\w+|\bassert(?:_eq|_ne)?!|\b(?:want|wanted|expected|expect|exp)\w*\s*(?::=|=|:)/

export interface Suppression {
  label: string
  re: RegExp
  /** Which files and which view it is looked for in. */
  applies: (path: string, lang: Language, text: string) => 'code' | 'codeAndComments' | 'raw' | null
}

const isJsonOrScript = (path: string): boolean => /\.json5?$/.test(path)
const isShellish = (path: string): boolean =>
  /\.(?:sh|bash|zsh|ya?ml|toml|cfg|ini|mk)$/.test(path) ||
  /(?:^|\/)(?:Makefile|GNUmakefile|Dockerfile[^/]*|Containerfile|Justfile|justfile)$/.test(path)
/** A shell script or a file of shell steps (CI YAML, Makefile), by name or by its `#!` line. */
const isShellScript = (path: string, text: string): boolean =>
  (isShellish(path) && !/\.(?:toml|cfg|ini)$/.test(path)) ||
  /^#!\S*(?:\/|\s|env\s+)(?:ba|z|k|da)?sh\b/.test(text)
const isMakefile = (path: string): boolean => /(?:^|\/)(?:GNU)?[Mm]akefile$|\.mk$/.test(path)

export const SUPPRESSIONS: Suppression[] = [
  {
    label: '|| true',
    re: /\|\|\s*(?:true|:|exit 0)(?=\s|$|["';)&|])/g,
    applies: (p, _, text) =>
      isShellish(p) || isShellScript(p, text) ? 'code' : isJsonOrScript(p) ? 'raw' : null
  },
  {
    label: 'continue-on-error',
    re: /\bcontinue-on-error\s*:\s*(?:true|["']?\$\{\{)/g,
    applies: p => (/\.ya?ml$/.test(p) ? 'code' : null)
  },
  {
    // `exit 0` or a bare `exit` ends a script as a success before (or after) the command that fails.
    label: 'exit 0',
    re: /(?<![\w$.\-/])exit(?:[ \t]+0)?(?=[ \t]*(?:$|[;&|)}]))/gm,
    applies: (p, _, text) => (isShellScript(p, text) ? 'code' : null)
  },
  {
    label: 'set +e',
    re: /(?<![\w-])set[ \t]+(?:\+[a-zA-Z]*e[a-zA-Z]*|\+o[ \t]+(?:errexit|pipefail))\b/g,
    applies: (p, _, text) => (isShellScript(p, text) ? 'code' : null)
  },
  {
    label: 'a `-` recipe prefix (ignores the command failing)',
    re: /^\t[ \t]*[@+]*-(?=[^\s-])/gm,
    applies: p => (isMakefile(p) ? 'code' : null)
  },
  {
    label: '@ts-ignore',
    re: /(?:\/\/|\/\*+|^[ \t]*\*)[ \t]*@ts-(?:ignore|nocheck)\b/gm,
    applies: (_, l) => (l === 'js' ? 'codeAndComments' : null)
  },
  {
    label: '@ts-expect-error',
    re: /(?:\/\/|\/\*+|^[ \t]*\*)[ \t]*@ts-expect-error\b/gm,
    applies: (_, l) => (l === 'js' ? 'codeAndComments' : null)
  },
  {
    label: 'eslint-disable',
    re: /(?:\/\/|\/\*+)[ \t]*eslint-disable\b/g,
    applies: (_, l) => (l === 'js' ? 'codeAndComments' : null)
  },
  {
    label: '# type: ignore',
    re: /#\s*type:\s*ignore\b/g,
    applies: (_, l) => (l === 'python' ? 'codeAndComments' : null)
  },
  {
    label: '# noqa',
    re: /#\s*noqa\b/gi,
    applies: (_, l) => (l === 'python' ? 'codeAndComments' : null)
  },
  {
    label: '# pylint: disable / # pyright: ignore / # mypy: ignore-errors',
    re: /#\s*(?:pylint:\s*disable|pyright:\s*ignore|mypy:\s*ignore-errors)\b/g,
    applies: (_, l) => (l === 'python' ? 'codeAndComments' : null)
  },
  {
    label: '//nolint',
    re: /\/\/\s*nolint\b/g,
    applies: (_, l) => (l === 'go' ? 'codeAndComments' : null)
  },
  {label: '#[allow(', re: /#!?\[allow\s*\(/g, applies: (_, l) => (l === 'rust' ? 'code' : null)},
  {
    label: '@SuppressWarnings',
    re: /@Suppress(?:Warnings)?\b/g,
    applies: (_, l) => (l === 'java' ? 'code' : null)
  }
]

export const INLINE_SNAPSHOT =
  /\bto(?:Match|ThrowErrorMatching)InlineSnapshot\s*\(\s*(`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")?/g
