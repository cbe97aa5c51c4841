export const id = 516;
export const ids = [516];
export const modules = {

/***/ 85864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ packageScripts),
/* harmony export */   Kg: () => (/* binding */ reachedBy),
/* harmony export */   ag: () => (/* binding */ checkScriptPaths)
/* harmony export */ });
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73910);
// The repository files the check commands run: `bash scripts/test.sh`,
// `node tools/lint.mjs`, `make test` (the Makefile), `npm test` when
// package.json's "test" script does one of those (followed through `npm run`,
// with its pre/post scripts). Editing such a file changes what "the tests
// pass" means, so the diff guards treat it like check configuration. Pure:
// the commands and package.json's text in, paths out.

/** Files run as programs (by an interpreter or directly). */
const SCRIPT_EXT = /\.(?:sh|bash|zsh|ksh|ps1|bat|cmd|[cm]?js|[cm]?ts|py|rb|pl|php)$/i;
/** Files read as configuration, when a config flag names them (`-c ci/pytest.ini`). */
const CONFIG_EXT = /\.(?:json5?|ya?ml|toml|ini|cfg|conf|[cm]?js|[cm]?ts)$/i;
const CONFIG_FLAG = /^(?:-c|--config|--config-file|--configfile|-p|--project|--rcfile|--settings|-C|--inifile)$/;
const RUNNERS = {
    make: ['Makefile', 'GNUmakefile', 'makefile'],
    just: ['justfile', 'Justfile'],
    nox: ['noxfile.py'],
    tox: ['tox.ini'],
    invoke: ['tasks.py']
};
const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
/** npm commands that are not `run <script>` (anything else after pnpm/yarn is a script name). */
const PM_BUILTINS = new Set([
    'exec',
    'x',
    'dlx',
    'install',
    'i',
    'ci',
    'add',
    'run',
    'run-script',
    'rum',
    'urn',
    'test',
    't',
    'tst',
    'start'
]);
/** Words of one shell command, quotes removed (good enough for command lines, not a shell). */
function words(segment) {
    const out = [];
    for (const m of segment.matchAll(/"((?:\\.|[^"\\])*)"|'([^']*)'|(\S+)/g))
        out.push(m[1] ?? m[2] ?? m[3] ?? '');
    return out;
}
/** The package.json script a package-manager command runs, if any. */
function scriptNameOf(argv) {
    const [tool, first, second] = argv;
    if (tool === undefined || !SCRIPT_RUNNERS.has(tool) || first === undefined)
        return undefined;
    if (first === 'test' || first === 't' || first === 'tst')
        return 'test';
    if (first === 'start')
        return 'start';
    if (['run', 'run-script', 'rum', 'urn'].includes(first))
        return second;
    // pnpm/yarn/bun run a script by its bare name (`yarn lint`); npm does not.
    if (tool !== 'npm' && !PM_BUILTINS.has(first) && !first.startsWith('-'))
        return first;
    return undefined;
}
/** A word that names a file of the repository the command runs or reads. */
function repositoryFile(word, previous) {
    const [flag, value] = word.startsWith('-') ? word.split('=', 2) : [undefined, word];
    if (value === undefined || value === '')
        return undefined;
    if (/[$*?[\]{}<>|`]|:\/\/|^~/.test(value) || value.startsWith('/'))
        return undefined;
    const path = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(value);
    if (path.split('/').includes('..') || path.split('/').includes('node_modules'))
        return undefined;
    if (path.endsWith('/') || path.includes('...'))
        return undefined;
    const configured = CONFIG_FLAG.test(flag ?? previous ?? '') && CONFIG_EXT.test(path);
    const run = flag === undefined && (SCRIPT_EXT.test(path) || value.startsWith('./'));
    if (!configured && !run)
        return undefined;
    if ((0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isTestFile */ .hl)(path) || (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isSnapshotFile */ .by)(path))
        return undefined;
    return path;
}
/** The string scripts of a package.json text ({} when there are none or it is not JSON). */
function packageScripts(packageJson) {
    if (packageJson === undefined)
        return {};
    try {
        const parsed = JSON.parse(packageJson);
        const scripts = parsed?.scripts;
        if (scripts === null || typeof scripts !== 'object')
            return {};
        return Object.fromEntries(Object.entries(scripts).filter((e) => typeof e[1] === 'string'));
    }
    catch {
        return {};
    }
}
/** Follow commands through the shell words they run and the package.json scripts they call. */
function reachedBy(commands, scripts) {
    const reached = { files: new Set(), scripts: new Set() };
    const queue = commands.filter(c => c.trim() !== '');
    for (let command = queue.shift(); command !== undefined; command = queue.shift()) {
        for (const segment of command.split(/&&|\|\||[;|&\n]/)) {
            const all = words(segment);
            const argv = all.slice(Math.max(0, all.findIndex(w => !/^\w+=/.test(w))));
            if (/^(?:ba|z|k|da)?sh$/.test(argv[0] ?? '') && argv[1] === '-c' && argv[2])
                queue.push(argv[2]);
            for (const file of RUNNERS[argv[0] ?? ''] ?? [])
                reached.files.add(file);
            const script = scriptNameOf(argv);
            for (const name of script === undefined ? [] : [`pre${script}`, script, `post${script}`]) {
                const body = scripts[name];
                if (body === undefined || reached.scripts.has(name))
                    continue;
                reached.scripts.add(name);
                queue.push(body);
            }
            argv.forEach((word, i) => {
                const file = repositoryFile(word, argv[i - 1]);
                if (file !== undefined)
                    reached.files.add(file);
            });
        }
    }
    return reached;
}
/**
 * Repository files (relative paths, sorted) that the given check commands run
 * or read as configuration, following package.json scripts. Test files are
 * left out: the test guards own them.
 */
function checkScriptPaths(commands, packageJson) {
    return [...reachedBy(commands, packageScripts(packageJson)).files].sort();
}


/***/ }),

/***/ 24227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ak: () => (/* reexport */ BudgetTracker),
  kI: () => (/* reexport */ project_detection/* LOCAL_BIN_DIR */.kI),
  k$: () => (/* reexport */ project_detection/* LOCAL_TOOLS */.k$),
  lB: () => (/* reexport */ addTotals),
  Im: () => (/* reexport */ project_detection/* affectedTestCommand */.Im),
  D9: () => (/* reexport */ budgetLimitsOf),
  SS: () => (/* reexport */ checkDiff),
  XV: () => (/* reexport */ labels/* commitSafe */.XV),
  rf: () => (/* reexport */ decideLease),
  XZ: () => (/* reexport */ describeVerdict),
  pp: () => (/* reexport */ project_detection/* detectProject */.pp),
  iO: () => (/* reexport */ divertedBranch),
  Yp: () => (/* reexport */ divertedNote),
  Tf: () => (/* reexport */ emptyTotals),
  Zu: () => (/* reexport */ labels/* failureLabel */.Zu),
  lG: () => (/* reexport */ project_detection/* filesToRead */.lG),
  hl: () => (/* reexport */ source_text/* isTestFile */.hl),
  LF: () => (/* reexport */ modelWithheld),
  wG: () => (/* reexport */ labels/* pathsOf */.wG),
  SL: () => (/* reexport */ readPushedMarker),
  lM: () => (/* reexport */ prompt_parts/* withConversationBreakpoint */.lM),
  oi: () => (/* reexport */ withPushedMarker)
});

// UNUSED EXPORTS: ALWAYS_PROTECTED, BUILT_IN_GROUPS, BUILT_IN_PROTECTED, DEFAULT_RESERVE_MS, EPHEMERAL, MAX_CACHE_BREAKPOINTS, countCacheBreakpoints, effectiveProtectedPaths, isSnapshotFile, isSourceFile, normalizePath, packageScriptFindings, protectedMatcher, protectedPatterns, protectingGlob, pushedMarker, repositoryMap, tailTrim, worstCaseCost

// EXTERNAL MODULE: ./src/core/fixing/project-detection.ts
var project_detection = __webpack_require__(23450);
// EXTERNAL MODULE: ./src/core/fixing/protected-paths.ts
var protected_paths = __webpack_require__(96026);
// EXTERNAL MODULE: ./src/core/fixing/source-text.ts
var source_text = __webpack_require__(73910);
// EXTERNAL MODULE: ./src/core/fixing/check-scripts.ts
var check_scripts = __webpack_require__(85864);
;// CONCATENATED MODULE: ./src/core/fixing/check-config.ts
// Changes to how the checks run: a lint rule turned off in eslint.config.js,
// a test excluded in vitest.config.ts or in the `test` block of vite.config.ts,
// `strict` dropped from tsconfig.json, `--deselect` added under
// [tool.pytest.ini_options], a `[lints]` table in Cargo.toml, `script-shell`
// set in .npmrc, or an edit to a script the test command runs. Each makes a
// check pass without fixing anything, so a fix may not touch them. Files that
// hold other things too (pyproject.toml, setup.cfg, Cargo.toml, package.json,
// vite.config.*) are compared only in their check parts. Pure: contents in,
// findings out.


/** Files that configure a check and nothing else. */
const CHECK_CONFIG_FILES = [
    /(?:^|\/)eslint\.config\.[cm]?[jt]s$/,
    /(?:^|\/)\.eslintrc(?:\.(?:js|cjs|json|ya?ml))?$/,
    /(?:^|\/)\.eslintignore$/,
    // vitest.config.ts, vitest.config.e2e.mts, vitest.e2e.config.ts, vitest.workspace.ts, jest.config.json\u2026
    /(?:^|\/)(?:vitest|jest)(?:\.[\w-]+)*\.(?:config|workspace)(?:\.[\w-]+)*\.(?:[cm]?[jt]s|json)$/,
    /(?:^|\/)\.mocharc\.(?:js|cjs|json|ya?ml)$/,
    /(?:^|\/)(?:playwright|cypress)(?:\.[\w-]+)*\.config\.[cm]?[jt]s$/,
    /(?:^|\/)karma\.conf\.[cm]?[jt]s$/,
    /(?:^|\/)\.(?:nycrc|c8rc)(?:\.(?:json|ya?ml))?$/,
    /(?:^|\/)[tj]sconfig(?:\.[\w-]+)?\.json$/,
    /(?:^|\/)\.prettier(?:rc(?:\.(?:js|cjs|mjs|json|ya?ml|toml))?|ignore)$/,
    /(?:^|\/)prettier\.config\.[cm]?js$/,
    /(?:^|\/)\.?(?:pytest|tox|mypy)\.ini$/,
    /(?:^|\/)\.?pytest\.toml$/,
    /(?:^|\/)\.(?:flake8|pylintrc|coveragerc)$/,
    /(?:^|\/)\.?ruff\.toml$/,
    /(?:^|\/)\.golangci\.ya?ml$/,
    /(?:^|\/)clippy\.toml$/,
    /(?:^|\/)\.rubocop\.ya?ml$/
];
/**
 * Package-manager settings: they decide how every script runs (`script-shell=/bin/true`
 * makes `npm test` pass without running anything), so no change to them is a fix.
 */
const PACKAGE_MANAGER_FILES = /(?:^|\/)(?:\.npmrc|\.yarnrc(?:\.ya?ml)?|\.pnpmfile\.c?js|bunfig\.toml)$/;
/** vite.config.*: vitest reads its `test` block; the rest is the build's. */
const VITE_CONFIG = /(?:^|\/)vite(?:\.[\w-]+)*\.config\.[cm]?[jt]s$/;
/** INI/TOML sections that configure a check, by file. */
const CHECK_SECTIONS = [
    [
        /(?:^|\/)pyproject\.toml$/,
        /^tool\.(?:pytest|ruff|mypy|pylint|black|isort|coverage|pyright|flake8)\b/
    ],
    [/(?:^|\/)setup\.cfg$/, /^(?:tool:pytest|flake8|mypy|pycodestyle|isort|coverage:)/],
    [/(?:^|\/)Cargo\.toml$/, /^(?:workspace\.)?lints\b/]
];
/** package.json keys that configure a check; scripts count when they run one. */
const PACKAGE_KEYS = ['eslintConfig', 'jest', 'prettier', 'vitest', 'mocha', 'ava'];
const CHECK_SCRIPT = /^(?:test|lint|typecheck|type-check|check|format|pretest|posttest)(?::|$)/;
const HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/;
/**
 * The lines of an INI/TOML text that configure a check, by part: the section
 * when it is a check section, else the check table a dotted key reaches into
 * (`[tool]` then `pytest.ini_options.addopts = \u2026` is part `tool.pytest`).
 */
function checkParts(text, section) {
    const out = new Map();
    let current = '';
    for (const line of text.split(/\r?\n/)) {
        const header = HEADER.exec(line);
        if (header) {
            current = header[1].replace(/["']/g, '');
            continue;
        }
        const trimmed = line.trim();
        if (trimmed === '' || /^[#;]/.test(trimmed))
            continue;
        const part = section.test(current)
            ? current
            : section.exec(current === '' ? trimmed : `${current}.${trimmed}`)?.[0];
        if (part !== undefined)
            out.set(part, `${out.get(part) ?? ''}\n${trimmed}`);
    }
    return out;
}
/** Index of the `}` closing the `{` at `open` (blanked code: braces in strings are gone). */
function closingBrace(code, open) {
    let depth = 0;
    for (let i = open; i < code.length; i++) {
        if (code[i] === '{')
            depth++;
        else if (code[i] === '}' && --depth === 0)
            return i;
    }
    return code.length - 1;
}
/**
 * The `test` blocks of a vite config, as written; the whole text when one is
 * not an object literal here (`test: shared`, `{test}`), since then any line may feed it.
 */
function viteTestBlocks(text) {
    if (text === null)
        return '';
    const code = (0,source_text/* sourceViews */._r)(text, 'c').code;
    const blocks = [];
    for (const m of code.matchAll(/(?<![\w$.])test\s*(:|(?=[,}]))/g)) {
        const start = m.index + m[0].length;
        const open = start + (/^\s*/.exec(code.slice(start))?.[0].length ?? 0);
        if (m[1] !== ':' || code[open] !== '{')
            return text;
        blocks.push(text.slice(open, closingBrace(code, open) + 1));
    }
    return blocks.join('\n');
}
function parseJson(text) {
    if (text === null)
        return undefined;
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function packageFindings(before, after) {
    const a = parseJson(before) ?? {};
    const b = parseJson(after) ?? {};
    const changed = [];
    for (const key of PACKAGE_KEYS) {
        if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
            changed.push(`"${key}"`);
    }
    // The check scripts, and every script they run (`"test": "npm run unit"` makes `unit` one).
    const sa = (0,check_scripts/* packageScripts */.DF)(before ?? undefined);
    const sb = (0,check_scripts/* packageScripts */.DF)(after ?? undefined);
    const checks = [...new Set([...Object.keys(sa), ...Object.keys(sb)])].filter(n => CHECK_SCRIPT.test(n));
    const run = new Set([
        ...checks,
        ...(0,check_scripts/* reachedBy */.Kg)(checks.map(n => sa[n] ?? ''), sa).scripts,
        ...(0,check_scripts/* reachedBy */.Kg)(checks.map(n => sb[n] ?? ''), sb).scripts
    ]);
    for (const name of run)
        if (sa[name] !== sb[name])
            changed.push(`"scripts.${name}"`);
    return changed;
}
/**
 * The text with formatting taken out (whitespace, quote style, semicolons,
 * trailing commas), so a formatter's pass over a config file is not a change.
 */
function formattingFree(text) {
    return (text ?? '')
        .replace(/\s+/g, '')
        .replace(/"/g, "'")
        .replace(/;/g, '')
        .replace(/,(?=[}\])])/g, '');
}
/**
 * Where a change alters how a check runs; [] when it does not (formatting
 * aside). `checkScripts`: repository files the check commands run (see
 * `checkScriptPaths`); any change to one counts.
 */
function checkConfigFindings(change, checkScripts = []) {
    const path = (0,source_text/* normalizePath */.Fd)(change.path);
    if (formattingFree(change.before) === formattingFree(change.after))
        return [];
    if (checkScripts.some(p => (0,source_text/* normalizePath */.Fd)(p) === path))
        return [{ path, what: 'the check commands run this file' }];
    if (CHECK_CONFIG_FILES.some(re => re.test(path)))
        return [{ path, what: 'the file' }];
    if (PACKAGE_MANAGER_FILES.test(path))
        return [{ path, what: "the package manager's settings, which decide how every script runs" }];
    if (VITE_CONFIG.test(path)) {
        const same = formattingFree(viteTestBlocks(change.before)) === formattingFree(viteTestBlocks(change.after));
        return same ? [] : [{ path, what: 'its `test` block, which vitest reads' }];
    }
    if (/(?:^|\/)package\.json$/.test(path)) {
        return packageFindings(change.before, change.after).map(what => ({ path, what }));
    }
    for (const [file, section] of CHECK_SECTIONS) {
        if (!file.test(path))
            continue;
        const a = checkParts(change.before ?? '', section);
        const b = checkParts(change.after ?? '', section);
        return [...new Set([...a.keys(), ...b.keys()])]
            .filter(name => formattingFree(a.get(name) ?? null) !== formattingFree(b.get(name) ?? null))
            .map(name => ({ path, what: `[${name}]` }));
    }
    return [];
}

;// CONCATENATED MODULE: ./src/core/fixing/package-scripts.ts
// package.json stays editable (a fix may add or bump a dependency), but not
// what it makes the package manager run. Every entry of `scripts` counts, not
// only the lifecycle hooks (preinstall, install, postinstall, prepare,
// pretest, test, posttest, \u2026): CI steps and other scripts run any script by
// name (`npm run build`, `npm run ci`), and a fix cannot know which ones run
// with secrets once a maintainer approves CI on its branch. `packageManager`
// (which package-manager binary corepack fetches and runs) and `pnpm` (which
// dependencies may run install scripts, patched dependencies) are held the
// same way. Pure: contents in, findings out.

/** Top-level keys, besides `scripts`, that decide what the package manager runs. */
const RUNNER_KEYS = ['packageManager', 'pnpm'];
const PACKAGE_JSON = /(?:^|\/)package\.json$/i;
function parse(text) {
    if (text === null)
        return { ok: true, value: {} };
    try {
        // npm strips a byte-order mark before parsing, so the check does too.
        const value = JSON.parse(text.replace(/^\uFEFF/, ''));
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? { ok: true, value: value }
            : { ok: false };
    }
    catch {
        return { ok: false };
    }
}
function scriptsOf(pkg) {
    const s = pkg.scripts;
    return s !== null && typeof s === 'object' && !Array.isArray(s)
        ? s
        : undefined;
}
/**
 * How a change to a package.json (at any depth) alters what the package
 * manager runs: each script added, removed or changed, and `packageManager`
 * or `pnpm` changed. A package.json that is not a JSON object after the
 * change is a finding too: its scripts cannot be checked. [] for any other
 * file, and for a change outside these keys.
 */
function packageScriptFindings(change) {
    const path = (0,source_text/* normalizePath */.Fd)(change.path);
    if (!PACKAGE_JSON.test(path) || change.before === change.after)
        return [];
    const before = parse(change.before);
    const after = parse(change.after);
    if (!after.ok) {
        return [{ path, what: 'is not a JSON object after the change, so its scripts cannot be checked' }];
    }
    // A package.json that did not parse before ran no scripts; everything in it now is new.
    const a = before.ok ? before.value : {};
    const b = after.value;
    const findings = [];
    const sa = scriptsOf(a);
    const sb = scriptsOf(b);
    const oddScripts = (a.scripts !== undefined && sa === undefined) || (b.scripts !== undefined && sb === undefined);
    if (oddScripts && JSON.stringify(a.scripts) !== JSON.stringify(b.scripts)) {
        findings.push({ path, what: '"scripts" changed' });
    }
    const left = sa ?? {};
    const right = sb ?? {};
    for (const name of new Set([...Object.keys(left), ...Object.keys(right)])) {
        const inA = Object.hasOwn(left, name);
        const inB = Object.hasOwn(right, name);
        if (inA && !inB)
            findings.push({ path, what: `"scripts.${name}" removed` });
        else if (!inA && inB)
            findings.push({ path, what: `"scripts.${name}" added` });
        else if (JSON.stringify(left[name]) !== JSON.stringify(right[name])) {
            findings.push({ path, what: `"scripts.${name}" changed` });
        }
    }
    for (const key of RUNNER_KEYS) {
        if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
            const how = a[key] === undefined ? 'added' : b[key] === undefined ? 'removed' : 'changed';
            findings.push({ path, what: `"${key}" ${how}` });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/fixing/guard-patterns.ts
/** Test cases, per language. */
const TEST_CASES = {
    js: [/(?<![\w$.])(?:it|test|specify)(?:\.[\w$]+)*\s*\(/g],
    python: [/^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*/gm],
    go: [/^func[ \t]+(?:Test|Fuzz)\w*[ \t]*\(/gm, /\bt\.Run\s*\(/g],
    rust: [/#\[(?:\w+::)*test\b/g],
    java: [/@(?:Test|ParameterizedTest|RepeatedTest)\b/g],
    other: []
};
const SKIPS = {
    js: [
        {
            label: '.skip',
            re: /(?<![\w$])(?:it|test|describe|suite|context|specify|bench|this)(?:\.[\w$]+)*\.skip(?:If)?\b/g
        },
        {
            label: '.only (skips every other test)',
            re: /(?<![\w$])(?:it|test|describe|suite|context|specify)(?:\.[\w$]+)*\.only\b/g
        },
        { label: '.todo', re: /(?<![\w$])(?:it|test|describe)(?:\.[\w$]+)*\.todo\b/g },
        { label: 'runIf', re: /(?<![\w$])(?:it|test|describe)(?:\.[\w$]+)*\.runIf\b/g },
        { label: 'xit/xdescribe/xtest', re: /(?<![\w$.])x(?:it|describe|test|context|specify)\s*\(/g },
        { label: 'fit/fdescribe', re: /(?<![\w$.])f(?:it|describe)\s*\(/g },
        {
            label: 'process.exit (ends the run before the tests fail)',
            re: /(?<![\w$.])process\.(?:exit|reallyExit|kill|abort)\s*\(|(?<![\w$.])process\.exitCode\s*=(?!=)/g
        }
    ],
    python: [
        // Decorator, `pytestmark = \u2026` or `item.add_marker(\u2026)`: a skip however it is applied.
        { label: 'pytest.mark.skip', re: /(?<![\w.])(?:pytest\.)?mark\.skip(?:if)?\b/g },
        { label: 'pytest.mark.xfail', re: /(?<![\w.])(?:pytest\.)?mark\.xfail\b/g },
        { label: 'pytest.skip(', re: /\bpytest\.(?:skip|importorskip)\s*\(/g },
        { label: '@unittest.skip', re: /@unittest\.skip/g },
        { label: 'SkipTest', re: /\braise[ \t]+(?:unittest\.)?SkipTest\b/g },
        { label: 'skipTest(', re: /\.skipTest\s*\(/g },
        { label: 'add_marker(', re: /\.add_marker\s*\(/g },
        {
            label: 'a pytest hook that drops, marks or passes tests',
            re: /^[ \t]*def[ \t]+pytest_(?:collection_modifyitems|ignore_collect|collect_file|pycollect_makeitem|runtest_\w+|pyfunc_call|report_teststatus|sessionfinish)\b/gm
        },
        { label: 'collect_ignore', re: /^[ \t]*collect_ignore(?:_glob)?[ \t]*\+?=/gm },
        { label: 'session.exitstatus', re: /\.exitstatus\s*=(?!=)/g },
        {
            label: 'an exit (ends the run before the tests fail)',
            re: /\b(?:sys\.exit|os\._exit|pytest\.exit)\s*\(/g
        }
    ],
    go: [
        { label: 't.Skip', re: /\b\w+\.Skip(?:f|Now)?\s*\(/g },
        { label: 'os.Exit(0)', re: /\bos\.Exit\s*\(\s*0\s*\)/g }
    ],
    rust: [{ label: '#[ignore]', re: /#\[ignore\b/g }],
    java: [{ label: '@Disabled/@Ignore', re: /@(?:Disabled|Ignore)\b/g }],
    other: []
};
/** A line that states what a test expects (matched in the code view). */
const EXPECTATION_LINE = /(?<![\w$.])(?:expect|assert\w*)\b|\b(?:t|b|tt)\.(?:Errorf?|Fatalf?)\b|\b(?:require|assert)\.\w+|\bassert(?:_eq|_ne)?!|\b(?:want|wanted|expected|expect|exp)\w*\s*(?::=|=|:)/;
const isJsonOrScript = (path) => /\.json5?$/.test(path);
const isShellish = (path) => /\.(?:sh|bash|zsh|ya?ml|toml|cfg|ini|mk)$/.test(path) ||
    /(?:^|\/)(?:Makefile|GNUmakefile|Dockerfile[^/]*|Containerfile|Justfile|justfile)$/.test(path);
/** A shell script or a file of shell steps (CI YAML, Makefile), by name or by its `#!` line. */
const isShellScript = (path, text) => (isShellish(path) && !/\.(?:toml|cfg|ini)$/.test(path)) ||
    /^#!\S*(?:\/|\s|env\s+)(?:ba|z|k|da)?sh\b/.test(text);
const isMakefile = (path) => /(?:^|\/)(?:GNU)?[Mm]akefile$|\.mk$/.test(path);
const SUPPRESSIONS = [
    {
        label: '|| true',
        re: /\|\|\s*(?:true|:|exit 0)(?=\s|$|["';)&|])/g,
        applies: (p, _, text) => isShellish(p) || isShellScript(p, text) ? 'code' : isJsonOrScript(p) ? 'raw' : null
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
    { label: '#[allow(', re: /#!?\[allow\s*\(/g, applies: (_, l) => (l === 'rust' ? 'code' : null) },
    {
        label: '@SuppressWarnings',
        re: /@Suppress(?:Warnings)?\b/g,
        applies: (_, l) => (l === 'java' ? 'code' : null)
    }
];
const INLINE_SNAPSHOT = /\bto(?:Match|ThrowErrorMatching)InlineSnapshot\s*\(\s*(`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")?/g;

;// CONCATENATED MODULE: ./src/core/fixing/snapshot-coverage.ts
// Which changed source a rewritten snapshot may go with. A stored snapshot
// (jest/vitest `__snapshots__/*.snap`, syrupy `.ambr`, insta `.snap`, Go
// `.golden`, ApprovalTests `*.approved.*`) records what some code produced;
// rewriting it is a fix only when that code changed too. Rewriting it next to
// an unrelated source edit is the same as rewriting it alone.
//
// The rule, by names only (the guards read no files):
//  1. the snapshot's names: the words of its file name and, for a snapshot
//     under `__snapshots__/` or `snapshots/`, of its test file's name, with
//     extensions and test words dropped (`receipt.test.ts.snap` \u2192 `receipt`,
//     `test_receipt.ambr` \u2192 `receipt`, `crate__parser__expr.snap` \u2192 `crate`,
//     `parser`, `expr`, `ReceiptTest.total.approved.txt` \u2192 `receipt`, `total`);
//  2. a changed source's names: its file name without extension, and its
//     folder's name when the file is an index (`index`, `__init__`, `mod`, `lib`);
//  3. the snapshot is covered when a name of 2 equals a name of 1 (case, `-`
//     and `_` aside), or when the snapshot's test file is in the change and
//     imports a changed source by that name, or, for a file under a Go
//     `testdata/` folder, when a changed non-test .go file sits in the package
//     folder that holds `testdata/`.

const GENERIC = new Set([
    'test',
    'tests',
    'spec',
    'specs',
    'snap',
    'snapshot',
    'snapshots',
    'approved',
    'received',
    'golden',
    'ambr',
    'index',
    'main',
    'init'
]);
const EXTENSION = /^(?:[cm]?[jt]sx?|py|go|rs|java|kt|rb|php|cs|txt|json|html?|xml|ya?ml|md|out|svg|png)$/i;
const INDEX_FILE = /^(?:index|__init__|mod|lib)$/;
const key = (word) => word.toLowerCase().replace(/[-_]/g, '');
function dirOf(path) {
    const p = (0,source_text/* normalizePath */.Fd)(path);
    return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
}
function baseOf(path) {
    return (0,source_text/* normalizePath */.Fd)(path).split('/').pop() ?? '';
}
/** The words of a file name that can name code, keyed (`ReceiptTest.total.approved.txt` \u2192 receipt, total). */
function nameWords(fileName) {
    return fileName
        .split(/\.|__/)
        .map(w => w.replace(/^test_|_test$|_spec$|(?<=[a-z0-9])Tests?$/g, ''))
        .filter(w => w.length > 1 && !EXTENSION.test(w) && !GENERIC.has(w.toLowerCase()))
        .map(key);
}
/** The test file a stored snapshot belongs to, by the runners' conventions. */
function snapshotOwner(snapshot) {
    const dir = dirOf(snapshot);
    const base = baseOf(snapshot);
    if (!/(?:^|\/)__snapshots__$/.test(dir))
        return [];
    const parent = dirOf(dir);
    const join = (name) => (parent === '' ? name : `${parent}/${name}`);
    if (base.endsWith('.snap'))
        return [join(base.slice(0, -'.snap'.length))];
    if (base.endsWith('.ambr'))
        return [join(`${base.slice(0, -'.ambr'.length)}.py`)];
    return [];
}
/** Module names a test file imports (the last segment of each specifier). */
function importedNames(text) {
    const specs = [
        ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
        ...text.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
        ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
        ...text.matchAll(/^\s*from\s+([\w.]+)\s+import\s+([\w, ]+)/gm),
        ...text.matchAll(/^\s*import\s+([\w.]+)/gm)
    ].flatMap(m => [m[1] ?? '', ...(m[2] ?? '').split(',')]);
    return specs
        .flatMap(moduleName)
        .filter(w => w.length > 1)
        .map(key);
}
/** `../src/receipt.js` \u2192 receipt, `../lib/receipt/index` \u2192 receipt, `app.receipt` \u2192 receipt. */
function moduleName(specifier) {
    const parts = specifier.trim().split('/');
    const last = parts.pop() ?? '';
    const dotted = last.split('.');
    const ext = dotted.length > 1 && EXTENSION.test(dotted[dotted.length - 1]);
    const name = ext ? dotted.slice(0, -1).join('.') : (dotted.pop() ?? '');
    return INDEX_FILE.test(name) ? [parts.pop() ?? ''] : [name];
}
/** The names a source file goes by: its base name, or its folder's for an index file. */
function sourceNames(path) {
    const stem = baseOf(path).replace(/\.[^.]+$/, '');
    const folder = baseOf(dirOf(path));
    return (INDEX_FILE.test(stem) ? [folder] : [stem]).filter(w => w !== '').map(key);
}
/** The changed sources the snapshot plausibly records the output of (see the rule above). */
function coveringSources(input) {
    const owners = [input.snapshot, ...snapshotOwner(input.snapshot)];
    const names = new Set(owners.flatMap(o => nameWords(baseOf(o))));
    for (const o of owners) {
        const text = input.tests.get((0,source_text/* normalizePath */.Fd)(o));
        if (text !== undefined)
            for (const n of importedNames(text))
                names.add(n);
    }
    const goPackage = /(?:^|\/)testdata(?:\/|$)/.test(input.snapshot)
        ? input.snapshot.replace(/\/?testdata(?:\/.*)?$/, '')
        : undefined;
    return input.sources.filter(s => sourceNames(s).some(n => names.has(n)) ||
        (goPackage !== undefined && s.endsWith('.go') && dirOf(s) === goPackage));
}

;// CONCATENATED MODULE: ./src/core/fixing/test-weakening.ts
// Ways to keep a test's assertions on the page while making them unable to
// fail: a matcher swapped for a weaker one (`toBe(3)` \u2192 `toBeTruthy()`), an
// assertion that holds whatever the code does (`assert True or \u2026`), a bare
// `return` ahead of the assertions, or the assertion library itself replaced
// (`globalThis.expect = \u2026`). All matched in the code view (comments and
// string contents blanked) unless said otherwise. Pure: text in, counts out.

/** Assertions, per language: what a test checks. */
const ASSERTIONS = {
    js: [
        /(?<![\w$.])expect(?:\.(?:soft|poll))?\s*\(/g,
        /(?<![\w$.])assert(?:\.[\w$]+)?\s*\(/g,
        /\.should\b/g
    ],
    python: [/^[ \t]*assert\b/gm, /\bself\.assert\w+\s*\(/g, /\bpytest\.(?:raises|warns)\s*\(/g],
    go: [
        /\b(?:t|b|tb|tt|f)\.(?:Errorf?|Fatalf?|Fail(?:Now)?)\s*\(/g,
        /\b(?:require|assert)\.\w+\s*\(/g
    ],
    rust: [/\b(?:debug_)?assert(?:_eq|_ne)?!\s*[([]/g, /#\[should_panic\b/g],
    java: [/\bassert\w*\s*\(/g, /\bassertThat\b/g],
    other: []
};
/**
 * Weak checks: ones that pass for almost any value (truthy, defined, not
 * null, of some type, called at all) and vacuous ones that pass whatever the
 * code does (a literal as the subject, `\u2026 or True`). One token each.
 */
const WEAK = {
    js: [
        /\.(?:not\.)?toBe(?:Truthy|Falsy|Defined)\s*\(/g,
        /\.not\.toBe(?:Null|Undefined|NaN)\s*\(/g,
        /\.toBeTypeOf\s*\(/g,
        /\.toHaveBeenCalled\s*\(\s*\)/g,
        /(?<![\w$.])expect\.(?:anything|any)\s*\(/g,
        /(?<![\w$.])assert\.(?:ok|isOk|exists|isDefined|isNotNull|isNotUndefined)\s*\(/g,
        /\.(?:to|should)(?:\.(?:be|not|have))*\.(?:ok|exist)\b/g,
        // vacuous: literal against literal (`expect(1).toBe(1)`), `x || true`, assert(true).
        // (Template literals are blanked whole in the code view, `${\u2026}` included: not literals here.)
        /(?<![\w$.])expect\s*\(\s*(?:true|false|null|undefined|NaN|-?\d[\d_.]*|'[^'\n]*'|"[^"\n]*")\s*\)(?:\.not)?\.\w+\s*\(\s*(?:true|false|null|undefined|NaN|-?\d[\d_.]*|'[^'\n]*'|"[^"\n]*")?\s*\)/g,
        /(?<![\w$.])expect\s*\([^()\n]*(?:\|\||\?\?)\s*(?:true|1|'[^'\n]*'|"[^"\n]*")\s*\)/g,
        /(?<![\w$.])assert(?:\.(?:ok|isOk|isTrue))?\s*\(\s*(?:true|1|!0|!false)\s*[,)]/g
    ],
    python: [
        /\bself\.assert(?:True|False|IsNotNone|IsInstance)\s*\(/g,
        // truthiness: an assert that compares nothing (`assert total(x)`, `assert not err`)
        /^[ \t]*assert[ \t]+(?![^\n]*(?:==|!=|<|>|\bin\b|\bis\b))[^\n]*/gm,
        /^[ \t]*assert[ \t]+[^\n=!<>]+?[ \t]+is[ \t]+not[ \t]+None[ \t]*(?:,|$)/gm,
        // vacuous
        /^[ \t]*assert[ \t]+\(?[ \t]*(?:True|1|not[ \t]+(?:False|None|0))\b(?![ \t]*(?:[=!<>+*/%-]|in\b|is\b))/gm,
        /^[ \t]*assert\b[^\n]*\bor[ \t]+(?:True|1)\b/gm,
        /\bself\.assert(?:True|Equal)\s*\(\s*(?:True|1)\s*[,)]/g
    ],
    go: [/\b(?:assert|require)\.(?:NotNil|True|False|NotEmpty|NotZero)\s*\(/g, /\bif\s+false\s*\{/g],
    rust: [/\bassert!\s*\(\s*true\s*[,)]/g],
    java: [/\bassert(?:True|False|NotNull)\s*\(/g, /\bassertThat\s*\(\s*true\s*\)/g],
    other: []
};
const count = (text, res) => res.reduce((n, re) => n + (0,source_text/* countMatches */.b7)(text, re), 0);
const hits = (line, res) => res.some(re => new RegExp(re.source, re.flags.replace('g', '')).test(line));
/** Top-level arguments of the first call on a line (whitespace dropped). */
function callArguments(line) {
    const open = line.indexOf('(');
    if (open < 0)
        return [];
    const args = [];
    let depth = 0;
    let from = open + 1;
    for (let i = open; i < line.length; i++) {
        const ch = line[i];
        if ('([{'.includes(ch))
            depth++;
        else if (')]}'.includes(ch) && --depth === 0) {
            args.push(line.slice(from, i));
            break;
        }
        else if (ch === ',' && depth === 1) {
            args.push(line.slice(from, i));
            from = i + 1;
        }
    }
    return args.map(a => a.replace(/\s+/g, '')).filter(a => a !== '');
}
/** What an assertion line is about: its first argument (the last after a Go/testify `t`). */
function subjectOf(line) {
    const args = callArguments(line);
    if (args.length > 1 && /^(?:t|tb|b|s\.T\(\)|suite\.T\(\))$/.test(args[0]))
        return args[args.length - 1];
    return args[0];
}
function assertionLines(text, lang) {
    const raw = text.raw.split('\n');
    return text.code
        .split('\n')
        .flatMap((line, k) => hits(line, ASSERTIONS[lang]) || hits(line, WEAK[lang])
        ? [{ raw: (raw[k] ?? '').trim(), weak: hits(line, WEAK[lang]) }]
        : []);
}
/**
 * The added lines that weaken the file's assertions, [] when none do. Weakened
 * means: weak checks grew by more than assertions did (a strong check turned
 * weak or vacuous, or `expect.any` slipped into an expected value), or a
 * strong assertion went away while a weak one about the same subject (first
 * argument) came in.
 */
function weakenedAssertions(before, after, lang) {
    const weakDelta = count(after.code, WEAK[lang]) - count(before.code, WEAK[lang]);
    if (weakDelta <= 0)
        return [];
    const assertDelta = count(after.code, ASSERTIONS[lang]) - count(before.code, ASSERTIONS[lang]);
    const linesBefore = assertionLines(before, lang);
    const linesAfter = assertionLines(after, lang);
    const had = new Set(linesBefore.map(l => l.raw));
    const kept = new Set(linesAfter.map(l => l.raw));
    const came = linesAfter.filter(l => l.weak && !had.has(l.raw));
    if (weakDelta > Math.max(assertDelta, 0))
        return came.length > 0 ? came.map(l => l.raw) : ['\u2026'];
    const goneSubjects = new Set(linesBefore.filter(l => !l.weak && !kept.has(l.raw)).map(l => subjectOf(l.raw)));
    goneSubjects.delete(undefined);
    return came.filter(l => goneSubjects.has(subjectOf(l.raw))).map(l => l.raw);
}
/** A `return` with no value (or an empty one): in a test, it only ends the test early. */
const BARE_RETURN = /(?<![\w$.])return\b[ \t]*(?:null|undefined|nil|None|void 0|\(\))?[ \t]*;?[ \t]*(?=$|\})/gm;
const FUNCTION_HEAD = /=>\s*$|\bfunc(?:tion)?\b|\bfn\b|\|[^|]*\|\s*(?:->[^{]*)?$/;
const CONTROL_HEAD = /(?:^|[^\w$.])(?:if|else|for|while|do|switch|try|catch|finally|select|loop|match|unsafe)\b/;
/** The statement that opens the block at `open`: the code since the last `;`, `{` or `}`. */
function headOf(code, open) {
    const before = code.slice(Math.max(0, open - 400), Math.max(0, open));
    return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}')) + 1);
}
/** Whether the `{` at `open` opens a control block (if, for\u2026), not a function or an object. */
function isControlBlock(code, open) {
    const head = headOf(code, open);
    if (FUNCTION_HEAD.test(head))
        return false;
    return head.trim() === '' || CONTROL_HEAD.test(head);
}
/** The head of a function that is a test (or a suite of them), per language. */
const TEST_FUNCTION_HEAD = {
    js: /(?<![\w$.])(?:it|test|specify|describe|suite|context|bench)(?:\.[\w$]+)*\s*\(/,
    python: /^[ \t]*(?:async[ \t]+)?def[ \t]+test/,
    go: /\bfunc[ \t]+(?:Test|Fuzz|Benchmark)\w*[ \t]*\(|\.Run\s*\(/,
    rust: /#\[(?:\w+::)*test\b/,
    java: /@(?:Test|ParameterizedTest|RepeatedTest)\b/,
    other: /$^/
};
function openingBrace(code, close) {
    let depth = 0;
    for (let i = close; i >= 0; i--) {
        if (code[i] === '}')
            depth++;
        else if (code[i] === '{' && --depth === 0)
            return i;
    }
    return -1;
}
/** Where the function holding `from` ends (its `}`): past the blocks of ifs and loops. */
function functionEnd(code, from) {
    let depth = 0;
    for (let i = from; i < code.length; i++) {
        if (code[i] === '{')
            depth++;
        else if (code[i] === '}') {
            if (depth > 0)
                depth--;
            else if (!isControlBlock(code, openingBrace(code, i)))
                return i;
        }
    }
    return code.length;
}
function pythonEarlyReturns(code) {
    const lines = code.split('\n');
    const indent = (line) => /^[ \t]*/.exec(line)?.[0].length ?? 0;
    let found = 0;
    lines.forEach((line, k) => {
        if (!/^[ \t]*return[ \t]*(?:None)?[ \t]*$/.test(line))
            return;
        const def = lines
            .slice(0, k)
            .reverse()
            .find(l => /^[ \t]*(?:async[ \t]+)?def\b/.test(l) && indent(l) < indent(line));
        if (def === undefined || !TEST_FUNCTION_HEAD.python.test(def))
            return;
        const rest = [];
        for (const next of lines.slice(k + 1)) {
            if (next.trim() === '')
                continue;
            if (indent(next) <= indent(def))
                break;
            rest.push(next);
        }
        if (count(rest.join('\n'), ASSERTIONS.python) > 0)
            found++;
    });
    return found;
}
/**
 * Bare returns in a test (or suite) function that have assertions after them
 * in that function. A return in a helper or a callback (`forEach(x => \u2026)`) is
 * not counted: it ends that function, not the test.
 */
function earlyReturns(code, lang) {
    if (lang === 'python')
        return pythonEarlyReturns(code);
    if (lang === 'other')
        return 0;
    let found = 0;
    for (const m of code.matchAll(BARE_RETURN)) {
        const from = m.index + m[0].length;
        const end = functionEnd(code, from);
        if (!TEST_FUNCTION_HEAD[lang].test(headOf(code, openingBrace(code, end))))
            continue;
        if (count(code.slice(from, end), ASSERTIONS[lang]) > 0)
            found++;
    }
    return found;
}
/** The assertion library replaced or neutered, anywhere (a setup file is not a test file). */
const OVERRIDES = {
    js: [
        {
            label: 'a test global reassigned',
            view: 'code',
            re: /(?<![\w$.])(?:globalThis|global|window|self)\s*\.\s*(?:expect|assert|it|test|describe|chai)\s*=(?!=)/g
        },
        {
            label: 'a test global reassigned',
            view: 'raw',
            re: /(?<![\w$.])(?:globalThis|global|window|self)\s*\[\s*(['"`])(?:expect|assert|it|test|describe|chai)\1\s*\]\s*=(?!=)/g
        },
        {
            label: 'a test global redefined',
            view: 'raw',
            re: /\bObject\.(?:defineProperty|defineProperties|assign)\s*\(\s*(?:globalThis|global|window|self)\b[^;]{0,200}?\b(?:expect|assert|it|test|describe)\b/g
        },
        {
            label: 'the assertion library mocked',
            view: 'raw',
            re: /(?<![\w$.])(?:vi|jest)\.(?:mock|doMock|unstable_mockModule|stubGlobal)\s*\(\s*(['"`])(?:vitest|@vitest\/expect|@jest\/globals|expect|chai|(?:node:)?assert(?:\/strict)?)\1/g
        },
        {
            label: 'a built-in matcher redefined',
            view: 'raw',
            re: /\bexpect\.extend\s*\(\s*\{[^]{0,400}?\b(?:toBe|toEqual|toStrictEqual|toMatch\w*|toThrow\w*|toContain\w*|toHaveBeenCalled\w*|toHaveLength|toHaveProperty|toBeTruthy|toBeDefined)\s*[:(]/g
        },
        { label: 'an assert method reassigned', view: 'code', re: /(?<![\w$.])assert\.\w+\s*=(?!=)/g },
        {
            label: 'a chai assertion overwritten',
            view: 'code',
            re: /\bAssertion\.(?:overwrite|add)(?:Method|Property|ChainableMethod)\s*\(/g
        }
    ],
    python: [
        {
            label: 'an assert method reassigned',
            view: 'code',
            re: /\b(?:self|cls|(?:unittest\.)?TestCase)\.(?:assert\w*|fail\w*)\s*=(?!=)/g
        },
        {
            label: 'an assert method patched',
            view: 'raw',
            re: /\b(?:monkeypatch\.setattr|(?:mock\.)?patch\.object)\s*\([^)\n]*['"](?:assert\w*|fail)['"]/g
        },
        { label: 'pytest.fail replaced', view: 'code', re: /\bpytest\.fail\s*=(?!=)/g },
        {
            label: 'AssertionError replaced',
            view: 'code',
            re: /\b(?:builtins\.)?AssertionError\s*=(?!=)/g
        }
    ],
    go: [],
    rust: [],
    java: [],
    other: []
};

;// CONCATENATED MODULE: ./src/core/fixing/diff-guards.ts
// Guards on every diff before it is kept: a fix may not touch protected paths,
// change too many files, delete, skip or thin out tests, loosen or weaken
// assertions, end a test before its assertions, replace the assertion library,
// rewrite expectations or snapshots to match the actual output, change how a
// check runs (its configuration or the scripts it runs), change what the
// package manager runs (package.json scripts), or silence a check.
// Enforced here, in code, whatever the prompt said. Only what the diff ADDS
// counts: what a file already contained is not the fix's doing.







/** Always protected, whatever the settings say. */

function viewsOf(path, text) {
    if (text === null)
        return null;
    return { raw: text, views: (0,source_text/* sourceViews */._r)(text, (0,source_text/* syntaxOf */.rS)(path)) };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
const sumOf = (text, res) => res.reduce((n, re) => n + (0,source_text/* countMatches */.b7)(text, re), 0);
/** Test case names in a file (to tell a moved test from a removed one). */
function testNames(raw, code, lang) {
    const names = [];
    for (const re of TEST_CASES[lang]) {
        const g = new RegExp(re.source, re.flags);
        let m;
        while ((m = g.exec(code)) !== null) {
            const rest = raw.slice(m.index, m.index + m[0].length + 300);
            const name = /\(\s*(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/.exec(rest.slice(m[0].length - 1))?.[2] ??
                /(?:def|func)\s+(\w+)/.exec(rest)?.[1] ??
                /\bfn\s+(\w+)/.exec(raw.slice(m.index, m.index + 400))?.[1];
            if (name !== undefined)
                names.push(name);
            if (g.lastIndex === m.index)
                g.lastIndex++;
        }
    }
    return names;
}
/** Literal-free shape of a line: two lines with the same shape differ only in their literals. */
function literalShape(line) {
    return line
        .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '\u27E8lit\u27E9')
        .replace(/\b(?:true|false|null|undefined|None|True|False|nil|NaN)\b/g, '\u27E8lit\u27E9')
        .replace(/-?\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?\b/gi, '\u27E8lit\u27E9')
        .replace(/\s+/g, '');
}
function inlineSnapshots(raw) {
    return [...raw.matchAll(INLINE_SNAPSHOT)].map(m => (m[1] ?? '').replace(/\s+/g, ' ').trim());
}
function multisetMinus(a, b) {
    const left = new Map();
    for (const x of b)
        left.set(x, (left.get(x) ?? 0) + 1);
    const out = [];
    for (const x of a) {
        const k = left.get(x) ?? 0;
        if (k > 0)
            left.set(x, k - 1);
        else
            out.push(x);
    }
    return out;
}
function firstLines(lines, max = 2) {
    return lines
        .slice(0, max)
        .map(l => `\`${l.length > 100 ? `${l.slice(0, 99)}\u2026` : l}\``)
        .join(', ');
}
/** Whether a file's program changed, ignoring comments and whitespace. */
function codeChanged(path, change) {
    if (change.before === null || change.after === null)
        return true;
    const syntax = (0,source_text/* syntaxOf */.rS)(path);
    const squash = (t) => (0,source_text/* sourceViews */._r)(t, syntax).code.replace(/\s+/g, '');
    return squash(change.before) !== squash(change.after);
}
/** A file that holds tests: by path convention, or a Rust file with a test module. */
function isTestBearing(path, text) {
    if ((0,source_text/* isSnapshotFile */.by)(path))
        return false;
    if ((0,source_text/* isTestFile */.hl)(path))
        return true;
    return ((0,source_text/* languageOf */.eX)(path) === 'rust' && text !== null && /#\[(?:cfg\(test\)|(?:\w+::)*test\b)/.test(text));
}
/** Check one diff against every guard. Pure: contents in, verdict out. */
function checkDiff(diff, context) {
    const violations = [];
    const report = (rule, path, message) => {
        violations.push({ rule, path, message: `${path}: ${message} [${rule}]` });
    };
    const changes = diff.map(c => ({
        ...c,
        path: (0,source_text/* normalizePath */.Fd)(c.path),
        oldPath: c.oldPath === undefined ? undefined : (0,source_text/* normalizePath */.Fd)(c.oldPath)
    }));
    checkPaths(changes, context, report);
    checkConfigs(changes, context, report);
    checkPackageScripts(changes, report);
    checkSize(changes, context, report);
    const facts = diffFacts(changes);
    for (const change of changes)
        checkFile(fileCheck(change), facts, report);
    return { ok: violations.length === 0, violations, sourceChanged: facts.sourceChanged };
}
/** Paths: inside the workspace, not protected. */
function checkPaths(changes, context, report) {
    const protecting = (0,protected_paths/* protectingGlob */.Wp)(context.protectedPaths);
    for (const c of changes) {
        for (const p of c.oldPath !== undefined && c.oldPath !== c.path
            ? [c.oldPath, c.path]
            : [c.path]) {
            const parts = p.split('/');
            if (p.startsWith('/') ||
                /^[A-Za-z]:\//.test(p) ||
                parts.includes('..') ||
                p === '' ||
                parts.includes('.git')) {
                report('outside-workspace', p, 'is outside the workspace (or inside .git); changes must stay in the repository');
                continue;
            }
            const hit = protecting(p);
            if (hit)
                report('protected-path', p, `is protected (matches \`${hit}\`); a fix may not change it`);
        }
    }
}
/** A rename is the old path going away and the new one appearing; any other change is itself. */
function sidesOf(c) {
    if (c.oldPath === undefined || c.oldPath === c.path)
        return [c];
    return [
        { path: c.oldPath, before: c.before, after: null },
        { path: c.path, before: null, after: c.after }
    ];
}
/** How the checks run: lint, test and compiler configuration, and the scripts the checks run. */
function checkConfigs(changes, context, report) {
    const scripts = context.checkScripts ?? [];
    for (const c of changes) {
        for (const finding of sidesOf(c).flatMap(side => checkConfigFindings(side, scripts))) {
            report('config-changed', finding.path, `changes how a check runs (${finding.what}); a fix may not change lint, test, type-check or formatter configuration, or the scripts and settings that run the checks: fix the code instead`);
        }
    }
}
/** What the package manager runs: package.json scripts, at any depth. */
function checkPackageScripts(changes, report) {
    for (const c of changes) {
        for (const finding of sidesOf(c).flatMap(side => packageScriptFindings(side))) {
            report('scripts-changed', finding.path, `changes what the package manager runs (${finding.what}); a fix may not change package.json scripts, \`packageManager\` or \`pnpm\` settings`);
        }
    }
}
function checkSize(changes, context, report) {
    const touched = [...new Set(changes.map(c => c.path))];
    if (touched.length <= context.maxFilesChanged)
        return;
    report('too-many-files', touched[context.maxFilesChanged], `the change touches ${plural(touched.length, 'file')}, more than max-files-changed (${context.maxFilesChanged}): ${touched.slice(0, 5).join(', ')}${touched.length > 5 ? ', \u2026' : ''}`);
}
function diffFacts(changes) {
    const changedSources = changes
        .filter(c => [c.path, c.oldPath ?? c.path].some(p => (0,source_text/* isSourceFile */.c8)(p)) && codeChanged(c.path, c))
        .map(c => c.path);
    const namesAfter = new Set();
    const testsAfter = new Map();
    for (const c of changes) {
        if (c.after === null || !isTestBearing(c.path, c.after))
            continue;
        testsAfter.set(c.path, c.after);
        const v = (0,source_text/* sourceViews */._r)(c.after, (0,source_text/* syntaxOf */.rS)(c.path));
        for (const n of testNames(c.after, v.code, (0,source_text/* languageOf */.eX)(c.path)))
            namesAfter.add(n);
    }
    const assertionsIn = (path, text) => text === null || !isTestBearing(path, text)
        ? 0
        : sumOf((0,source_text/* sourceViews */._r)(text, (0,source_text/* syntaxOf */.rS)(path)).code, ASSERTIONS[(0,source_text/* languageOf */.eX)(path)]);
    const assertionDelta = changes.reduce((d, c) => d + assertionsIn(c.path, c.after) - assertionsIn(c.oldPath ?? c.path, c.before), 0);
    return {
        sourceChanged: changedSources.length > 0,
        changedSources,
        namesAfter,
        assertionDelta,
        testsAfter
    };
}
function fileCheck(change) {
    const beforePath = change.oldPath ?? change.path;
    return {
        change,
        beforePath,
        before: viewsOf(beforePath, change.before),
        after: viewsOf(change.path, change.after),
        lang: (0,source_text/* languageOf */.eX)(change.path),
        testBefore: isTestBearing(beforePath, change.before),
        testAfter: isTestBearing(change.path, change.after)
    };
}
function checkFile(f, facts, report) {
    if (deletesTest(f, report))
        return;
    if ((0,source_text/* isSnapshotFile */.by)(f.beforePath) || (0,source_text/* isSnapshotFile */.by)(f.change.path)) {
        checkStoredSnapshot(f, facts, report);
        return;
    }
    checkSuppressions(f, report);
    checkOverrides(f, report);
    if (!f.testBefore && !f.testAfter)
        return;
    checkSkips(f, report);
    if (f.before === null || f.after === null)
        return;
    const movedOut = checkRemovedCases(f, facts, report);
    checkAssertions(f, { facts, movedOut }, report);
    checkExpectations(f, facts, report);
}
/** A test file deleted (true: nothing more to check), or renamed to a name no runner picks up. */
function deletesTest(f, report) {
    const { change: c, beforePath } = f;
    if (f.testBefore && c.status === 'deleted') {
        report('test-deleted', c.path, 'deletes a test file');
        return true;
    }
    if (f.testBefore && c.status === 'renamed' && !f.testAfter && (0,source_text/* isTestFile */.hl)(beforePath)) {
        report('test-deleted', c.path, `renames the test file ${beforePath} to a name test runners do not collect`);
    }
    return false;
}
/**
 * Why a snapshot rewrite has no source change to go with, or undefined when it
 * has one: some source changed in code, and it is one the snapshot plausibly
 * records (see snapshot-coverage.ts for the exact rule).
 */
function snapshotProblem(snapshot, facts) {
    if (!facts.sourceChanged)
        return 'while no source file changed';
    const covering = coveringSources({
        snapshot,
        sources: facts.changedSources,
        tests: facts.testsAfter
    });
    if (covering.length > 0)
        return undefined;
    return `while none of the changed sources (${facts.changedSources.slice(0, 3).join(', ')}) is code it records; update a snapshot only together with a change to the code it renders (a source named like the snapshot or its test, or one its test imports)`;
}
/** An existing stored snapshot changed or removed (new snapshots, added entries are fine). */
function checkStoredSnapshot(f, facts, report) {
    const c = f.change;
    const removed = c.before === null ? [] : c.after === null ? ['(file)'] : (0,source_text/* removedLines */.ws)(c.before, c.after);
    if (removed.length === 0)
        return;
    const problem = snapshotProblem(c.path, facts);
    if (problem === undefined)
        return;
    report('snapshot-updated', c.path, `${c.status === 'deleted' ? 'deletes' : 'rewrites'} a stored snapshot ${problem}`);
}
/** Suppressions: anywhere, only added occurrences. */
function checkSuppressions(f, report) {
    const { after, before, lang, change: c } = f;
    if (after === null)
        return;
    for (const s of SUPPRESSIONS) {
        const view = s.applies(c.path, lang, after.raw);
        if (view === null)
            continue;
        const pick = (v) => v === null ? '' : view === 'raw' ? v.raw : v.views[view];
        const added = (0,source_text/* countMatches */.b7)(pick(after), s.re) - (0,source_text/* countMatches */.b7)(pick(before), s.re);
        if (added > 0)
            report('suppression-added', c.path, `adds ${plural(added, 'suppression')} \`${s.label}\`; fix the cause instead of silencing the check`);
    }
}
/** The assertion library replaced or neutered, in any file (setup files are not test files). */
function checkOverrides(f, report) {
    const { after, before, lang, change: c } = f;
    if (after === null)
        return;
    for (const o of OVERRIDES[lang]) {
        const pick = (v) => v === null ? '' : o.view === 'raw' ? v.raw : v.views.code;
        const added = (0,source_text/* countMatches */.b7)(pick(after), o.re) - (0,source_text/* countMatches */.b7)(pick(before), o.re);
        if (added > 0)
            report('assertion-replaced', c.path, `replaces what the tests assert with (${o.label}), so no test can fail; leave the test framework alone and fix the code`);
    }
}
function checkSkips(f, report) {
    if (f.after === null)
        return;
    const beforeCode = f.before?.views.code ?? '';
    for (const s of SKIPS[f.lang]) {
        const added = (0,source_text/* countMatches */.b7)(f.after.views.code, s.re) - (0,source_text/* countMatches */.b7)(beforeCode, s.re);
        if (added > 0)
            report('skip-added', f.change.path, `adds ${plural(added, 'test skip')} (\`${s.label}\`); a fix may not skip tests`);
    }
}
/** Removed test cases (moved ones, present under the same name elsewhere, are fine). Returns whether they all moved. */
function checkRemovedCases(f, facts, report) {
    const { lang } = f;
    const before = f.before;
    const after = f.after;
    const casesBefore = sumOf(before.views.code, TEST_CASES[lang]);
    const casesAfter = sumOf(after.views.code, TEST_CASES[lang]);
    if (casesAfter >= casesBefore)
        return false;
    const namesBefore = testNames(before.raw, before.views.code, lang);
    const gone = multisetMinus(namesBefore, testNames(after.raw, after.views.code, lang)).filter(n => !facts.namesAfter.has(n));
    if (gone.length === 0 && namesBefore.length > 0)
        return true;
    const named = gone.length > 0
        ? ` (${gone
            .slice(0, 3)
            .map(n => `"${n}"`)
            .join(', ')})`
        : '';
    report('test-removed', f.change.path, `removes ${plural(casesBefore - casesAfter, 'test case')}${named}; a fix may not delete or comment out tests`);
    return false;
}
/** Fewer assertions, weaker ones, or a bare `return` ahead of them. */
function checkAssertions(f, whole, report) {
    const { lang, change: c } = f;
    const before = f.before;
    const after = f.after;
    const assertsBefore = sumOf(before.views.code, ASSERTIONS[lang]);
    const assertsAfter = sumOf(after.views.code, ASSERTIONS[lang]);
    if (assertsAfter < assertsBefore && !(whole.movedOut && whole.facts.assertionDelta >= 0)) {
        report('assertion-removed', c.path, `removes ${plural(assertsBefore - assertsAfter, 'assertion')} (${assertsBefore} \u2192 ${assertsAfter}); a fix may not loosen tests`);
    }
    const weakened = weakenedAssertions({ raw: before.raw, code: before.views.code }, { raw: after.raw, code: after.views.code }, lang);
    if (weakened.length > 0) {
        report('assertion-weakened', c.path, `weakens assertions (${firstLines(weakened)}): a check that passes for almost any value, or whatever the code does, replaces an exact one; keep the exact assertion and fix the code`);
    }
    const returns = earlyReturns(after.views.code, lang) - earlyReturns(before.views.code, lang);
    if (returns > 0) {
        report('early-return', c.path, `adds ${plural(returns, 'bare `return`')} ahead of a test's assertions, so they never run; a fix may not end a test early`);
    }
}
/** Expected values and inline snapshots rewritten to match the actual output. */
function checkExpectations(f, facts, report) {
    const before = f.before;
    const after = f.after;
    const c = f.change;
    // Inline snapshots rewritten (new ones, filled from empty, are fine): the stored-snapshot rule.
    const snapsGone = multisetMinus(inlineSnapshots(before.raw), inlineSnapshots(after.raw)).filter(s => s !== '' && s !== '``');
    const problem = snapsGone.length > 0 ? snapshotProblem(c.path, facts) : undefined;
    if (problem !== undefined) {
        report('snapshot-updated', c.path, `rewrites ${plural(snapsGone.length, 'inline snapshot')} ${problem}`);
    }
    if (facts.sourceChanged)
        return;
    // An expectation rewritten to the actual value: a line that states an
    // expectation lost a literal and came back with another one, same shape.
    // Only the part from the assertion on: a test renamed on the same line is not an expectation.
    const expectLines = (v) => {
        const raw = v.raw.split('\n');
        return v.views.code.split('\n').flatMap((line, k) => {
            const m = EXPECTATION_LINE.exec(line);
            return m ? [(raw[k] ?? '').slice(m.index).trim()] : [];
        });
    };
    const beforeLines = expectLines(before);
    const afterLines = expectLines(after);
    const gone = multisetMinus(beforeLines, afterLines);
    const came = multisetMinus(afterLines, beforeLines);
    const rewritten = gone.filter(g => came.some(a => literalShape(a) === literalShape(g)));
    if (rewritten.length > 0) {
        report('expectation-changed', c.path, `changes the expected value of ${plural(rewritten.length, 'assertion')} while no source file changed (${firstLines(rewritten)}); fix the code, not the expectation`);
    }
}
/** One message for the model's feedback and the decision log. */
function describeVerdict(verdict) {
    if (verdict.ok)
        return 'The change passed every guard.';
    return [
        'The change was rejected and reverted:',
        ...verdict.violations.map(v => `- ${v.message}`)
    ].join('\n');
}

// EXTERNAL MODULE: ./src/models/catalog.ts
var catalog = __webpack_require__(94765);
;// CONCATENATED MODULE: ./src/core/fixing/budgets.ts
// Hard budgets of a fix loop, in code: input tokens and cost per run and per
// failure, and the run's time. Checked BEFORE every model call with that
// call's worst case, so a run stops cleanly instead of overshooting. Pure: the
// clock is injected, usage comes from each response.

/** Default reserve: room for a full test run, lint, typecheck and a push. */
const DEFAULT_RESERVE_MS = 3 * 60_000;
/** Usage with nothing spent yet. */
function emptyTotals() {
    return {
        inputTokens: 0,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        freshInputTokens: 0,
        costUsd: 0,
        calls: 0
    };
}
/** Two usages added up (a new object). */
function addTotals(a, b) {
    const sum = emptyTotals();
    for (const k of Object.keys(sum))
        sum[k] = a[k] + b[k];
    return sum;
}
function addTo(t, usage, cost) {
    t.inputTokens += usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens;
    t.freshInputTokens += usage.inputTokens;
    t.outputTokens += usage.outputTokens;
    t.cacheReadTokens += usage.cacheReadInputTokens;
    t.cacheWriteTokens += usage.cacheCreationInputTokens;
    t.costUsd += cost;
    t.calls += 1;
}
function usd(n) {
    return `$${n.toFixed(n < 1 ? 4 : 2)}`;
}
function tokens(n) {
    return n.toLocaleString('en-US');
}
function nonNegative(n) {
    return Number.isFinite(n) && n > 0 ? n : 0;
}
/** Worst-case cost of the next call: uncached input priced at the dearer of fresh and cache-write. */
function worstCaseCost(call, overrides = {}) {
    const price = (0,catalog/* priceOf */.xx)(call.model, overrides);
    const input = nonNegative(call.estimatedInputTokens);
    const cached = Math.min(input, nonNegative(call.expectedCacheReadTokens ?? 0));
    const uncachedRate = Math.max(price.input, price.cacheWrite);
    return (((input - cached) * uncachedRate +
        cached * price.cacheRead +
        nonNegative(call.maxOutputTokens) * price.output) /
        1_000_000);
}
class BudgetTracker {
    limits;
    clock;
    started;
    run = emptyTotals();
    perFailure = new Map();
    runStop;
    failureStops = new Map();
    constructor(limits, clock) {
        const timeBudgetMs = nonNegative(limits.timeBudgetMs);
        this.limits = {
            ...limits,
            timeBudgetMs,
            reserveMs: Math.min(nonNegative(limits.reserveMs ?? DEFAULT_RESERVE_MS), timeBudgetMs / 2),
            modelPrices: limits.modelPrices ?? {}
        };
        this.clock = clock;
        this.started = clock.now();
    }
    /** Count one response's usage; returns its cost in USD. */
    record(usage, model, failureKey = '') {
        const cost = (0,catalog/* costOf */.ho)(usage, (0,catalog/* priceOf */.xx)(model, this.limits.modelPrices));
        addTo(this.run, usage, cost);
        if (failureKey !== '') {
            let t = this.perFailure.get(failureKey);
            if (t === undefined) {
                t = emptyTotals();
                this.perFailure.set(failureKey, t);
            }
            addTo(t, usage, cost);
        }
        return cost;
    }
    /**
     * Whether the next call fits every budget even in its worst case (all its
     * input tokens counted, its whole max_tokens spent). Landing exactly on a
     * limit is allowed; crossing it is not. A refusal is remembered (see
     * `stopped()`): the run's outcome becomes budget-exceeded.
     */
    canAffordNextCall(call) {
        const refuse = (reason, message) => {
            if (reason === 'failure-tokens' || reason === 'failure-cost') {
                const key = call.failureKey ?? '';
                if (!this.failureStops.has(key))
                    this.failureStops.set(key, { reason, message, failureKey: key });
            }
            else {
                this.runStop ??= {
                    reason,
                    message,
                    ...(call.failureKey ? { failureKey: call.failureKey } : {})
                };
            }
            return { ok: false, reason, message };
        };
        const left = this.timeLeftMs();
        const needMs = nonNegative(call.estimatedMs ?? 0);
        if (left <= 0 || left < needMs) {
            return refuse('time', `time budget: ${Math.round(this.elapsedMs() / 1000)}s of ${Math.round(this.limits.timeBudgetMs / 1000)}s used, ${Math.round(this.limits.reserveMs / 1000)}s kept for the final verification and push${needMs > 0 ? `; the next call may take ${Math.round(needMs / 1000)}s` : ''}`);
        }
        const input = nonNegative(call.estimatedInputTokens);
        const cost = worstCaseCost(call, this.limits.modelPrices);
        if (this.run.inputTokens + input > this.limits.maxInputTokens) {
            return refuse('run-tokens', `max-input-tokens: ${tokens(this.run.inputTokens)} used + about ${tokens(input)} for the next call > ${tokens(this.limits.maxInputTokens)}`);
        }
        if (this.run.costUsd + cost > this.limits.maxCostUsd) {
            return refuse('run-cost', `max-cost-usd: ${usd(this.run.costUsd)} spent + up to ${usd(cost)} for the next call > ${usd(this.limits.maxCostUsd)}`);
        }
        if (call.failureKey) {
            const f = this.perFailure.get(call.failureKey) ?? emptyTotals();
            if (f.inputTokens + input > this.limits.maxInputTokensPerFailure) {
                return refuse('failure-tokens', `max-input-tokens-per-failure: ${tokens(f.inputTokens)} used on this failure + about ${tokens(input)} for the next call > ${tokens(this.limits.maxInputTokensPerFailure)}`);
            }
            if (f.costUsd + cost > this.limits.maxCostUsdPerFailure) {
                return refuse('failure-cost', `max-cost-usd-per-failure: ${usd(f.costUsd)} spent on this failure + up to ${usd(cost)} for the next call > ${usd(this.limits.maxCostUsdPerFailure)}`);
            }
        }
        return { ok: true };
    }
    /** Whether a non-model step (a test run) of this length still fits before the reserve. */
    hasTimeFor(ms) {
        return this.timeLeftMs() > 0 && this.timeLeftMs() >= nonNegative(ms);
    }
    elapsedMs() {
        return Math.max(0, this.clock.now() - this.started);
    }
    /** Time left for work: the time budget minus the reserve minus what has elapsed (never negative). */
    timeLeftMs() {
        return Math.max(0, this.limits.timeBudgetMs - this.limits.reserveMs - this.elapsedMs());
    }
    /** Time left until the hard end of the time budget (the reserve included). */
    hardTimeLeftMs() {
        return Math.max(0, this.limits.timeBudgetMs - this.elapsedMs());
    }
    /** A timeout for the next call or command: at most `maxMs`, never past the work deadline. */
    timeoutFor(maxMs) {
        return Math.max(0, Math.min(nonNegative(maxMs), this.timeLeftMs()));
    }
    /**
     * A timeout for one command (a check, a fixer, a test run): at most `maxMs`,
     * never past the hard end of the time budget, and at least a second so a
     * command is never started with no time at all.
     */
    commandTimeoutMs(maxMs) {
        return Math.max(1_000, Math.min(nonNegative(maxMs), this.hardTimeLeftMs()));
    }
    reserveMs() {
        return this.limits.reserveMs;
    }
    totals() {
        return { ...this.run };
    }
    failureTotals(failureKey) {
        return { ...(this.perFailure.get(failureKey) ?? emptyTotals()) };
    }
    /** Totals of every failure that made a call, by key. */
    allFailureTotals() {
        return Object.fromEntries([...this.perFailure].map(([k, t]) => [k, { ...t }]));
    }
    /** The run-level refusal if any, else the first per-failure one (for the outcome and the log). */
    stopped() {
        const first = this.runStop ?? [...this.failureStops.values()][0];
        return first === undefined ? undefined : { ...first };
    }
    /** Whether a run-level budget (run tokens, run cost, time) stopped the whole run. */
    runStopped() {
        return this.runStop !== undefined;
    }
    /** The per-failure refusal of one failure, if its own budget stopped it. */
    failureStopped(failureKey) {
        const s = this.failureStops.get(failureKey);
        return s === undefined ? undefined : { ...s };
    }
}
/** Limits from the fix-loop settings (minutes and per-run/per-failure caps). */
function budgetLimitsOf(settings, reserveMs = DEFAULT_RESERVE_MS) {
    return {
        maxInputTokens: settings.maxInputTokens,
        maxCostUsd: settings.maxCostUsd,
        maxInputTokensPerFailure: settings.maxInputTokensPerFailure,
        maxCostUsdPerFailure: settings.maxCostUsdPerFailure,
        timeBudgetMs: settings.timeBudgetMinutes * 60_000,
        reserveMs,
        modelPrices: settings.modelPrices
    };
}

// EXTERNAL MODULE: ./src/core/fixing/prompt-parts.ts
var prompt_parts = __webpack_require__(80328);
// EXTERNAL MODULE: ./src/core/fixing/labels.ts
var labels = __webpack_require__(74174);
;// CONCATENATED MODULE: ./src/core/fixing/branch-lease.ts
// Who owns a fix branch: ci-medic replaces a branch only when it is still at
// the commit ci-medic itself pushed last (kept in its own state: a hidden
// marker in the PR body for autofix, the fix record for self-heal). A
// branch someone else committed on is never force-pushed: the fix goes to
// a new branch instead, and the other commits stay where they are. Pure.
/**
 * What to do with `branch`, seen on the remote at `remote` (null: absent),
 * when ci-medic last pushed `lastPushed` there (null: never, as far as its
 * state knows) and now has `head` to publish.
 */
function decideLease(remote, lastPushed, head) {
    if (remote === null)
        return { kind: 'create' };
    if (remote === head)
        return { kind: 'up-to-date' };
    if (lastPushed && remote === lastPushed)
        return { kind: 'replace', lease: lastPushed };
    return { kind: 'diverged', theirs: remote };
}
/** The branch a fix goes to when its own branch has someone else's commits: one per run. */
function divertedBranch(branch, runId) {
    return `${branch}-${runId}`;
}
const MARKER = /<!--\s*ci-medic:pushed\s+([0-9a-f]{40,64})\s*-->/g;
/** The hidden line autofix ends a PR body with: the sha it pushed to the PR's branch. */
function pushedMarker(sha) {
    return `<!-- ci-medic:pushed ${sha} -->`;
}
/** The sha the last marker in a PR body names (ci-medic's last push), or null. */
function readPushedMarker(body) {
    let found = null;
    for (const match of (body ?? '').matchAll(MARKER))
        found = match[1];
    return found;
}
/** `body` with its pushed marker replaced by one for `sha` (at the end). */
function withPushedMarker(body, sha) {
    return `${body.replace(MARKER, '').trimEnd()}\n\n${pushedMarker(sha)}\n`;
}
/** Why a fix went to another branch: for the journal, the report and the new PR's body. */
function divertedNote(branch, theirs, diverted) {
    return `${branch} has commits ci-medic did not push (it is at ${theirs.slice(0, 12)}), so it was left as it is and this fix was pushed to ${diverted} instead.`;
}

;// CONCATENATED MODULE: ./src/core/fixing/model-gate.ts
/** Why the model tiers are withheld, or undefined when the model may run. */
function modelWithheld(input) {
    if (input.sandboxMode !== 'none')
        return undefined;
    if (input.sandboxSetting === 'off' || input.publish === 'separate-job')
        return undefined;
    return 'no sandbox could be set up on this runner, and this job holds the write token (publish: same-job), so model-written code is not run: use publish: separate-job, a runner where the sandbox works, or sandbox: off to accept the risk';
}

;// CONCATENATED MODULE: ./src/core/fixing/index.ts
// The fix engine's pure parts, shared by autofix and self-heal: project
// detection, diff guards and protected paths, budgets, source-file kinds, and
// the prompt pieces both actions' prompts are built from. Data in, decisions
// out: no I/O, no @actions/*, no child processes, no SDK calls.












/***/ }),

/***/ 74174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ commitSafe),
/* harmony export */   Zu: () => (/* binding */ failureLabel),
/* harmony export */   wG: () => (/* binding */ pathsOf)
/* harmony export */ });
/** `file:line test` (or the error code, or the message's first line). */
function failureLabel(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
    const what = f.test ?? f.errorCode ?? f.message.split('\n')[0] ?? '';
    return [where, what].filter(Boolean).join(' ');
}
/** The paths a diff touches (both sides of a rename), sorted, each once. */
function pathsOf(diff) {
    return [...new Set(diff.flatMap(c => (c.oldPath ? [c.oldPath, c.path] : [c.path])))].sort();
}
/**
 * Untrusted text (an exception type from Sentry, a test name from a log) as a
 * safe part of a commit subject: one line, no issue references or mentions
 * GitHub would act on (`Closes #12`, `Fixes GH-12`, `Resolves
 * https://github.com/o/r/issues/12`, `@team`), at most `max` characters.
 * `#` and `@` go first, so what they separated cannot join into a reference.
 */
function commitSafe(text, max = 72) {
    const line = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    const inert = line
        .replace(/[#@]/g, '')
        .replace(/\b(GH)-(?=\d)/gi, '$1 ')
        .replace(/:\/\//g, ': //')
        .replace(/\b(www)\./gi, '$1 ');
    return inert.length > max ? `${inert.slice(0, max - 1)}\u2026` : inert;
}


/***/ }),

/***/ 23450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ affectedTestCommand),
/* harmony export */   k$: () => (/* binding */ LOCAL_TOOLS),
/* harmony export */   kI: () => (/* binding */ LOCAL_BIN_DIR),
/* harmony export */   lG: () => (/* binding */ filesToRead),
/* harmony export */   pp: () => (/* binding */ detectProject)
/* harmony export */ });
/* harmony import */ var _check_scripts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85864);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73910);


/** The JS tools detection can name; the caller says which are in node_modules/.bin. */
const LOCAL_TOOLS = ['vitest', 'jest', 'eslint', 'tsc', 'prettier'];
/** Where a Node project's installed tools are, relative to its root (as npx looks them up). */
const LOCAL_BIN_DIR = 'node_modules/.bin';
const READ_EXACT = [
    'package.json',
    'pyproject.toml',
    'setup.cfg',
    'setup.py',
    'pytest.ini',
    'tox.ini',
    'mypy.ini',
    '.mypy.ini',
    'go.mod',
    'Cargo.toml',
    'tsconfig.json',
    '.nvmrc',
    '.node-version'
];
/** The root files whose contents `detectProject` wants, out of those present. */
function filesToRead(rootFiles) {
    return rootFiles.filter(f => READ_EXACT.includes(f) || /^requirements[\w.-]*\.(?:txt|in)$/.test(f));
}
const ESLINT_CONFIG = /^(?:eslint\.config\.(?:js|mjs|cjs|ts|mts|cts)|\.eslintrc(?:\.(?:js|cjs|mjs|json|ya?ml))?)$/;
const PRETTIER_CONFIG = /^(?:\.prettierrc(?:\.(?:json5?|ya?ml|toml|js|cjs|mjs|ts|mts|cts))?|prettier\.config\.(?:js|cjs|mjs|ts|mts|cts))$/;
const RUFF_CONFIG = /^\.?ruff\.toml$/;
const PYTHON_MARKERS = /^(?:pyproject\.toml|setup\.py|setup\.cfg|pytest\.ini|tox\.ini|requirements[\w.-]*\.(?:txt|in)|Pipfile|poetry\.lock|uv\.lock|conftest\.py)$/;
function readPackageJson(text, reasons) {
    if (text === undefined)
        return undefined;
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        reasons.push('package.json is not valid JSON: ignored');
        return undefined;
    }
    if (raw === null || typeof raw !== 'object')
        return undefined;
    const o = raw;
    const record = (v) => v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === 'string'))
        : {};
    const deps = new Set([
        ...Object.keys(record(o.dependencies)),
        ...Object.keys(record(o.devDependencies))
    ]);
    const engines = record(o.engines);
    return {
        scripts: record(o.scripts),
        deps,
        ...(typeof o.packageManager === 'string' ? { packageManager: o.packageManager } : {}),
        hasEslintConfig: o.eslintConfig !== undefined,
        hasPrettierConfig: o.prettier !== undefined,
        ...(engines.node ? { nodeEngine: engines.node } : {})
    };
}
/** npm's placeholder `test` script fails on purpose: it is not a test command. */
function isPlaceholderTest(script) {
    return /no test specified/i.test(script);
}
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function joinPath(dir, file) {
    return `${dir.replace(/[\\/]+$/, '')}/${file}`;
}
/** A script that is one plain invocation of a tool (no `&&`, pipes, env or watch flags). */
function simpleInvocation(script, tool) {
    const s = script.trim();
    if (/[;&|<>`$()]/.test(s))
        return undefined;
    const m = new RegExp(`^${tool}(?:\\s|$)`).exec(s);
    if (!m)
        return undefined;
    if (/(?:^|\s)(?:--watch|-w|--ui|watch|dev)(?:\s|$)/.test(s.slice(tool.length)))
        return undefined;
    if (/--reporter|--json|--outputFile|--junitxml/.test(s))
        return undefined;
    return s;
}
function execPrefix(pm) {
    return pm === 'pnpm' ? 'pnpm exec' : pm === 'yarn' ? 'yarn' : 'npx';
}
/**
 * How to start a JS tool: from node_modules/.bin when it is installed there,
 * else through the package manager (which also fetches a missing one). The
 * path is relative: checks run at the checkout's root, and a clean checkout
 * gets the workspace's node_modules linked in.
 */
function toolRunner(pm, local) {
    const exec = execPrefix(pm);
    return tool => (local.has(tool) ? `${LOCAL_BIN_DIR}/${tool}` : `${exec} ${tool}`);
}
function runScript(pm, script) {
    if (pm === 'yarn')
        return `yarn ${script}`;
    if (pm === 'pnpm')
        return `pnpm run ${script}`;
    return script === 'test' ? 'npm test' : `npm run ${script}`;
}
/**
 * A lint or typecheck script run as the package manager would, but straight
 * from node_modules/.bin when it is one plain invocation of an installed tool
 * and has no pre/post scripts to run around it: the same program and
 * arguments, without starting npm first.
 */
function scriptCommand(pm, scripts, name, local) {
    const script = scripts[name] ?? '';
    const hooks = scripts[`pre${name}`] !== undefined || scripts[`post${name}`] !== undefined;
    const tool = hooks ? undefined : [...local].find(t => simpleInvocation(script, t) !== undefined);
    if (tool === undefined)
        return { command: runScript(pm, name), direct: false };
    return { command: `${LOCAL_BIN_DIR}/${script.trim()}`, direct: true };
}
function hasSection(toml, section) {
    if (toml === undefined)
        return false;
    const escaped = section.replace(/[.[\]]/g, m => `\\${m}`);
    return new RegExp(`^\\s*\\[${escaped}(?:[.\\]])`, 'm').test(toml);
}
function mentions(text, word) {
    return text !== undefined && word.test(text);
}
function isNone(value) {
    return value !== undefined && value.trim().toLowerCase() === 'none';
}
function detectNode(files, pkg, reportDir, reasons) {
    const root = new Set(files.rootFiles);
    if (pkg === undefined && !root.has('package.json'))
        return undefined;
    const pm = nodePackageManager(root, pkg, reasons);
    const local = new Set((files.localBins ?? []).filter(b => LOCAL_TOOLS.includes(b)));
    const node = {
        pm,
        scripts: pkg?.scripts ?? {},
        deps: pkg?.deps ?? new Set(),
        local,
        tool: toolRunner(pm, local),
        reportDir,
        reasons
    };
    const { test, reporter } = nodeTests(node);
    const eslint = files.rootFiles.find(f => ESLINT_CONFIG.test(f)) ??
        (pkg?.hasEslintConfig ? 'package.json "eslintConfig"' : undefined);
    const prettier = files.rootFiles.find(f => PRETTIER_CONFIG.test(f)) ??
        (pkg?.hasPrettierConfig ? 'package.json "prettier"' : undefined);
    const lint = nodeLint(node, eslint);
    const typecheck = nodeTypecheck(node, root);
    const fixers = nodeFixers(node, eslint, prettier);
    if (local.size > 0) {
        reasons.push(`installed in node_modules/.bin, run from there: ${[...local].join(', ')}`);
    }
    return {
        ecosystem: 'node',
        packageManager: pm,
        test,
        reporter,
        lint,
        typecheck,
        fixers,
        ...(local.size > 0 ? { localTools: [...local] } : {})
    };
}
/** The declared package manager, else the one whose lockfile is there, else npm. */
function nodePackageManager(root, pkg, reasons) {
    const declared = /^(npm|pnpm|yarn)@/.exec(pkg?.packageManager ?? '')?.[1];
    if (declared) {
        reasons.push(`package manager ${declared}: package.json "packageManager"`);
        return declared;
    }
    if (root.has('pnpm-lock.yaml')) {
        reasons.push('package manager pnpm: pnpm-lock.yaml');
        return 'pnpm';
    }
    if (root.has('yarn.lock')) {
        reasons.push('package manager yarn: yarn.lock');
        return 'yarn';
    }
    reasons.push(`package manager npm: ${root.has('package-lock.json') ? 'package-lock.json' : 'default for package.json'}`);
    return 'npm';
}
/** The test command: the "test" script (run directly when it is plain vitest or jest), else vitest or jest from the deps. */
function nodeTests(node) {
    const { deps, tool, reportDir, reasons } = node;
    const testScript = node.scripts.test;
    if (testScript !== undefined && !isPlaceholderTest(testScript)) {
        return nodeTestScript(node, testScript);
    }
    if (deps.has('vitest')) {
        const path = joinPath(reportDir, 'vitest-report.json');
        reasons.push('tests: vitest in package.json devDependencies (no "test" script)');
        return {
            test: `${tool('vitest')} run --reporter=default --reporter=json --outputFile=${quoteArg(path)}`,
            reporter: { format: 'jest-json', path, tool: 'vitest' }
        };
    }
    if (deps.has('jest')) {
        const path = joinPath(reportDir, 'jest-report.json');
        reasons.push('tests: jest in package.json devDependencies (no "test" script)');
        return {
            test: `${tool('jest')} --json --outputFile=${quoteArg(path)}`,
            reporter: { format: 'jest-json', path, tool: 'jest' }
        };
    }
    if (testScript !== undefined) {
        reasons.push('package.json "test" is npm\'s placeholder ("no test specified"): not a test command');
    }
    return { test: '', reporter: { format: 'text', tool: 'script' } };
}
/** A real "test" script: vitest or jest run directly with a JSON report, anything else as is. */
function nodeTestScript({ pm, tool, reportDir, reasons }, testScript) {
    const vitest = simpleInvocation(testScript, 'vitest');
    const jest = simpleInvocation(testScript, 'jest');
    if (vitest !== undefined) {
        const path = joinPath(reportDir, 'vitest-report.json');
        const base = /^vitest\s+run\b/.test(vitest) ? vitest : vitest.replace(/^vitest/, 'vitest run');
        reasons.push(`tests: package.json script "test" runs vitest (\`${testScript}\`): run directly with a JSON report`);
        return {
            test: `${tool('vitest')}${base.slice('vitest'.length)} --reporter=default --reporter=json --outputFile=${quoteArg(path)}`,
            reporter: { format: 'jest-json', path, tool: 'vitest' }
        };
    }
    if (jest !== undefined) {
        const path = joinPath(reportDir, 'jest-report.json');
        reasons.push(`tests: package.json script "test" runs jest (\`${testScript}\`): run directly with a JSON report`);
        return {
            test: `${tool('jest')}${jest.slice('jest'.length)} --json --outputFile=${quoteArg(path)}`,
            reporter: { format: 'jest-json', path, tool: 'jest' }
        };
    }
    reasons.push(`tests: package.json script "test" (\`${testScript}\`): run as is, output read as text`);
    return { test: runScript(pm, 'test'), reporter: { format: 'text', tool: scriptTestTool(testScript) } };
}
/** The test tool a script names, for reading its text output. */
function scriptTestTool(testScript) {
    return /\bvitest\b/.test(testScript)
        ? 'vitest'
        : /\bjest\b/.test(testScript)
            ? 'jest'
            : /\bmocha\b/.test(testScript)
                ? 'mocha'
                : /\bnode\s+--test\b/.test(testScript)
                    ? 'node'
                    : 'script';
}
/** The "lint" script, else eslint when it is configured. */
function nodeLint(node, eslint) {
    const { pm, scripts, local, tool, reasons } = node;
    if (scripts.lint !== undefined) {
        const run = scriptCommand(pm, scripts, 'lint', local);
        reasons.push(`lint: package.json script "lint" (\`${scripts.lint}\`)${run.direct ? ': run from node_modules/.bin' : ''}`);
        return run.command;
    }
    if (eslint !== undefined) {
        reasons.push(`lint: eslint configured (${eslint})`);
        return `${tool('eslint')} .`;
    }
    return '';
}
/** A typecheck script, else tsc when there is a tsconfig.json. */
function nodeTypecheck(node, root) {
    const { pm, scripts, local, tool, reasons } = node;
    const typecheckScript = ['typecheck', 'type-check', 'check-types', 'types', 'tsc'].find(s => scripts[s] !== undefined);
    if (typecheckScript !== undefined) {
        const run = scriptCommand(pm, scripts, typecheckScript, local);
        reasons.push(`typecheck: package.json script "${typecheckScript}"${run.direct ? ' (run from node_modules/.bin)' : ''}`);
        return run.command;
    }
    if (root.has('tsconfig.json')) {
        reasons.push('typecheck: tsconfig.json');
        return `${tool('tsc')} --noEmit`;
    }
    return '';
}
/** eslint --fix and prettier --write, each when it is configured. */
function nodeFixers({ tool, reasons }, eslint, prettier) {
    const fixers = [];
    if (eslint !== undefined) {
        fixers.push(`${tool('eslint')} --fix .`);
        reasons.push(`fixer eslint --fix: eslint configured (${eslint})`);
    }
    if (prettier !== undefined) {
        fixers.push(`${tool('prettier')} --write .`);
        reasons.push(`fixer prettier --write: prettier configured (${prettier})`);
    }
    return fixers;
}
function detectPython(files, reportDir, python, reasons) {
    const c = files.contents;
    const root = new Set(files.rootFiles);
    if (!files.rootFiles.some(f => PYTHON_MARKERS.test(f)))
        return undefined;
    const pyproject = c['pyproject.toml'];
    const requirements = Object.entries(c)
        .filter(([name]) => /^requirements[\w.-]*\.(?:txt|in)$/.test(name))
        .map(([, text]) => text)
        .join('\n');
    const { pm, run } = pythonRunner(root, pyproject, reasons);
    const ctx = {
        c,
        root,
        pyproject,
        requirements,
        run,
        py: `${run}${python}`,
        reasons
    };
    const { test, reporter } = pythonTests(ctx, reportDir);
    const ruff = files.rootFiles.find(f => RUFF_CONFIG.test(f)) ??
        (hasSection(pyproject, 'tool.ruff') ? 'pyproject.toml [tool.ruff]' : undefined) ??
        (mentions(requirements, /^\s*ruff\b/im) ? 'ruff in requirements' : undefined);
    const lint = pythonLint(ctx, ruff);
    const typecheck = pythonTypecheck(ctx);
    const fixers = pythonFixers(ctx, ruff);
    return { ecosystem: 'python', packageManager: pm, test, reporter, lint, typecheck, fixers };
}
/** uv or poetry (lockfile or pyproject section), else pip; and the prefix that runs in its environment. */
function pythonRunner(root, pyproject, reasons) {
    if (root.has('uv.lock') || hasSection(pyproject, 'tool.uv')) {
        reasons.push(`package manager uv: ${root.has('uv.lock') ? 'uv.lock' : 'pyproject.toml [tool.uv]'}`);
        return { pm: 'uv', run: 'uv run ' };
    }
    if (root.has('poetry.lock') || hasSection(pyproject, 'tool.poetry')) {
        reasons.push(`package manager poetry: ${root.has('poetry.lock') ? 'poetry.lock' : 'pyproject.toml [tool.poetry]'}`);
        return { pm: 'poetry', run: 'poetry run ' };
    }
    reasons.push('package manager pip: Python project without uv or poetry');
    return { pm: 'pip', run: '' };
}
/** What says the project uses pytest, in plain words; false when nothing does. */
function pytestEvidence({ c, root, pyproject, requirements }) {
    return ((hasSection(pyproject, 'tool.pytest') && 'pyproject.toml [tool.pytest.ini_options]') ||
        (root.has('pytest.ini') && 'pytest.ini') ||
        (root.has('conftest.py') && 'conftest.py') ||
        (/^\s*\[tool:pytest\]/m.test(c['setup.cfg'] ?? '') && 'setup.cfg [tool:pytest]') ||
        (/^\s*\[pytest\]/m.test(c['tox.ini'] ?? '') && 'tox.ini [pytest]') ||
        (mentions(pyproject, /["'\s[]pytest\b/) && 'pytest in pyproject.toml dependencies') ||
        (mentions(requirements, /^\s*pytest\b/im) && 'pytest in requirements') ||
        (mentions(c['setup.py'], /["']pytest\b/) && 'pytest in setup.py'));
}
/** pytest with a JUnit XML report, else unittest discovery in a tests folder. */
function pythonTests(ctx, reportDir) {
    const { root, py, reasons } = ctx;
    const evidence = pytestEvidence(ctx);
    if (evidence) {
        const path = joinPath(reportDir, 'pytest-junit.xml');
        reasons.push(`tests: pytest (${evidence}) with a JUnit XML report`);
        return {
            test: `${py} -m pytest --junitxml=${quoteArg(path)}`,
            reporter: { format: 'junit', path, tool: 'pytest' }
        };
    }
    if (root.has('tests') || root.has('test')) {
        reasons.push('tests: unittest discovery (a tests folder, no pytest configuration)');
        return {
            test: `${py} -m unittest discover -s ${root.has('tests') ? 'tests' : 'test'}`,
            reporter: { format: 'text', tool: 'unittest' }
        };
    }
    return { test: '', reporter: { format: 'text', tool: 'custom' } };
}
/** ruff when it is configured, else flake8. */
function pythonLint({ c, root, run, py, reasons }, ruff) {
    const flake8 = root.has('.flake8') || /^\s*\[flake8\]/m.test(`${c['setup.cfg'] ?? ''}\n${c['tox.ini'] ?? ''}`);
    if (ruff !== undefined) {
        reasons.push(`lint: ruff configured (${ruff})`);
        return `${run}ruff check .`;
    }
    if (flake8) {
        reasons.push('lint: flake8 configured');
        return `${py} -m flake8`;
    }
    return '';
}
/** mypy when it is configured (on its `files`, else the whole repository). */
function pythonTypecheck({ c, root, pyproject, py, reasons }) {
    const mypy = (root.has('mypy.ini') && 'mypy.ini') ||
        (root.has('.mypy.ini') && '.mypy.ini') ||
        (hasSection(pyproject, 'tool.mypy') && 'pyproject.toml [tool.mypy]') ||
        (/^\s*\[mypy\]/m.test(c['setup.cfg'] ?? '') && 'setup.cfg [mypy]');
    if (!mypy)
        return '';
    const configText = `${c['mypy.ini'] ?? ''}${c['.mypy.ini'] ?? ''}${c['setup.cfg'] ?? ''}${pyproject ?? ''}`;
    const hasFiles = /^\s*files\s*=/m.test(configText);
    reasons.push(`typecheck: mypy configured (${mypy})`);
    return `${py} -m mypy${hasFiles ? '' : ' .'}`;
}
/** ruff's fix and format when ruff is configured, else black when it is. */
function pythonFixers({ pyproject, run, reasons }, ruff) {
    if (ruff !== undefined) {
        reasons.push('fixers ruff check --fix and ruff format: ruff configured');
        return [`${run}ruff check --fix .`, `${run}ruff format .`];
    }
    if (hasSection(pyproject, 'tool.black')) {
        reasons.push('fixer black: pyproject.toml [tool.black]');
        return [`${run}black .`];
    }
    return [];
}
function detectGo(files, reasons) {
    if (!files.rootFiles.includes('go.mod'))
        return undefined;
    reasons.push('Go module: go.mod (tests as go test -json, lint go vet, fixer gofmt)');
    const golangci = files.rootFiles.find(f => /^\.golangci\.(?:ya?ml|toml|json)$/.test(f));
    if (golangci)
        reasons.push(`lint: golangci-lint configured (${golangci})`);
    return {
        ecosystem: 'go',
        packageManager: 'go',
        test: 'go test -json ./...',
        reporter: { format: 'go-test-json', tool: 'go' },
        lint: golangci ? 'golangci-lint run' : 'go vet ./...',
        typecheck: '',
        fixers: ['gofmt -w .']
    };
}
function detectRust(files, reasons) {
    if (!files.rootFiles.includes('Cargo.toml'))
        return undefined;
    reasons.push('Rust crate: Cargo.toml (tests cargo test, lint cargo clippy, fixer cargo fmt)');
    return {
        ecosystem: 'rust',
        packageManager: 'cargo',
        test: 'cargo test',
        reporter: { format: 'text', tool: 'cargo' },
        lint: 'cargo clippy --all-targets',
        typecheck: '',
        fixers: ['cargo fmt']
    };
}
/** The detected commands with the user's settings applied (they always win). */
function withOverrides(primary, o, reasons) {
    let testCommand = primary?.test ?? '';
    let reporter = primary?.reporter ?? { format: 'text', tool: 'custom' };
    if (o.testCommand !== undefined && o.testCommand.trim() !== '') {
        testCommand = o.testCommand.trim();
        reporter = { format: 'text', tool: 'custom' };
        reasons.push('tests: test-command from the settings (used as given, output read as text)');
    }
    let lintCommand = primary?.lint ?? '';
    if (isNone(o.lintCommand)) {
        lintCommand = '';
        reasons.push('lint: off (lint-command: none)');
    }
    else if (o.lintCommand !== undefined && o.lintCommand.trim() !== '') {
        lintCommand = o.lintCommand.trim();
        reasons.push('lint: lint-command from the settings');
    }
    let typecheckCommand = primary?.typecheck ?? '';
    if (isNone(o.typecheckCommand)) {
        typecheckCommand = '';
        reasons.push('typecheck: off (typecheck-command: none)');
    }
    else if (o.typecheckCommand !== undefined && o.typecheckCommand.trim() !== '') {
        typecheckCommand = o.typecheckCommand.trim();
        reasons.push('typecheck: typecheck-command from the settings');
    }
    let fixCommands = primary?.fixers ?? [];
    const given = (o.fixCommands ?? []).map(c => c.trim()).filter(c => c !== '');
    if (given.length === 1 && isNone(given[0])) {
        fixCommands = [];
        reasons.push('fixers: off (fix-commands: none)');
    }
    else if (given.length > 0) {
        fixCommands = given.filter(c => !isNone(c));
        reasons.push('fixers: fix-commands from the settings');
    }
    return { testCommand, reporter, lintCommand, typecheckCommand, fixCommands };
}
/** The checks of a repository, from its files, with the user's commands taking precedence. */
function detectProject(files, options = {}) {
    const reasons = [];
    const reportDir = options.reportDir ?? '.ci-medic';
    const python = options.python ?? 'python';
    const o = options.overrides ?? {};
    const normalized = {
        rootFiles: files.rootFiles.map(_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd),
        contents: files.contents,
        ...(files.localBins ? { localBins: files.localBins } : {})
    };
    const pkg = readPackageJson(normalized.contents['package.json'], reasons);
    const detectors = [
        why => detectNode(normalized, pkg, reportDir, why),
        why => detectGo(normalized, why),
        why => detectRust(normalized, why),
        why => detectPython(normalized, reportDir, python, why)
    ];
    const candidates = detectors
        .map(detect => {
        const why = [];
        const checks = detect(why);
        return checks === undefined ? undefined : { checks, why };
    })
        .filter(c => c !== undefined);
    // The ecosystem with a test command wins (a Go repo's package.json for tooling
    // has none); among those, node, go, rust, python in that order.
    const chosen = candidates.find(c => c.checks.test !== '') ?? candidates[0];
    const primary = chosen?.checks;
    if (chosen)
        reasons.push(...chosen.why);
    if (candidates.length > 1 && primary) {
        reasons.push(`several ecosystems (${candidates.map(c => c.checks.ecosystem).join(', ')}): checks from ${primary.ecosystem}`);
    }
    const nodeVersion = (normalized.contents['.nvmrc'] ?? normalized.contents['.node-version'])?.trim() ||
        pkg?.nodeEngine;
    const { testCommand, reporter, lintCommand, typecheckCommand, fixCommands } = withOverrides(primary, o, reasons);
    const result = {
        ecosystem: primary?.ecosystem ?? 'unknown',
        packageManager: primary?.packageManager ?? null,
        testCommand,
        lintCommand,
        typecheckCommand,
        fixCommands,
        checkScripts: (0,_check_scripts_js__WEBPACK_IMPORTED_MODULE_0__/* .checkScriptPaths */ .ag)([testCommand, lintCommand, typecheckCommand], normalized.contents['package.json']),
        reporter,
        ...(primary?.localTools ? { localTools: primary.localTools } : {}),
        ...(nodeVersion ? { nodeVersion } : {}),
        reasons
    };
    if (testCommand === '') {
        result.problem =
            primary === undefined
                ? 'No test command found: set test-command. Nothing here says how to run the tests (looked for package.json, pyproject.toml, setup.cfg, pytest.ini, requirements*.txt, go.mod and Cargo.toml at the repository root).'
                : `No test command found: set test-command. This looks like a ${primary.ecosystem} project, but it names no test runner (${primary.ecosystem === 'node' ? 'no "test" script and no vitest or jest dependency in package.json' : 'no pytest configuration or dependency, and no tests folder'}).`;
    }
    return result;
}
function lastSegment(test) {
    return (test.split(' > ').pop() ?? test).trim();
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The command that runs only the tests of one failure (fast feedback before the
 * full suite), or '' when the tool cannot narrow down (then run the full command).
 */
function affectedTestCommand(project, target, python = 'python') {
    const file = target.file ? (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(target.file) : undefined;
    const tool = toolRunner(project.packageManager ?? 'npm', new Set(project.localTools ?? []));
    const pyRun = project.packageManager === 'uv'
        ? 'uv run '
        : project.packageManager === 'poetry'
            ? 'poetry run '
            : '';
    switch (project.reporter.tool) {
        case 'vitest':
            if (!file)
                return '';
            return `${tool('vitest')} run ${quoteArg(file)}${target.test ? ` -t ${quoteArg(escapeRegex(lastSegment(target.test)))}` : ''}`;
        case 'jest':
            if (!file)
                return '';
            return `${tool('jest')} ${quoteArg(file)}${target.test ? ` -t ${quoteArg(escapeRegex(lastSegment(target.test)))}` : ''}`;
        case 'pytest': {
            if (!file)
                return '';
            const name = target.test ? lastSegment(target.test).split(/[.:]+/).pop() : undefined;
            return `${pyRun}${python} -m pytest ${quoteArg(name ? `${file}::${name}` : file)}`;
        }
        case 'go': {
            if (!file)
                return '';
            const dir = file.includes('/') ? `./${file.slice(0, file.lastIndexOf('/'))}` : '.';
            const name = target.test ? /^(Test\w+)/.exec(target.test)?.[1] : undefined;
            return `go test ${dir}${name ? ` -run ${quoteArg(`^${name}$`)}` : ''}`;
        }
        case 'cargo':
            return target.test ? `cargo test ${quoteArg(target.test.replace(/^.*::/, ''))}` : '';
        default:
            return '';
    }
}


/***/ }),

/***/ 80328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ EPHEMERAL),
/* harmony export */   HJ: () => (/* binding */ repositoryMap),
/* harmony export */   JD: () => (/* binding */ tailTrim),
/* harmony export */   lM: () => (/* binding */ withConversationBreakpoint),
/* harmony export */   wI: () => (/* binding */ countCacheBreakpoints)
/* harmony export */ });
/* unused harmony export MAX_CACHE_BREAKPOINTS */
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73910);

const EPHEMERAL = { type: 'ephemeral' };
/** The API allows at most 4 cache breakpoints per request. */
const MAX_CACHE_BREAKPOINTS = 4;
/** The end of a text, at most `maxBytes` of UTF-8, cut at a line start, with a note of what was cut. */
function tailTrim(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let tail = bytes
        .subarray(bytes.length - maxBytes)
        .toString('utf8')
        .replace(/^\uFFFD+/, '');
    const nl = tail.indexOf('\n');
    if (nl >= 0 && nl < tail.length - 1)
        tail = tail.slice(nl + 1);
    return `[\u2026 ${bytes.length - Buffer.byteLength(tail, 'utf8')} earlier bytes trimmed \u2026]\n${tail}`;
}
/** A compact map of the repository: paths grouped by folder, capped. */
function repositoryMap(paths, maxEntries = 400) {
    const sorted = [...new Set(paths.map(_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd))].filter(p => p !== '').sort();
    const byDir = new Map();
    for (const p of sorted) {
        const slash = p.lastIndexOf('/');
        const dir = slash < 0 ? '.' : p.slice(0, slash);
        const list = byDir.get(dir) ?? [];
        list.push(slash < 0 ? p : p.slice(slash + 1));
        byDir.set(dir, list);
    }
    const lines = [];
    let shown = 0;
    for (const [dir, names] of byDir) {
        if (shown >= maxEntries)
            break;
        const room = maxEntries - shown;
        const part = names.slice(0, room);
        shown += part.length;
        lines.push(`${dir}/: ${part.join(', ')}${names.length > part.length ? `, \u2026 (+${names.length - part.length})` : ''}`);
    }
    if (sorted.length > shown)
        lines.push(`\u2026 ${sorted.length - shown} more files (use list_files)`);
    return lines.join('\n');
}
function hasCacheControl(block) {
    return (typeof block === 'object' &&
        block !== null &&
        'cache_control' in block &&
        block.cache_control != null);
}
/** Cache breakpoints in a request (tools, system blocks and message blocks). */
function countCacheBreakpoints(request) {
    let n = 0;
    for (const t of request.tools ?? [])
        if (hasCacheControl(t))
            n++;
    if (Array.isArray(request.system))
        for (const b of request.system)
            if (hasCacheControl(b))
                n++;
    for (const m of request.messages) {
        if (typeof m.content === 'string')
            continue;
        for (const b of m.content)
            if (hasCacheControl(b))
                n++;
    }
    return n;
}
/**
 * For the next turn of a conversation: one breakpoint on the last block of the
 * last message (so the conversation so far is read from the cache next time),
 * and none on earlier messages. With tools and two system breakpoints that is
 * 4, the API's maximum. Returns new messages; the input is not changed.
 */
function withConversationBreakpoint(messages) {
    const uncached = (b) => {
        if (!hasCacheControl(b))
            return b;
        const copy = { ...b };
        delete copy.cache_control;
        return copy;
    };
    const out = messages.map((m) => {
        if (m.role === 'system' || typeof m.content === 'string')
            return m;
        return { ...m, content: m.content.map(uncached) };
    });
    const last = out[out.length - 1];
    if (last === undefined || last.role === 'system')
        return out;
    const content = typeof last.content === 'string' ? [{ type: 'text', text: last.content }] : [...last.content];
    const tail = content[content.length - 1];
    if (tail === undefined || tail.type === 'thinking' || tail.type === 'redacted_thinking')
        return out;
    content[content.length - 1] = { ...tail, cache_control: EPHEMERAL };
    out[out.length - 1] = { ...last, content };
    return out;
}


/***/ }),

/***/ 96026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ protectingGlob),
/* harmony export */   eu: () => (/* binding */ effectiveProtectedPaths),
/* harmony export */   rV: () => (/* binding */ protectedMatcher)
/* harmony export */ });
/* unused harmony exports ALWAYS_PROTECTED, BUILT_IN_GROUPS, BUILT_IN_PROTECTED, protectedPatterns */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which paths no change may touch. A fix is pushed to a branch whose CI a
// maintainer may approve, and then runs with the repository's secrets: so
// whatever decides what CI, the package manager, the build or git run is
// protected, whatever the settings say. Three layers:
//   ALWAYS_PROTECTED     the floor, no setting removes it;
//   BUILT_IN_PROTECTED   the default set, replaced only by `protected-paths-override`;
//   `protected-paths`    the user's globs, always added to the set above.
// One matcher serves both the model's tools (which refuse the write) and the
// diff guards (which reject the change), so the two cannot disagree.

/**
 * The floor: git's own files and what GitHub Actions runs (workflows, and the
 * repository's local actions they call). Added to every glob list, so not even
 * `protected-paths-override` can unprotect them.
 */
const ALWAYS_PROTECTED = [
    '**/.git',
    '.github/workflows/**',
    '.github/actions/**'
];
/** The built-in set, by why it is protected (the README lists the same groups). */
const BUILT_IN_GROUPS = [
    {
        why: 'CI configuration and the scripts CI runs',
        globs: [
            '.github/**',
            '**/.gitlab-ci.yml',
            '.gitlab/**',
            '.circleci/**',
            '**/azure-pipelines*.yml',
            '.azure-pipelines/**',
            '**/Jenkinsfile*',
            '.buildkite/**',
            '.travis.yml',
            'appveyor.yml',
            '.appveyor.yml',
            'bitbucket-pipelines.yml',
            '.drone.yml',
            '.woodpecker.yml',
            '.woodpecker/**',
            'ci/**',
            '.ci/**',
            'scripts/ci/**',
            'scripts/ci[-_.]*',
            '.gitmodules'
        ]
    },
    {
        why: 'package-manager configuration (registries, install hooks, which dependencies may run install scripts)',
        globs: [
            '**/.npmrc',
            '**/.yarnrc*',
            '.yarn/releases/**',
            '.yarn/plugins/**',
            '**/.pnpmfile.cjs',
            '**/.pnpmfile.mjs',
            '**/pnpm-workspace.yaml',
            '**/bunfig.toml'
        ]
    },
    {
        why: 'build scripts and containers',
        globs: [
            '**/Makefile',
            '**/GNUmakefile',
            '**/*.mk',
            '**/justfile',
            '**/binding.gyp',
            '**/Dockerfile*',
            '**/*.dockerfile',
            '**/Containerfile*',
            '**/docker-compose*',
            '**/compose.yml',
            '**/compose.yaml',
            '.devcontainer/**'
        ]
    },
    {
        why: 'lockfiles (what exactly gets installed)',
        globs: [
            '**/package-lock.json',
            '**/npm-shrinkwrap.json',
            '**/yarn.lock',
            '**/pnpm-lock.yaml',
            '**/bun.lock',
            '**/bun.lockb',
            '**/poetry.lock',
            '**/Pipfile.lock',
            '**/uv.lock',
            '**/pdm.lock',
            '**/Cargo.lock',
            '**/go.sum',
            '**/Gemfile.lock',
            '**/composer.lock'
        ]
    },
    {
        why: 'git hooks and review rules',
        globs: [
            '.husky/**',
            '.githooks/**',
            '**/.pre-commit-config.yaml',
            'lefthook.yml',
            '.lefthook.yml',
            '**/CODEOWNERS'
        ]
    },
    {
        why: 'secrets and environment files',
        globs: ['**/.env*', '**/*secret*', '**/*.pem', '**/*.key']
    },
    {
        why: 'code where an unreviewed change costs the most',
        globs: [
            '**/auth/**',
            '**/*auth*.*',
            '**/payment*/**',
            '**/billing/**',
            '**/migrations/**',
            '**/*.sql'
        ]
    }
];
/** Protected unless `protected-paths-override` names a replacement. */
const BUILT_IN_PROTECTED = BUILT_IN_GROUPS.flatMap(g => g.globs);
/**
 * The globs in force: the built-in set (or, when `override` names any glob,
 * that instead) plus the user's `extra` globs, each once. The floor is not
 * listed here: every matcher adds it.
 */
function effectiveProtectedPaths(extra, override = []) {
    const base = override.length > 0 ? override : BUILT_IN_PROTECTED;
    return [...new Set([...base, ...extra].map(g => g.trim()).filter(g => g !== ''))];
}
/** The patterns a glob list stands for: a glob naming a folder also covers everything below it. */
function protectedPatterns(globs) {
    const patterns = [];
    for (const glob of [...ALWAYS_PROTECTED, ...globs]) {
        const trimmed = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
        if (trimmed === '')
            continue;
        patterns.push({ glob, pattern: trimmed });
        if (!trimmed.endsWith('/**'))
            patterns.push({ glob, pattern: `${trimmed}/**` });
    }
    return patterns;
}
function normalize(relPath) {
    return relPath
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
}
/** The glob that protects `relPath`, or undefined. Case-insensitive, dot files included. */
function protectingGlob(globs) {
    const matchers = protectedPatterns(globs).map(p => ({
        glob: p.glob,
        test: picomatch__WEBPACK_IMPORTED_MODULE_0___default()(p.pattern, { dot: true, nocase: true })
    }));
    return relPath => {
        const path = normalize(relPath);
        if (path === '' || path === '.')
            return undefined;
        return matchers.find(m => m.test(path))?.glob;
    };
}
function protectedMatcher(globs) {
    const find = protectingGlob(globs);
    return relPath => find(relPath) !== undefined;
}


/***/ }),

/***/ 73910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   _r: () => (/* binding */ sourceViews),
/* harmony export */   b7: () => (/* binding */ countMatches),
/* harmony export */   by: () => (/* binding */ isSnapshotFile),
/* harmony export */   c8: () => (/* binding */ isSourceFile),
/* harmony export */   eX: () => (/* binding */ languageOf),
/* harmony export */   hl: () => (/* binding */ isTestFile),
/* harmony export */   rS: () => (/* binding */ syntaxOf),
/* harmony export */   ws: () => (/* binding */ removedLines)
/* harmony export */ });
// Path conventions (test files, snapshots, source files) and a cheap view of
// source text with comments and string contents blanked, so that patterns
// (`it(`, `.skip`, `@ts-ignore`\u2026) match code, not prose. Blanking keeps every
// newline and every offset, so a match in a view is at the same index in the
// raw text.
/** Forward slashes, no leading `./`. */
function normalizePath(path) {
    return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
function extOf(path) {
    const base = normalizePath(path).split('/').pop() ?? '';
    const dot = base.lastIndexOf('.');
    return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}
function baseName(path) {
    return normalizePath(path).split('/').pop() ?? '';
}
const C_LIKE = new Set([
    'ts',
    'tsx',
    'mts',
    'cts',
    'js',
    'jsx',
    'mjs',
    'cjs',
    'go',
    'java',
    'kt',
    'kts',
    'scala',
    'swift',
    'c',
    'h',
    'cc',
    'cpp',
    'hpp',
    'cs',
    'dart',
    'vue',
    'svelte',
    'php'
]);
const HASH = new Set(['sh', 'bash', 'zsh', 'yml', 'yaml', 'toml', 'cfg', 'ini', 'rb', 'r', 'mk']);
function syntaxOf(path) {
    const ext = extOf(path);
    if (ext === 'rs')
        return 'rust';
    if (ext === 'py' || ext === 'pyi')
        return 'python';
    if (C_LIKE.has(ext))
        return 'c';
    const base = baseName(path);
    if (HASH.has(ext) ||
        /^(?:Makefile|GNUmakefile|Dockerfile|Containerfile|\.env.*)$/.test(base) ||
        /^Dockerfile\./.test(base))
        return 'hash';
    return 'none';
}
function languageOf(path) {
    const ext = extOf(path);
    if (['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte'].includes(ext))
        return 'js';
    if (ext === 'py' || ext === 'pyi')
        return 'python';
    if (ext === 'go')
        return 'go';
    if (ext === 'rs')
        return 'rust';
    if (ext === 'java' || ext === 'kt' || ext === 'kts')
        return 'java';
    return 'other';
}
const TEST_DIR = /(?:^|\/)(?:test|tests|__tests__|spec|specs|__mocks__|e2e)\//;
const TEST_NAME = [
    /\.(?:test|spec|e2e)\.[^/]+$/,
    /_test\.go$/,
    /(?:^|\/)test_[^/]*\.py$/,
    /_test\.py$/,
    /(?:^|\/)conftest\.py$/,
    /_spec\.rb$/,
    /(?:^|\/)[^/]*Tests?\.(?:java|kt|cs)$/
];
/** A test file by path convention (test names, test folders, pytest/go/jest/rspec conventions). */
function isTestFile(path) {
    const p = normalizePath(path);
    return TEST_DIR.test(p) || TEST_NAME.some(re => re.test(p));
}
/**
 * A stored snapshot or golden file (jest/vitest `__snapshots__`, `.snap`,
 * syrupy `.ambr`, go `.golden`, ApprovalTests `*.approved.*`).
 */
function isSnapshotFile(path) {
    const p = normalizePath(path);
    return (/(?:^|\/)__snapshots__\//.test(p) ||
        /\.(?:snap|ambr|golden|pending-snap)$/.test(p) ||
        /\.(?:approved|golden)\.[^/.]+$/.test(p));
}
const SOURCE_EXT = new Set([
    'ts',
    'tsx',
    'mts',
    'cts',
    'js',
    'jsx',
    'mjs',
    'cjs',
    'vue',
    'svelte',
    'py',
    'go',
    'rs',
    'java',
    'kt',
    'kts',
    'scala',
    'swift',
    'c',
    'h',
    'cc',
    'cpp',
    'hpp',
    'cs',
    'dart',
    'php',
    'rb',
    'ex',
    'exs',
    'erl',
    'hs',
    'ml',
    'fs',
    'clj',
    'lua',
    'zig',
    'sql',
    'graphql',
    'proto'
]);
/** Program source outside the tests (what a real fix changes). */
function isSourceFile(path) {
    return SOURCE_EXT.has(extOf(path)) && !isTestFile(path) && !isSnapshotFile(path);
}
function blank(ch) {
    return ch === '\n' ? '\n' : ' ';
}
function pushCode(s, ch) {
    s.code.push(ch);
    s.withComments.push(ch);
}
function pushComment(s, ch) {
    s.code.push(blank(ch));
    s.withComments.push(ch);
}
function pushString(s, ch) {
    s.code.push(blank(ch));
    s.withComments.push(blank(ch));
}
/** The next character, as code. */
function codeChar(s) {
    pushCode(s, s.text[s.i]);
    s.i++;
}
function lineComment(s) {
    while (s.i < s.n && s.text[s.i] !== '\n')
        pushComment(s, s.text[s.i++]);
}
/** A block comment from i; an unterminated one runs to the end of the text. */
function blockComment(s) {
    const end = s.text.indexOf('*/', s.i + 2);
    const stop = end < 0 ? s.n : end + 2;
    while (s.i < stop)
        pushComment(s, s.text[s.i++]);
}
/** A quoted string from i (at the opening quote); the quotes themselves stay. */
function quoted(s, quote, multiline, escapes) {
    const { text, n } = s;
    for (const q of quote)
        pushCode(s, q);
    s.i += quote.length;
    while (s.i < n) {
        const ch = text[s.i];
        if (escapes && ch === '\\' && s.i + 1 < n) {
            pushString(s, ch);
            pushString(s, text[s.i + 1]);
            s.i += 2;
            continue;
        }
        if (text.startsWith(quote, s.i)) {
            for (const q of quote)
                pushCode(s, q);
            s.i += quote.length;
            return;
        }
        if (ch === '\n' && !multiline)
            return;
        pushString(s, ch);
        s.i++;
    }
}
/** One token of C-like or Rust source: a comment, a string or char, or one character of code. */
function stepCLike(s, syntax) {
    const { text, i } = s;
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '/' && next === '/')
        return lineComment(s);
    if (ch === '/' && next === '*')
        return blockComment(s);
    if (ch === '"')
        return quoted(s, '"', syntax === 'rust', true);
    if (ch === '`' && syntax === 'c')
        return quoted(s, '`', true, true);
    if (ch === "'") {
        // Rust: 'a is a lifetime, 'x' and '\n' are chars.
        if (syntax === 'rust' && !/^'(?:\\.[^']{0,8}|[^'\\])'/.test(text.slice(i, i + 12))) {
            return codeChar(s);
        }
        return quoted(s, "'", false, true);
    }
    codeChar(s);
}
/** One token of Python: a comment, a (triple-quoted, raw) string, or one character of code. */
function stepPython(s) {
    const { text, i } = s;
    const ch = text[i];
    if (ch === '#')
        return lineComment(s);
    if (ch === '"' || ch === "'") {
        const triple = text.startsWith(ch.repeat(3), i);
        const raw = /[rR]/.test(text[i - 1] ?? '') && /[^\w]|^$/.test(text[i - 2] ?? '');
        return quoted(s, triple ? ch.repeat(3) : ch, triple, !raw);
    }
    codeChar(s);
}
/** One token of `hash` syntax: comments start a line or follow whitespace (`$#`, `a#b` are not comments). */
function stepHash(s) {
    const { text, i } = s;
    if (text[i] === '#' && (i === 0 || /\s/.test(text[i - 1])))
        return lineComment(s);
    codeChar(s);
}
/**
 * Blank comments and string contents. Cheap and forgiving: an unterminated
 * single-line string ends at the end of the line, so one odd quote never hides
 * the rest of a file. `hash` syntax (shell, YAML, TOML) only strips comments.
 */
function sourceViews(text, syntax) {
    if (syntax === 'none')
        return { code: text, codeAndComments: text };
    const s = { text, n: text.length, i: 0, code: [], withComments: [] };
    const step = syntax === 'python'
        ? stepPython
        : syntax === 'hash'
            ? stepHash
            : (scan) => stepCLike(scan, syntax);
    while (s.i < s.n)
        step(s);
    return { code: s.code.join(''), codeAndComments: s.withComments.join('') };
}
/** Occurrences of a global regex in a text. */
function countMatches(text, re) {
    const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    g.lastIndex = 0;
    let count = 0;
    while (g.exec(text) !== null) {
        count++;
        if (g.lastIndex === 0)
            break;
    }
    return count;
}
/** Lines (trimmed, blank ones dropped) of `a` not in `b`, counted as multisets. */
function removedLines(a, b) {
    const left = new Map();
    for (const line of b.split('\n')) {
        const t = line.trim();
        if (t !== '')
            left.set(t, (left.get(t) ?? 0) + 1);
    }
    const out = [];
    for (const line of a.split('\n')) {
        const t = line.trim();
        if (t === '')
            continue;
        const k = left.get(t) ?? 0;
        if (k > 0)
            left.set(t, k - 1);
        else
            out.push(t);
    }
    return out;
}


/***/ }),

/***/ 71075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iH: () => (/* binding */ headerLine),
/* harmony export */   k5: () => (/* binding */ parseLedgerHeader),
/* harmony export */   oH: () => (/* binding */ ledgerFileKind)
/* harmony export */ });
// What a ledger file in a ci-medic run artifact holds, told by its first
// line. Each run uploads only the records it added (a delta), so two runs at
// the same time never overwrite each other's records; the reader merges the
// artifacts. Now and then a run that read many deltas uploads a snapshot
// instead: every record it read plus its own, with `through`, the time
// before which every trusted ledger artifact is in it, so later readers stop
// there. A file with no header is a whole ledger as ci-medic wrote it before
// deltas (or a manual `ci-medic-ledger`). The header carries `v: 2`, so a
// reader from before deltas keeps it as a line of a newer format and ignores
// it; this version skips it wherever it appears (lines.ts).
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
/** The header a line is, or undefined for any other line. */
function parseLedgerHeader(line) {
    if (!line.includes('"ledger-'))
        return undefined;
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { v, kind, time, through } = value;
    if (v !== 2 || typeof time !== 'string')
        return undefined;
    if (kind === 'ledger-delta')
        return { v, kind, time };
    if (kind === 'ledger-snapshot' && typeof through === 'string' && ISO.test(through))
        return { v, kind, time, through };
    return undefined;
}
/** What a ledger file's text is, from its first non-blank line. */
function ledgerFileKind(text) {
    const first = /^\s*(.*)$/m.exec(text)?.[1] ?? '';
    const header = parseLedgerHeader(first);
    if (header?.kind === 'ledger-delta')
        return { kind: 'delta' };
    if (header?.kind === 'ledger-snapshot')
        return { kind: 'snapshot', through: header.through };
    return { kind: 'whole' };
}
function headerLine(header) {
    return JSON.stringify(header);
}


/***/ }),

/***/ 52583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseLedgerLine),
/* harmony export */   e: () => (/* binding */ parseLedgerText)
/* harmony export */ });
/* harmony import */ var _ledger_delta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71075);
/* harmony import */ var _ledger_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34544);
/* harmony import */ var _outcome_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93067);
// Reading one JSON line of the ledger, which holds two kinds of record:
// classify's verdicts (ledger-record.ts, no `kind`) and the fixing actions'
// outcomes (outcome-record.ts, `kind: 'outcome'`). A line that is neither is
// corrupt and counted; a line of a newer version is kept as `future` and
// ignored by this version's readers, so an older ci-medic never drops what a
// newer one wrote. The header line of a delta or snapshot file (v 2,
// ledger-delta.ts) is neither: parseLedgerText leaves it out.



function parseLedgerLine(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return { kind: 'corrupt' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { kind: 'corrupt' };
    const v = value.v;
    if (typeof v === 'number' && Number.isInteger(v) && v > 1)
        return { kind: 'future', raw: line };
    if (value.kind === 'outcome') {
        const parsed = _outcome_record_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeRecordSchema */ .Xr.safeParse(value);
        return parsed.success ? { kind: 'outcome', record: parsed.data } : { kind: 'corrupt' };
    }
    const parsed = _ledger_record_js__WEBPACK_IMPORTED_MODULE_0__/* .ledgerRecordSchema */ .sQ.safeParse(value);
    return parsed.success ? { kind: 'verdict', record: parsed.data } : { kind: 'corrupt' };
}
/** JSON Lines text \u2192 records by kind; blank lines and delta/snapshot headers are ignored. */
function parseLedgerText(text) {
    const out = { verdicts: [], outcomes: [], future: [], corrupt: 0 };
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        const parsed = parseLedgerLine(line);
        if (parsed.kind === 'future' && (0,_ledger_delta_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLedgerHeader */ .k5)(line))
            continue;
        if (parsed.kind === 'verdict')
            out.verdicts.push(parsed.record);
        else if (parsed.kind === 'outcome')
            out.outcomes.push(parsed.record);
        else if (parsed.kind === 'future')
            out.future.push(parsed.raw);
        else
            out.corrupt += 1;
    }
    return out;
}


/***/ }),

/***/ 34544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sQ: () => (/* binding */ ledgerRecordSchema),
/* harmony export */   xT: () => (/* reexport safe */ _record_history_js__WEBPACK_IMPORTED_MODULE_2__.xT)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42047);
/* harmony import */ var _classify_retry_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64812);
/* harmony import */ var _record_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52889);
// One line of the failure ledger: what classify saw on one run, and what it
// did about it. Later runs read these back: classify's next-action decision
// (a fingerprint that passed on a rerun of the same commit is a flake: alert,
// not autofix; one that passed on a retry in a run of the same code, its
// `passedOnRetry`: rerun) and autofix's known-flake gate (flaky or transient history:
// skipped, never "fixed"). Records stay in the tracking issue or artifact
// longer than the code that wrote them, so every field is kept even when
// empty and the format is versioned (`v`). Nothing else reads them yet: there
// is no pattern analysis over the ledger.


const ledgerRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    /** ISO time the record was written. */
    time: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** `.github/workflows/ci.yml` */
    workflowPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Names of the failed jobs that were read. */
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    nextAction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['rerun', 'autofix', 'alert', 'none']),
    /** What was actually done: `rerun-requested`, `autofix-dispatched`, `alert-opened`, `alert-updated`, `rerun-passed`\u2026 */
    actions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** Filled in when a rerun of this run finished: did the failure go away? */
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['rerun-passed', 'rerun-failed', '']).default(''),
    failureCount: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** The rule that decided the category. */
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /**
     * The fingerprints of the run's failures (the run's own fingerprint is
     * another hash): what autofix, which works per failure, matches a flake
     * mark against. Absent in records written before it existed.
     */
    failureFingerprints: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).max(100).optional(),
    /**
     * The fingerprints of the failures that passed on a retry in the same run (jest's
     * retryTimes, rspec-retry, pytest-rerunfailures, surefire's reruns, Playwright's retries):
     * flaky whatever the run's verdict. Absent in records written before it existed.
     */
    passedOnRetry: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).max(100).optional(),
    /**
     * Link key \u2192 fingerprint of the run's test failures that have a second name (an rspec
     * example's location, `rspec:spec/x_spec.rb:14`: classify/retry-links.ts), so a retry pass
     * of the same test on the same commit, named only by that key, gets the failure's stable
     * fingerprint. Absent in records written before it existed, and when no failure has one.
     */
    failureLinks: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(_classify_retry_links_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINK_KEY */ .MY), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(100))
        .refine(links => Object.keys(links).length <= 100, 'at most 100 links')
        .optional(),
    /** The link keys of the run's tests that passed on a retry (as failureLinks). Absent likewise. */
    retriedLinks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(_classify_retry_links_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINK_KEY */ .MY)).max(100).optional(),
    /** The event that started the run (`push`, `pull_request`\u2026). Absent in records written before it existed. */
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
// What the records say about a fingerprint's history (no zod: classify's decision reads them at start-up).



/***/ }),

/***/ 93067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ RESOLUTIONS),
/* harmony export */   TW: () => (/* binding */ OUTCOME_ACTIONS),
/* harmony export */   Xr: () => (/* binding */ outcomeRecordSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42047);
// One line of the ledger written by a fixing action (autofix or self-heal):
// what happened to one failure (autofix) or one error group (self-heal) it
// handled. classify's verdict records (ledger-record.ts) say what failed;
// these say what was done about it, so later runs can learn from them: the
// weekly pattern analysis (what fixed a pattern, what did not), the rule that
// a fingerprint is not attempted a third time after two failed fixes, and the
// metrics (fix rate, attempts, cost per verified fix).
//
// `kind: 'outcome'` tells them apart from verdict records, which carry no
// `kind`. The format is versioned (`v`); a reader keeps records of a future
// version and ignores them (see ledger-line.ts).

/** What became of one failure or group. Closed: readers count these. */
const RESOLUTIONS = [
    /** A verified fix was committed (and pushed or proposed): `pr`/`commit` say where. */
    'fixed',
    /** Tried and not fixed: `reason` says why (the model gave up, every attempt failed verification\u2026). */
    'not-fixed',
    /** A fix was made and then reverted (it broke something or a guard refused it). */
    'reverted',
    /** Not attempted on purpose: a known flake, a protected path, failed twice before, over a cap. */
    'skipped',
    /** A budget (tokens, dollars, minutes, attempts) stopped it. */
    'budget',
    /** The fix made other checks fail and was not kept. */
    'regressed',
    /** A later run confirmed an earlier fix: the test passes / the Sentry error stopped. */
    'verified'
];
/** What a fixing run did for one failure. Closed set of codes, never prose. */
const OUTCOME_ACTIONS = [
    'tier0-fixer',
    'model-fix',
    'reproduced',
    'verified-affected',
    'verified-full',
    'reverted',
    'pushed',
    'proposed',
    'pr-opened',
    'pr-updated',
    'alert-opened',
    'skipped-known-flake',
    'skipped-failed-twice',
    'skipped-protected',
    'skipped-cap'
];
const outcomeRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('outcome'),
    /** ISO time the record was written. */
    time: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Which action wrote it. */
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['autofix', 'self-heal']),
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** The commit the fixing run started from. */
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The same fingerprint classify computes for a CI failure; `sentry:<groupKey>` for a self-heal group. */
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Test/error identity for people: a test name, a Sentry issue short id. */
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Repository files the failure points at, or the fix changed. */
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    /** The check command that showed the failure (empty for self-heal). */
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    resolution: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RESOLUTIONS),
    /** Why, for anything but `fixed`/`verified`: one sentence, untrusted text already made inert. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    actions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(OUTCOME_ACTIONS)),
    /** Model attempts spent on it (0 for a tier-0 fix or a skip). */
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    tokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** Wall-clock seconds spent on it. */
    seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** The PR that carries the fix, when one exists. */
    pr: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The verified fix commit, when one exists. */
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Links to the learnings (docs/patterns/*.md) that were in the prompt. */
    learnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
});


/***/ }),

/***/ 36521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   c2: () => (/* reexport safe */ _http_status_js__WEBPACK_IMPORTED_MODULE_4__.c)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70925);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66737);
// The GitHub REST client every action uses: @actions/github's octokit (which
// honours GITHUB_API_URL) with retries for 5xx and GitHub's recommended
// throttling for primary and secondary rate limits. Every request that still
// fails after them rejects with a GitHubApiError (an answer \u2265 400, with the
// permission it needs) or a NetworkError (no answer): see ./errors.ts.




function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl,
        userAgent: 'ci-medic',
        retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            enabled: options.pace ?? true,
            onRateLimit: retryUnlessTooLong('rate limit reached', options.logger, maxWait),
            onSecondaryRateLimit: retryUnlessTooLong('secondary rate limit', options.logger, maxWait)
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    // Registered after the plugins, so this hook is the outermost: plugin-retry
    // and plugin-throttling see octokit's own RequestError (and retry 5xx,
    // network errors and rate limits as before); callers get the typed error.
    client.hook.error('request', (error, requestOptions) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(error, requestOptions);
    });
    return client;
}
/** Retry a rate-limited request twice, unless GitHub asks for a longer wait than we allow. */
function retryUnlessTooLong(what, logger, maxWaitSeconds) {
    return (retryAfter, request, _octokit, retryCount) => {
        logger.warning(`GitHub ${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
        return retryCount < 2 && retryAfter <= maxWaitSeconds;
    };
}




/***/ }),

/***/ 89077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ ownMarkedComments),
/* harmony export */   dJ: () => (/* binding */ upsertOwnComment),
/* harmony export */   sv: () => (/* binding */ ownLabelledIssues),
/* harmony export */   xU: () => (/* binding */ writeOwnComment)
/* harmony export */ });
/** The issues (open or closed, never pull requests) with `label` that the token's login opened, in the API's order. */
async function ownLabelledIssues(site, label) {
    const { client, repo, botLogin } = site;
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        labels: label,
        per_page: 100
    });
    return issues.filter(i => !i.pull_request && i.user?.login === botLogin);
}
/** The token's login's comments on an issue whose body starts with `marker`, oldest first. */
async function ownMarkedComments(site, issueNumber, marker) {
    const { client, repo, botLogin } = site;
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100
    });
    return comments.filter(c => c.user?.login === botLogin && (c.body ?? '').startsWith(marker));
}
/** Rewrites ci-medic's own comment `existingId` when there is one, else comments on the issue. */
async function writeOwnComment(site, issueNumber, existingId, body) {
    const { client, repo } = site;
    if (existingId !== undefined) {
        const { data } = await client.rest.issues.updateComment({
            ...repo,
            comment_id: existingId,
            body
        });
        return { id: existingId, url: data.html_url, action: 'updated' };
    }
    const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body
    });
    return { id: data.id, url: data.html_url, action: 'created' };
}
/** ci-medic's one comment starting with `marker` (`body` starts with it too), rewritten, or created. */
async function upsertOwnComment(site, issueNumber, marker, body) {
    const [existing] = await ownMarkedComments(site, issueNumber, marker);
    const { url, action } = await writeOwnComment(site, issueNumber, existing?.id, body);
    return { url, action };
}


/***/ }),

/***/ 39680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ upsertPullRequest),
/* harmony export */   aF: () => (/* binding */ findOpenPullRequest),
/* harmony export */   k$: () => (/* binding */ closeStalePullRequest),
/* harmony export */   vE: () => (/* binding */ capBody)
/* harmony export */ });
/* unused harmony exports GITHUB_BODY_LIMIT, PR_BODY_MAX, TRUNCATION_NOTE, PullRequestPermissionError, isPullRequestPermissionError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36521);
// The pull-request edge: autofix and self-heal end by opening (or updating) one
// PR per fix branch. Idempotent like peter-evans/create-pull-request: a rerun
// for the same branch updates the open PR instead of opening a second one, a
// create that loses a race to another run falls back to the update, and a
// branch that no longer differs from its base gets its PR closed.


/** GitHub rejects PR and comment bodies longer than this (422 "body is too long"). */
const GITHUB_BODY_LIMIT = 65_536;
/** What a body is cut to: well below the limit, so any counting of characters fits. */
const PR_BODY_MAX = 65_000;
const TRUNCATION_NOTE = '_\u2026report truncated; the full report is in the job summary._';
/**
 * The token may not open or change the PR. A configuration mistake (no stack
 * trace, one clear line): `hint` says what to change.
 */
class PullRequestPermissionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    reason;
    hint;
    status = 403;
    constructor(reason, what, hint, options) {
        super(`Could not ${what}: ${hint}`, options);
        this.reason = reason;
        this.hint = hint;
    }
}
function isPullRequestPermissionError(error) {
    return error instanceof PullRequestPermissionError;
}
const SETTINGS_HINT = 'GitHub Actions is not permitted to create or approve pull requests in this repository. ' +
    'Enable Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 ' +
    '"Allow GitHub Actions to create and approve pull requests" (an organisation admin may have to allow it ' +
    'at the organisation level first), or pass a GitHub App installation token or a PAT with ' +
    "`contents: write` and `pull-requests: write` as the action's token.";
const PERMISSION_HINT = 'the workflow token lacks `pull-requests: write`. Add `permissions: {contents: write, pull-requests: write}` ' +
    'to the job (repositories created after February 2023 default to a read-only token), ' +
    'or pass a token that has both.';
/** The open PR from `owner:head` into `base`, if there is one. */
async function findOpenPullRequest(client, repo, head, base) {
    try {
        return await findOpen(client, repo, { head, base }, false);
    }
    catch (error) {
        throw explainWriteError(error, `look up the pull request for ${head}`);
    }
}
/**
 * Opens the PR for `request.head`, or updates the open one. Title and body are
 * written only when they changed (`unchanged` otherwise); labels are added when
 * missing, and a labelling failure is a warning. Permission problems throw
 * PullRequestPermissionError; everything else propagates.
 */
async function upsertPullRequest(client, repo, request, logger) {
    const head = branchOf(request.head);
    const body = capBody(request.body);
    if (body !== request.body) {
        logger.warning(`The pull request body was ${request.body.length} characters; it was cut to ${body.length} ` +
            `(GitHub's limit is ${GITHUB_BODY_LIMIT}).`);
    }
    const wanted = { ...request, head, body };
    let existing = await findOpenPullRequest(client, repo, head, request.base);
    if (!existing) {
        try {
            const data = await createPull(client, repo, wanted, logger);
            logger.info(`Opened pull request #${data.number}: ${data.html_url}`);
            const created = {
                number: data.number,
                url: data.html_url,
                nodeId: data.node_id,
                title: data.title,
                body: data.body ?? '',
                draft: data.draft ?? false,
                labels: (data.labels ?? []).map(l => l.name)
            };
            return {
                action: 'created',
                ...refOf(created),
                labelsAdded: await ensureLabels({ client, repo, logger }, created, wanted.labels)
            };
        }
        catch (error) {
            if (!isAlreadyExists(error))
                throw explainWriteError(error, `open a pull request from ${head} into ${request.base}`);
            // Another run opened it between the lookup and the create.
            logger.info(`A pull request for ${repo.owner}:${head} appeared meanwhile; updating it instead.`);
            try {
                existing = await findOpen(client, repo, { head, base: request.base }, true);
            }
            catch (lookupError) {
                throw explainWriteError(lookupError, `look up the pull request for ${head}`);
            }
            if (!existing)
                throw error;
        }
    }
    return updateExisting({ client, repo, logger }, existing, wanted);
}
/**
 * Closes the open PR for `head` (when a rerun finds the branch no longer
 * differs from its base) with a comment saying why. Deleting the branch is the
 * caller's business (it owns the push).
 */
async function closeStalePullRequest(client, repo, { head, base, comment }, logger) {
    const open = await findOpenPullRequest(client, repo, branchOf(head), base);
    if (!open)
        return { closed: false };
    try {
        await client.rest.issues.createComment({
            ...repo,
            issue_number: open.number,
            body: capBody(comment)
        });
    }
    catch (error) {
        // The comment explains the close; failing to post it must not keep a stale PR open.
        const explained = explainWriteError(error, `comment on pull request #${open.number}`);
        logger.warning(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(explained)} Closing it without the comment.`);
    }
    try {
        await client.rest.pulls.update({ ...repo, pull_number: open.number, state: 'closed' });
    }
    catch (error) {
        throw explainWriteError(error, `close pull request #${open.number}`);
    }
    logger.info(`Closed pull request #${open.number}: ${head} no longer differs from ${base}.`);
    return { closed: true, number: open.number };
}
/**
 * Cuts a body to PR_BODY_MAX characters (UTF-16 units, which are never fewer
 * than the code points GitHub counts), at a line end where one is near,
 * closing a code fence left open, and ends it with TRUNCATION_NOTE.
 */
function capBody(body, max = PR_BODY_MAX) {
    if (body.length <= max)
        return body;
    const tail = (fence) => `\n${fence ? `${fence}\n` : ''}\n${TRUNCATION_NOTE}`;
    let cut = fitCut(body, max - tail(undefined).length);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd >= 0 && cut.length - lineEnd < 2_000)
        cut = cut.slice(0, lineEnd);
    const fence = openFence(cut);
    // Closing a fence left open costs a line; make room for it when the cut was tight.
    cut = fitCut(cut, max - tail(fence).length);
    return `${cut}${tail(fence)}`;
}
/**
 * POST /pulls. A repository without draft PRs (private, on GitHub Free or
 * Pro) refuses `draft: true` with 422 "Draft pull requests are not supported
 * in this repository."; the PR is then opened ready for review, with a warning.
 */
async function createPull(client, repo, wanted, logger) {
    const create = async (draft) => (await client.rest.pulls.create({
        ...repo,
        head: `${repo.owner}:${wanted.head}`,
        base: wanted.base,
        title: wanted.title,
        body: wanted.body,
        draft,
        maintainer_can_modify: wanted.maintainerCanModify ?? false
    })).data;
    try {
        return await create(wanted.draft);
    }
    catch (error) {
        if (!wanted.draft || !isDraftUnsupported(error))
            throw error;
        logger.warning(`${repo.owner}/${repo.repo} does not support draft pull requests (GitHub answered 422: drafts need a public repository, or GitHub Team or Enterprise); the pull request is opened ready for review instead. Set draft: false to skip the first try.`);
        return create(false);
    }
}
async function updateExisting(site, existing, wanted) {
    const { client, repo, logger } = site;
    const changed = existing.title !== wanted.title || normalise(existing.body) !== normalise(wanted.body);
    let current = existing;
    if (changed) {
        try {
            const { data } = await client.rest.pulls.update({
                ...repo,
                pull_number: existing.number,
                title: wanted.title,
                body: wanted.body
            });
            current = { ...existing, url: data.html_url, nodeId: data.node_id };
        }
        catch (error) {
            throw explainWriteError(error, `update pull request #${existing.number}`);
        }
        logger.info(`Updated pull request #${existing.number}: ${current.url}`);
    }
    else {
        logger.info(`Pull request #${existing.number} is up to date: ${existing.url}`);
    }
    const labelsAdded = await ensureLabels(site, current, wanted.labels);
    return { action: changed ? 'updated' : 'unchanged', ...refOf(current), labelsAdded };
}
async function ensureLabels({ client, repo, logger }, pull, labels) {
    const have = new Set(pull.labels.map(l => l.toLowerCase()));
    const missing = [...new Set(labels.map(l => l.trim()).filter(l => l !== ''))].filter(l => !have.has(l.toLowerCase()));
    if (!missing.length)
        return [];
    try {
        await client.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: missing });
        return missing;
    }
    catch (error) {
        const explained = explainWriteError(error, `label pull request #${pull.number}`);
        logger.warning(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(explained)} The pull request is open without the labels ${missing.join(', ')}.`);
        return [];
    }
}
async function findOpen(client, repo, { head, base }, scan) {
    const branch = branchOf(head);
    const { data } = await client.rest.pulls.list({
        ...repo,
        state: 'open',
        head: `${repo.owner}:${branch}`,
        base,
        per_page: 100
    });
    const sameHead = (p) => p.head.ref === branch &&
        p.base.ref === base &&
        (p.head.repo?.full_name ?? `${repo.owner}/${repo.repo}`).toLowerCase() ===
            `${repo.owner}/${repo.repo}`.toLowerCase();
    let found = data.find(sameHead);
    if (!found && scan) {
        // The head filter can miss (owner spelled differently, eventual consistency): scan every open PR into base.
        const all = await client.paginate(client.rest.pulls.list, {
            ...repo,
            state: 'open',
            base,
            per_page: 100
        });
        found = all.find(sameHead);
    }
    if (!found)
        return undefined;
    return {
        number: found.number,
        url: found.html_url,
        nodeId: found.node_id,
        title: found.title,
        body: found.body ?? '',
        draft: found.draft ?? false,
        labels: found.labels.map(l => l.name)
    };
}
function refOf(pull) {
    return { number: pull.number, url: pull.url, ...(pull.nodeId ? { nodeId: pull.nodeId } : {}) };
}
/** The first `length` UTF-16 units of text, without a half surrogate pair at the end. */
function fitCut(text, length) {
    const cut = text.slice(0, Math.max(0, length));
    return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
function branchOf(head) {
    const colon = head.indexOf(':');
    return colon >= 0 ? head.slice(colon + 1) : head;
}
function normalise(text) {
    return text.replace(/\r\n/g, '\n').trimEnd();
}
/** The fence (``` or ~~~ run) a Markdown text leaves open at its end, if any. */
function openFence(text) {
    let open;
    for (const line of text.split('\n')) {
        const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (!match)
            continue;
        const run = match[1];
        if (!open) {
            // A backtick fence's info string cannot contain backticks.
            if (run[0] === '`' && (match[2] ?? '').includes('`'))
                continue;
            open = run;
        }
        else if (run[0] === open[0] && run.length >= open.length && (match[2] ?? '').trim() === '') {
            open = undefined;
        }
    }
    return open;
}
/** GitHub's own message of an octokit error (without the documentation link), or the error's message. */
function apiMessage(error) {
    const data = error?.response?.data;
    if (data && typeof data === 'object') {
        const { message, errors } = data;
        const details = Array.isArray(errors)
            ? errors
                .map(e => e && typeof e === 'object' && 'message' in e
                ? String(e.message)
                : '')
                .filter(Boolean)
            : [];
        if (typeof message === 'string')
            return [message, ...details].join(': ');
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
}
function isDraftUnsupported(error) {
    return ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 422 &&
        /draft pull requests are not supported/i.test(`${apiMessage(error)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`));
}
function isAlreadyExists(error) {
    return ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 422 &&
        /a pull request already exists/i.test(`${apiMessage(error)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`));
}
/** Turns the two 403s a workflow token meets into PullRequestPermissionError; anything else is returned as is. */
function explainWriteError(error, what) {
    if (error instanceof PullRequestPermissionError || (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) !== 403)
        return error;
    const message = `${apiMessage(error)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
    if (/not permitted to create or approve pull requests/i.test(message)) {
        return new PullRequestPermissionError('actions-cannot-create-pull-requests', what, SETTINGS_HINT, { cause: error });
    }
    if (/resource not accessible by integration/i.test(message)) {
        return new PullRequestPermissionError('missing-permission', what, PERMISSION_HINT, {
            cause: error
        });
    }
    return error;
}


/***/ }),

/***/ 43422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _m: () => (/* binding */ createCommandRunner),
  E$: () => (/* reexport */ redact),
  R3: () => (/* reexport */ runProcess),
  PZ: () => (/* reexport */ safeEnvironment)
});

// UNUSED EXPORTS: CANCEL_KILL_GRACE_MS, DEFAULT_KILL_GRACE_MS, DEFAULT_MAX_OUTPUT_BYTES, HARMLESS_NAMES, REDACTED, descendants, looksSecret, secretValues

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/edges/workspace/head-tail-buffer.ts
// A bounded capture of a child's output: the start and the end of a stream
// are kept, the middle is counted and dropped, so a chatty test cannot
// exhaust memory.
/** Keeps the first and last `limit / 2` bytes of a stream. */
class HeadTailBuffer {
    limit;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    total = 0;
    half;
    constructor(limit) {
        this.limit = limit;
        this.half = Math.floor(limit / 2);
    }
    get truncated() {
        return this.total > this.limit;
    }
    push(chunk) {
        this.total += chunk.length;
        let rest = chunk;
        if (this.headBytes < this.limit - this.half) {
            const take = Math.min(rest.length, this.limit - this.half - this.headBytes);
            this.head.push(rest.subarray(0, take));
            this.headBytes += take;
            rest = rest.subarray(take);
        }
        if (rest.length === 0)
            return;
        this.tail.push(rest);
        this.tailBytes += rest.length;
        while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= this.half) {
            this.tailBytes -= this.tail[0].length;
            this.tail.shift();
        }
    }
    contents() {
        const head = Buffer.concat(this.head);
        const tail = Buffer.concat(this.tail);
        if (!this.truncated)
            return Buffer.concat([head, tail]);
        const kept = tail.subarray(Math.max(0, tail.length - this.half));
        const omitted = this.total - head.length - kept.length;
        return Buffer.concat([head, Buffer.from(`\n[\u2026 ${omitted} bytes of output omitted \u2026]\n`), kept]);
    }
}

;// CONCATENATED MODULE: ./src/edges/workspace/process-group.ts
// Running one child process in a process group of its own: a timeout or a
// cancellation kills everything it started (descendants that left the group
// included), leftovers are killed when it exits, and its captured output is
// capped (head and tail kept). Never rejects: a spawn failure is reported.



const DEFAULT_MAX_OUTPUT_BYTES = 2 * 1024 * 1024;
const DEFAULT_KILL_GRACE_MS = 5_000;
/** SIGTERM to SIGKILL on a cancellation: short, the runner gives the whole step 7.5 s. */
const CANCEL_KILL_GRACE_MS = 1_000;
/** After the main process exits, how long its pipes may stay open (held by leftovers) before the group is killed. */
const DRAIN_MS = 2_000;
/** The same on a cancellation, where every second counts. */
const CANCEL_DRAIN_MS = 300;
/**
 * Spawns `file` with `args` (no shell) in a new process group. On timeout the
 * whole group gets SIGTERM, then SIGKILL after the grace period. Processes the
 * command leaves behind in its group are killed when it exits, so a stray
 * server or watcher can't outlive the command or hold its pipes open. Never
 * rejects: a spawn failure is reported in `error`.
 */
function runProcess(file, args, options) {
    const started = performance.now();
    const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const output = {
        stdout: new HeadTailBuffer(Math.floor(maxOutput / 2)),
        stderr: new HeadTailBuffer(Math.ceil(maxOutput / 2))
    };
    return new Promise(resolve => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: options.cwd,
                env: options.env,
                detached: true,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
            });
        }
        catch (error) {
            resolve(spawnFailure(file, error, started));
            return;
        }
        new GroupRun({ child, file, started }, options, output, resolve).start();
    });
}
/** The result of a process that could not be spawned at all. */
function spawnFailure(file, error, started) {
    return {
        exitCode: null,
        signal: null,
        timedOut: false,
        stdout: Buffer.alloc(0),
        stderr: Buffer.alloc(0),
        durationMs: Math.round(performance.now() - started),
        outputTruncated: false,
        cancelled: false,
        error: `could not start ${file}: ${error instanceof Error ? error.message : String(error)}`
    };
}
/** One spawned child's life: its output, its exit, its timeout and cancellation, its group's end. */
class GroupRun {
    options;
    output;
    resolve;
    child;
    file;
    started;
    pid;
    grace;
    timedOut = false;
    cancelled = false;
    exitCode = null;
    signal = null;
    spawnError;
    settled = false;
    timers = [];
    // On a timeout the group is signalled, and so is every descendant that
    // left it (setsid): a sandbox's PID 1 under sudo is one, and so is a
    // daemon a test started.
    // Remembered from the SIGTERM on: by the SIGKILL a descendant may have lost its parent.
    tree = new Set();
    constructor(spawned, options, output, resolve) {
        this.options = options;
        this.output = output;
        this.resolve = resolve;
        this.child = spawned.child;
        this.file = spawned.file;
        this.started = spawned.started;
        this.pid = spawned.child.pid;
        this.grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    }
    /** Wires the child's streams and events, the timeout and the cancellation. */
    start() {
        const { child, output, options } = this;
        child.stdout?.on('data', (chunk) => output.stdout.push(chunk));
        child.stderr?.on('data', (chunk) => output.stderr.push(chunk));
        if (child.stdin) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        child.on('error', error => {
            this.spawnError = `could not start ${this.file}: ${error.message}`;
            this.finish();
        });
        child.on('exit', (code, sig) => {
            this.exitCode = code;
            this.signal = sig;
            // Pipes still open after this are held by leftovers in the group.
            this.timers.push(setTimeout(this.finish, DRAIN_MS).unref());
        });
        child.on('close', this.finish);
        this.timers.push(setTimeout(() => {
            this.timedOut = true;
            this.stop(this.grace, DRAIN_MS);
        }, Math.max(0, options.timeoutMs)).unref());
        if (options.signal?.aborted)
            this.onAbort();
        else
            options.signal?.addEventListener('abort', this.onAbort, { once: true });
    }
    /** Settles once: timers cleared, the group killed, the pipes closed, the result resolved. */
    finish = () => {
        if (this.settled)
            return;
        this.settled = true;
        for (const timer of this.timers)
            clearTimeout(timer);
        this.options.signal?.removeEventListener('abort', this.onAbort);
        process.off('exit', this.killAtExit);
        this.killGroup('SIGKILL');
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        const { stdout, stderr } = this.output;
        const result = {
            exitCode: this.exitCode,
            signal: this.signal,
            timedOut: this.timedOut,
            stdout: stdout.contents(),
            stderr: stderr.contents(),
            durationMs: Math.round(performance.now() - this.started),
            outputTruncated: stdout.truncated || stderr.truncated,
            cancelled: this.cancelled
        };
        if (this.spawnError !== undefined)
            result.error = this.spawnError;
        this.resolve(result);
    };
    killGroup(sig) {
        if (this.pid === undefined)
            return;
        try {
            process.kill(-this.pid, sig);
        }
        catch {
            // The group is gone already.
        }
    }
    async killTree(sig) {
        if (this.pid !== undefined && !this.settled)
            for (const each of await descendants(this.pid))
                this.tree.add(each);
        this.killGroup(sig);
        for (const each of this.tree) {
            try {
                process.kill(each, sig);
            }
            catch {
                // Gone, or not ours to signal.
            }
        }
    }
    /** SIGTERM to the tree now, SIGKILL after `killGrace`, then at most `drain` more before settling. */
    stop(killGrace, drain) {
        void this.killTree('SIGTERM');
        this.timers.push(setTimeout(() => {
            void this.killTree('SIGKILL');
            // Something that left the group may still hold the pipes: stop waiting.
            this.timers.push(setTimeout(this.finish, drain).unref());
        }, killGrace).unref());
    }
    // If ci-medic itself exits before the SIGKILL (a second signal), the group still gets it.
    killAtExit = () => {
        this.killGroup('SIGKILL');
        for (const each of this.tree) {
            try {
                process.kill(each, 'SIGKILL');
            }
            catch {
                // Gone.
            }
        }
    };
    onAbort = () => {
        if (this.settled || this.cancelled)
            return;
        this.cancelled = true;
        process.once('exit', this.killAtExit);
        this.stop(CANCEL_KILL_GRACE_MS, CANCEL_DRAIN_MS);
    };
}
/** The processes descending from `pid`, by the parent links in /proc; empty where there is no /proc. */
async function descendants(pid) {
    let entries;
    try {
        entries = await (0,promises_.readdir)('/proc');
    }
    catch {
        return [];
    }
    const children = new Map();
    await Promise.all(entries
        .filter(entry => /^\d+$/.test(entry))
        .map(async (entry) => {
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        // pid (comm) state ppid \u2026: comm may hold spaces and parentheses.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (!Number.isInteger(ppid) || ppid <= 0)
            return;
        const list = children.get(ppid) ?? [];
        list.push(Number(entry));
        children.set(ppid, list);
    }));
    const out = [];
    const queue = [pid];
    while (queue.length > 0) {
        for (const child of children.get(queue.shift()) ?? []) {
            if (out.includes(child) || child === pid)
                continue;
            out.push(child);
            queue.push(child);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/edges/workspace/safe-environment.ts
// The environment of every child ci-medic starts (the repository's commands
// and its own git), and the redaction of secrets from what they print: a
// child gets no action inputs and no tokens, and a secret it echoes anyway
// (one ci-medic was given, or one the sandbox sees) is replaced by `***`.
/** Variables the action's runtime uses to talk to GitHub's services. */
const RUNTIME_SECRETS = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
]);
/**
 * Files the runner reads back after a step: a child that writes to them could
 * set the action's outputs or inject variables and PATH entries into later steps.
 */
const RUNNER_COMMAND_FILES = new Set([
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY'
]);
/**
 * Whole families that are never the repository's business: the action's
 * inputs, the Actions runtime (tokens, cache and results URLs, OIDC), and the
 * model and Sentry settings.
 */
const DROPPED_PREFIXES = ['INPUT_', 'ACTIONS_', 'ANTHROPIC_', 'SENTRY_', 'CLAUDE_'];
/**
 * Names the rules would drop that hold no secret and change how tools
 * behave (debug logging, tokenizer threads): kept.
 */
const HARMLESS_NAMES = new Set([
    'ACTIONS_STEP_DEBUG',
    'ACTIONS_RUNNER_DEBUG',
    'TOKENIZERS_PARALLELISM'
]);
/**
 * A name that looks like it holds a secret. `AUTH` counts as a word of its own
 * (`NPM_AUTH`, `AUTHORIZATION`, `SSH_AUTH_SOCK`) but not inside `GIT_AUTHOR_NAME`.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|CREDENTIAL|COOKIE|(^|[_-])AUTH(?!OR(?!IZ))|[_-]KEY$|^KEY$/;
/** True when a variable of this name looks like it holds a secret. */
function looksSecret(name) {
    return SECRET_NAME.test(name.toUpperCase());
}
function dropped(name) {
    const upper = name.toUpperCase();
    if (HARMLESS_NAMES.has(upper))
        return false;
    if (RUNTIME_SECRETS.has(upper) || RUNNER_COMMAND_FILES.has(upper))
        return true;
    if (DROPPED_PREFIXES.some(prefix => upper.startsWith(prefix)))
        return true;
    return looksSecret(upper);
}
/**
 * The environment for a child that runs the repository's code. The rule,
 * on names compared case-insensitively:
 * - dropped: `INPUT_*` (the action's inputs), `ACTIONS_*` (the runtime's
 *   tokens and URLs), `ANTHROPIC_*`, `CLAUDE_*`, `SENTRY_*`, `GITHUB_TOKEN`,
 *   `GH_TOKEN`, the runner's command files (`GITHUB_ENV`, `GITHUB_OUTPUT`,
 *   `GITHUB_STATE`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`), and any name that
 *   looks secret: containing TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE,
 *   CREDENTIAL, COOKIE, API_KEY, PRIVATE_KEY or ACCESS_KEY, ending in `_KEY`,
 *   or with AUTH as a word (`NPM_CONFIG__AUTH`, `SSH_AUTH_SOCK`);
 * - kept despite that: `HARMLESS_NAMES` (`ACTIONS_STEP_DEBUG`,
 *   `ACTIONS_RUNNER_DEBUG`, `TOKENIZERS_PARALLELISM`);
 * - kept: everything else (`PATH`, `HOME`, `CI`, locale, toolchain variables,
 *   `RUNNER_*`, the non-secret `GITHUB_*` context).
 * `extra` is applied last, as given: it is the caller's explicit choice.
 */
function safeEnvironment(parent, extra) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || dropped(name))
            continue;
        env[name] = value;
    }
    for (const [name, value] of Object.entries(extra ?? {})) {
        if (value === undefined)
            delete env[name];
        else
            env[name] = value;
    }
    return env;
}
/** Shorter values are never treated as secrets (they would redact ordinary words). */
const MIN_SECRET_LENGTH = 6;
/**
 * Values of the variables `safeEnvironment` drops because they are secret
 * (tokens, keys, passwords; not `INPUT_DRY-RUN=false`), for `redact`.
 */
function secretValues(env) {
    const values = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || value.trim().length < MIN_SECRET_LENGTH)
            continue;
        const upper = name.toUpperCase();
        if (RUNTIME_SECRETS.has(upper) || looksSecret(upper))
            values.add(value);
    }
    return [...values];
}
const REDACTED = '***';
/**
 * Replaces every occurrence of each secret in `text` with `***`. A secret
 * spanning several lines is also redacted line by line (as the runner masks
 * them), and a token's `x-access-token:` Basic form is redacted too.
 */
function redact(text, secrets) {
    if (text === '' || secrets.length === 0)
        return text;
    const needles = new Set();
    for (const secret of secrets) {
        if (typeof secret !== 'string')
            continue;
        const trimmed = secret.trim();
        if (trimmed.length < 4)
            continue;
        needles.add(trimmed);
        if (trimmed.includes('\n')) {
            for (const line of trimmed.split(/\r?\n/))
                if (line.trim().length >= MIN_SECRET_LENGTH)
                    needles.add(line.trim());
        }
        else {
            needles.add(Buffer.from(`x-access-token:${trimmed}`).toString('base64'));
            needles.add(Buffer.from(trimmed).toString('base64'));
        }
    }
    let out = text;
    for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
        if (out.includes(needle))
            out = out.split(needle).join(REDACTED);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/edges/workspace/command-runner.ts
// Running the repository's own commands (tests, linters, fixers) and git.
// Every child gets a sanitized environment (no action inputs, no tokens),
// runs in its own process group so a timeout kills everything it started,
// and has its captured output capped (head and tail kept) so a chatty test
// can't exhaust memory. The repository's commands also run in the sandbox
// the action detected (sandbox.ts), where ci-medic's own processes, and the
// secrets in their environment, do not exist.
// The environment rules are in safe-environment.ts, the process groups in
// process-group.ts.



/** A runner that spawns shell strings through `/bin/sh -c`, in the sandbox when given one. */
function createCommandRunner(options = {}) {
    const parent = options.parentEnv ?? process.env;
    const secrets = [...secretValues(parent), ...(options.secrets ?? [])];
    const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    const { sandbox, cancel } = options;
    return {
        async run(command, runOptions) {
            if (cancel?.aborted)
                throw (0,errors/* cancelReason */.zw)(cancel);
            const env = safeEnvironment(parent, runOptions.env);
            const launch = sandbox
                ? await sandbox.launch(command, env)
                : { file: '/bin/sh', args: ['-c', command], env, cleanup: async () => undefined };
            let result;
            try {
                result = await runProcess(launch.file, launch.args, {
                    cwd: runOptions.cwd,
                    env: launch.env,
                    timeoutMs: runOptions.timeoutMs,
                    killGraceMs,
                    maxOutputBytes,
                    signal: cancel
                });
            }
            finally {
                await launch.cleanup();
            }
            // A cancelled command has no result to judge: its group is gone, the run is stopping.
            if (result.cancelled)
                throw (0,errors/* cancelReason */.zw)(cancel);
            const out = {
                command,
                exitCode: result.exitCode,
                signal: result.signal,
                timedOut: result.timedOut,
                stdout: redact(result.stdout.toString('utf8'), secrets),
                stderr: redact(result.stderr.toString('utf8'), secrets),
                durationMs: result.durationMs,
                outputTruncated: result.outputTruncated
            };
            if (result.error !== undefined)
                out.error = redact(result.error, secrets);
            return out;
        }
    };
}




/***/ }),

/***/ 71020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ gitLaunch),
/* harmony export */   Fq: () => (/* binding */ GIT_REDIRECTS),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   k_: () => (/* binding */ GIT_SAFETY),
/* harmony export */   ru: () => (/* binding */ RepoGit),
/* harmony export */   vn: () => (/* binding */ resolveGit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43422);
/* harmony import */ var _git_config_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62289);
// How ci-medic runs its own git in a workspace (git-workspace.ts).
//
// The repository's commands run between these git calls and may try to
// make git run their code here, outside the sandbox: so git is found once,
// by absolute path, when the workspace is created (before any check could
// drop a `git` earlier on PATH); hooks and core.fsmonitor are switched off on
// every command line; the global config is the one that existed at that
// moment (git-config-files.ts), and the sandbox keeps it, .git and the files
// they include read-only for the checks.





/** Variables that would point git at another repository or index. */
const GIT_REDIRECTS = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_PREFIX',
    'GIT_NAMESPACE',
    'GIT_COMMON_DIR'
];
/** Options on every git command line: no hooks, no fsmonitor (both run programs). */
const GIT_SAFETY = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
const GIT_MAX_OUTPUT = 256 * 1024 * 1024;
/** A git command that failed (secrets redacted from its output). */
class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    name = 'GitCommandError';
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (${exitCode === null ? 'killed' : `exit ${exitCode}`}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
const resolvedGit = new Map();
/**
 * git's absolute path on `env`'s PATH (plain `git` when it is not found
 * there), looked up once per PATH for the whole process: the first lookup
 * happens when the workspace is created, before the checks run.
 */
function resolveGit(env) {
    const path = env.PATH ?? '';
    let found = resolvedGit.get(path);
    if (found === undefined) {
        found = 'git';
        for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
            if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(dir))
                continue;
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'git'), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
                found = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'git');
                break;
            }
            catch {
                // Not here.
            }
        }
        resolvedGit.set(path, found);
    }
    return found;
}
/** The environment and program for ci-medic's own git: sanitized, redirects removed, global config pinned. */
function gitLaunch(parent) {
    const env = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .safeEnvironment */ .PZ)(parent, {
        GIT_TERMINAL_PROMPT: '0',
        GIT_LITERAL_PATHSPECS: '1',
        GIT_OPTIONAL_LOCKS: '0',
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_CONFIG_GLOBAL: (0,_git_config_files_js__WEBPACK_IMPORTED_MODULE_4__/* .pinnedGlobalConfig */ .oK)(parent)
    });
    for (const name of GIT_REDIRECTS)
        delete env[name];
    return { git: resolveGit(env), env };
}
/**
 * ci-medic's git in one work tree: the program and environment fixed when it
 * is made (gitLaunch), the private indexes, and the queue that runs the
 * operations sharing them one at a time.
 */
class RepoGit {
    root;
    secrets;
    gitPath;
    baseEnv;
    timeoutMs;
    queue = Promise.resolve();
    privateDir;
    constructor(root, options) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
        this.secrets = [...options.secrets];
        this.timeoutMs = options.timeoutMs;
        const { git, env } = gitLaunch(options.parentEnv);
        this.gitPath = git;
        this.baseEnv = env;
    }
    /** Runs git; throws only when it could not run or its output was too large. */
    async raw(args, call = {}) {
        const fullArgs = [...GIT_SAFETY, '-c', 'core.quotePath=false', ...args];
        const result = await (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)(this.gitPath, fullArgs, {
            cwd: this.root,
            env: { ...this.baseEnv, ...call.env },
            timeoutMs: this.timeoutMs,
            killGraceMs: 2_000,
            maxOutputBytes: GIT_MAX_OUTPUT,
            input: call.input
        });
        if (result.error !== undefined)
            throw new GitCommandError(args, null, (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(result.error, this.secrets));
        if (result.outputTruncated)
            throw new GitCommandError(args, result.exitCode, 'output too large');
        return result;
    }
    /** Runs git and returns its stdout; a non-zero exit (outside `call.allow`) throws GitCommandError. */
    async run(args, call = {}) {
        const result = await this.raw(args, call);
        if (result.exitCode !== 0 && !(call.allow ?? []).includes(result.exitCode ?? -1)) {
            throw new GitCommandError(args, result.exitCode, (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(result.stderr.toString('utf8'), this.secrets));
        }
        return result.stdout.toString('utf8');
    }
    /** Operations sharing the private indexes run one at a time. */
    exclusive(run) {
        const next = this.queue.then(run, run);
        this.queue = next.catch(() => undefined);
        return next;
    }
    /** The environment that points git at private index `name`. */
    async withIndex(name) {
        return { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await this.privateIndexes(), name) };
    }
    /** HEAD's commit; null when the repository has no commits. */
    async headSha() {
        const out = await this.run(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { allow: [1, 128] });
        return out.trim() || null;
    }
    // Private indexes live in the git directory, out of the model's reach.
    privateIndexes() {
        this.privateDir ??= (async () => {
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.root, (await this.run(['rev-parse', '--git-path', 'ci-medic'])).trim());
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
            const realIndex = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.root, (await this.run(['rev-parse', '--git-path', 'index'])).trim());
            // Seeding from the real index gives the stat cache, and tracked files that are ignored.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(realIndex, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'scan.index')).catch(() => undefined);
            return dir;
        })();
        return this.privateDir;
    }
}


/***/ }),

/***/ 62289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ maskCredentials),
/* harmony export */   nk: () => (/* binding */ gitConfigPaths),
/* harmony export */   oK: () => (/* binding */ pinnedGlobalConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The git configuration ci-medic's own git reads, named so the sandbox can
// keep the repository's commands from changing it: git runs outside the
// sandbox, with ci-medic's rights and, for a push, its token, and config can
// run programs (core.fsmonitor, filter drivers, hooks) or redirect a remote
// (url.*.insteadOf).
//
// The global config is pinned when ci-medic starts: the file that exists
// then (GIT_CONFIG_GLOBAL, else ~/.gitconfig, else the XDG one), or none at
// all (/dev/null), so a check cannot create one later. When both ~/.gitconfig
// and the XDG file exist only ~/.gitconfig is read. The system config is left
// as is: root's to write, and mounted read-only for a check that runs as root.




/** The global config file ci-medic's git reads (GIT_CONFIG_GLOBAL), or /dev/null when there is none. */
function pinnedGlobalConfig(env) {
    const home = env.HOME ?? '';
    const xdg = env.XDG_CONFIG_HOME || (home ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.config') : '');
    const candidates = [
        env.GIT_CONFIG_GLOBAL,
        home ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.gitconfig') : undefined,
        xdg ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(xdg, 'git', 'config') : undefined
    ];
    for (const candidate of candidates) {
        if (!candidate || !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(candidate))
            continue;
        if (candidate === '/dev/null')
            return candidate;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // Unreadable: try the next.
        }
    }
    return '/dev/null';
}
/**
 * Every existing file and directory holding config ci-medic's git reads in
 * `workspace`: `.git` (a directory, or a linked worktree's file with its
 * gitdir and common dir), the pinned global config, and the existing files
 * either includes, whatever their condition (a superset is harmless).
 */
async function gitConfigPaths(workspace, env) {
    const paths = [];
    const add = (path) => {
        if (!paths.some(known => within(path, known)))
            paths.push(path);
    };
    const gitDirs = await gitDirectories(workspace);
    for (const dir of gitDirs)
        add(dir);
    const configs = gitDirs.map(dir => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config'));
    const global = pinnedGlobalConfig(env);
    if (global !== '/dev/null') {
        configs.push(global);
        add(global);
    }
    const includes = new Set();
    for (const config of configs)
        await collectIncludes(config, env, includes, 0);
    for (const file of includes)
        add(file);
    return paths;
}
/** `.git`, and for a linked worktree (a `.git` file) its gitdir and common dir. */
async function gitDirectories(workspace) {
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace), '.git');
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dotGit);
    }
    catch {
        return [];
    }
    if (info.isDirectory())
        return [dotGit];
    if (!info.isFile())
        return [];
    const out = [dotGit];
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(dotGit, 'utf8').catch(() => ''));
    if (!match)
        return out;
    const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, match[1]);
    out.push(gitDir);
    const common = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(gitDir, 'commondir'), 'utf8').catch(() => undefined);
    if (common !== undefined)
        out.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(gitDir, common.trim()));
    return out;
}
/** Adds the existing files `config` includes (`[include]` and `[includeIf]` paths), recursively. */
async function collectIncludes(config, env, found, depth) {
    if (depth > 10)
        return;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(config, 'utf8').catch(() => undefined);
    if (text === undefined)
        return;
    let inInclude = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const section = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\]|\\.)*")?\s*\]/.exec(line);
        if (section) {
            inInclude = /^include(if)?$/i.test(section[1]);
            continue;
        }
        const value = inInclude ? /^path\s*=\s*(.+)$/i.exec(line)?.[1] : undefined;
        if (!value)
            continue;
        const path = value.trim().replace(/^"(.*)"$/, '$1');
        const absolute = path.startsWith('~/')
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME ?? '', path.slice(2))
            : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(path)
                ? path
                : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(config), path);
        if (found.has(absolute))
            continue;
        try {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absolute)).isFile())
                continue;
        }
        catch {
            continue;
        }
        found.add(absolute);
        await collectIncludes(absolute, env, found, depth + 1);
    }
}
const EXTRAHEADER = /^\s*extraheader\s*=/im;
/**
 * The config files among `paths` (and inside the git directories among them)
 * that hold an `http.*.extraheader`: where actions/checkout persists its token
 * (`.git/config` up to v5, an included file under RUNNER_TEMP from v6). Each
 * gets a copy without those lines, written under a new directory in the
 * system temp dir, for the sandbox to show instead. The checks then see the
 * repository's config but not the token; a check that fetches with it fails.
 */
async function maskCredentials(paths) {
    const files = [];
    for (const path of paths) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
        if (info?.isDirectory())
            files.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(path, 'config'));
        else if (info?.isFile() && !path.endsWith(`${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}.git`))
            files.push(path);
    }
    const masked = [];
    let dir;
    for (const file of files) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => undefined);
        if (text === undefined || !EXTRAHEADER.test(text))
            continue;
        dir ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ci-medic-masked-'));
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `${masked.length}.config`);
        const kept = text.split(/(?<=\n)/).filter(line => !EXTRAHEADER.test(line));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(source, kept.join(''), { mode: 0o644 });
        masked.push({ path: file, source });
    }
    return masked;
}
function within(path, dir) {
    return path === dir || path.startsWith(dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_3__.sep) ? dir : `${dir}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`);
}


/***/ }),

/***/ 24056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseRawDiff),
/* harmony export */   e: () => (/* binding */ lsRemoteSha)
/* harmony export */ });
// Parsers of git's output about commits and remotes, shared by the
// workspace (git-workspace.ts) and the scratch repository (scratch-push.ts).
/** The entries of `git diff-tree -r -z --raw` output. */
function parseRawDiff(out) {
    const fields = out.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length; i++) {
        const head = fields[i];
        if (!head.startsWith(':'))
            continue;
        const [oldMode, newMode, oldSha, newSha, status] = head.slice(1).split(' ');
        const letter = status.charAt(0);
        if (letter === 'R' || letter === 'C') {
            changes.push({
                status: letter,
                oldMode,
                newMode,
                oldSha,
                newSha,
                oldPath: fields[i + 1],
                path: fields[i + 2]
            });
            i += 2;
        }
        else {
            changes.push({ status: letter, oldMode, newMode, oldSha, newSha, path: fields[i + 1] });
            i += 1;
        }
    }
    return changes;
}
/** The sha on the `git ls-remote` line ending in `suffix`, or null when there is none. */
function lsRemoteSha(out, suffix) {
    const line = out.split('\n').find(l => l.endsWith(suffix));
    return line ? (line.split(/\s+/)[0] ?? null) : null;
}


/***/ }),

/***/ 24889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ pushOutcome),
/* harmony export */   Md: () => (/* binding */ leaseArgs),
/* harmony export */   _h: () => (/* binding */ configEnv),
/* harmony export */   fS: () => (/* binding */ urlScopedToken),
/* harmony export */   kU: () => (/* binding */ workspaceRemoteBranchSha),
/* harmony export */   ky: () => (/* binding */ pushFromWorkspace),
/* harmony export */   rc: () => (/* binding */ GitPushError)
/* harmony export */ });
/* unused harmony exports stripCredentials, classifyPushFailure */
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43422);
/* harmony import */ var _git_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71020);
/* harmony import */ var _git_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24056);
// Pushing and asking a remote about its branches with ci-medic's own git,
// for the workspace (git-workspace.ts) and the scratch repository
// (scratch-push.ts). The token goes to an http(s) remote only, as a Basic
// `x-access-token:<token>` header in command-scoped config: never written
// to .git/config, never on the command line, redacted from errors.



/** A push that did not land, with why: `rejected` (the branch moved: non-fast-forward, stale lease, or refused by the remote), `auth`, `network` or `other`. */
class GitPushError extends Error {
    kind;
    detail;
    name = 'GitPushError';
    constructor(kind, message, 
    /** git's own words, secrets redacted. */
    detail) {
        super(message);
        this.kind = kind;
        this.detail = detail;
    }
}
/** Command-scoped configuration through the environment (not in argv, where `ps` would show it). */
function configEnv(entries) {
    const env = { GIT_CONFIG_COUNT: String(entries.length) };
    entries.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = key;
        env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return env;
}
function stripCredentials(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return url;
    }
}
/**
 * Config sending `token` to `url` only, when it is http(s) (else none). The
 * most specific key wins over (and its empty value, first, clears) headers
 * that actions/checkout persisted for the host.
 */
function urlScopedToken(url, token) {
    if (!/^https?:\/\//i.test(url))
        return [];
    const key = `http.${stripCredentials(url)}.extraheader`;
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    return [
        [key, ''],
        [key, header]
    ];
}
/** `--force-with-lease` on `ref` for `expectedSha` (see PushOptions.expectedSha); none when undefined. */
function leaseArgs(ref, expectedSha) {
    return expectedSha === undefined ? [] : [`--force-with-lease=${ref}:${expectedSha ?? ''}`];
}
/** The result of `git push --porcelain`: the push when it landed, else throws its GitPushError. */
function pushOutcome(result, secrets, pushed) {
    const stdout = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(result.stdout.toString('utf8'), secrets);
    const stderr = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(result.stderr.toString('utf8'), secrets);
    if (result.exitCode === 0 && !/^!/m.test(stdout))
        return pushed;
    throw classifyPushFailure(pushed.branch, stdout, stderr, result.timedOut);
}
/** Pushes from the workspace (see GitWorkspace.push). */
async function pushFromWorkspace(git, { remote, branch }, options, auth) {
    await git.run(['check-ref-format', '--branch', branch]);
    const source = options.source ?? 'HEAD';
    const sha = (await git.run(['rev-parse', '--verify', `${source}^{commit}`])).trim();
    const ref = `refs/heads/${branch}`;
    const pushSecrets = auth ? [...git.secrets, auth.token] : [...git.secrets];
    const env = await authEnv(git, remote, auth);
    const lease = leaseArgs(ref, options.expectedSha);
    const args = ['push', '--porcelain', '--no-verify', ...lease, remote, `${sha}:${ref}`];
    const result = await git.raw(args, { env });
    return pushOutcome(result, pushSecrets, { remote: (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(remote, pushSecrets), branch, sha });
}
/** The sha of `branch` on the workspace's `remote` (see GitWorkspace.remoteBranchSha). */
async function workspaceRemoteBranchSha(git, remote, branch, auth) {
    const env = await authEnv(git, remote, auth);
    const result = await git.raw(['ls-remote', '--heads', remote, `refs/heads/${branch}`], { env });
    if (result.exitCode !== 0) {
        const detail = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(result.stderr.toString('utf8'), auth ? [...git.secrets, auth.token] : git.secrets);
        throw new _git_command_js__WEBPACK_IMPORTED_MODULE_1__/* .GitCommandError */ .iR(['ls-remote', '--heads', '<remote>', branch], result.exitCode, detail);
    }
    return (0,_git_output_js__WEBPACK_IMPORTED_MODULE_2__/* .lsRemoteSha */ .e)(result.stdout.toString('utf8'), `refs/heads/${branch}`);
}
/** Environment that sends `auth.token` to an http(s) remote for one git command. */
async function authEnv(git, remote, auth) {
    if (!auth)
        return {};
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote) ? remote : await remoteUrl(git, remote);
    if (!url || !/^https?:\/\//i.test(url))
        return {};
    // Command-scoped, never written; no credential helper is asked either.
    return configEnv([...urlScopedToken(url, auth.token), ['credential.helper', '']]);
}
async function remoteUrl(git, name) {
    const out = await git.run(['remote', 'get-url', '--push', name], { allow: [2, 128] });
    return out.trim() || null;
}
function classifyPushFailure(branch, stdout, stderr, timedOut) {
    const detail = [stdout.trim(), stderr.trim()].filter(Boolean).join('\n');
    const line = stdout.split('\n').find(l => l.startsWith('!')) ?? '';
    if (timedOut)
        return new GitPushError('network', `Pushing ${branch} timed out.`, detail);
    if (/\[rejected\]/.test(line) ||
        /\[rejected\]|non-fast-forward|fetch first|stale info/.test(stderr)) {
        const why = /stale info/.test(detail)
            ? 'the remote branch is not at the expected commit (stale lease)'
            : /already exists/.test(detail)
                ? 'the branch already exists on the remote'
                : 'the remote branch has commits this push does not have (non-fast-forward)';
        return new GitPushError('rejected', `Push of ${branch} rejected: ${why}.`, detail);
    }
    if (/Authentication failed|could not read (Username|Password)|terminal prompts disabled|Invalid username or (password|token)|returned error: 40[13]|HTTP 40[13]|Permission to .* denied|403 Forbidden|401 Unauthorized|Write access to repository not granted/i.test(detail)) {
        return new GitPushError('auth', `Push of ${branch} was refused for lack of permission: check that the token may write contents.`, detail);
    }
    if (/\[remote rejected\]/.test(line)) {
        const reason = /\[remote rejected\]\s*\(([^)]*)\)/.exec(line)?.[1] ?? 'refused by the remote';
        return new GitPushError('rejected', `Push of ${branch} refused by the remote: ${reason}.`, detail);
    }
    if (/Could not resolve host|Failed to connect|Connection (refused|reset|timed out)|Operation timed out|unable to access/i.test(detail)) {
        return new GitPushError('network', `Push of ${branch} failed: the remote could not be reached.`, detail);
    }
    return new GitPushError('other', `Push of ${branch} failed: ${detail.split('\n').slice(-3).join(' | ') || 'git gave no reason'}.`, detail);
}


/***/ }),

/***/ 30323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rc: () => (/* reexport */ git_push/* GitPushError */.rc),
  sb: () => (/* binding */ createGitWorkspace),
  f: () => (/* reexport */ dependencyDirectories),
  sp: () => (/* binding */ listTrackedFiles),
  nT: () => (/* binding */ touchedSince)
});

// UNUSED EXPORTS: GIT_REDIRECTS, GIT_SAFETY, GitCommandError, TOOL_CACHES, classifyPushFailure, configEnv, resolveGit, stripCredentials

// EXTERNAL MODULE: ./src/edges/workspace/command-runner.ts + 3 modules
var command_runner = __webpack_require__(43422);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/edges/workspace/git-commits.ts
// Commits made by ci-medic's own git in a workspace (for git-workspace.ts):
// built in a private index on top of HEAD from the given paths only, written
// with plumbing (`commit-tree`, `update-ref`), so hooks never run and other
// changes, staged or not, stay as they are.


const VERIFIER = { name: 'ci-medic', email: 'ci-medic@localhost' };
/** `paths` as git's `--stdin -z` input. */
function nulList(paths) {
    return paths.map(p => `${p}\0`).join('');
}
/** The environment naming `author` as both author and committer. */
function identityEnv(author) {
    return {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email
    };
}
/** The tree of `parent` (none: empty) plus `paths` as they are now, built in private index `index`. */
async function treeWithPaths(git, index, parent, paths) {
    const env = await git.withIndex(index);
    if (parent)
        await git.run(['read-tree', parent], { env });
    else
        await (0,promises_.rm)(env.GIT_INDEX_FILE, { force: true });
    if (paths.length > 0) {
        await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], {
            env,
            input: nulList(paths)
        });
    }
    return (await git.run(['write-tree'], { env })).trim();
}
/**
 * Commits the current content of `paths` (deletions included) on top of
 * HEAD, and nothing else; returns the new commit's sha (see GitWorkspace.commit).
 */
async function commitPaths(git, message, paths, author) {
    if (paths.length === 0)
        throw new Error('Nothing to commit: no paths given.');
    for (const path of paths) {
        if ((0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..'))
            throw new Error(`Not a workspace-relative path: ${path}`);
    }
    const parent = await git.headSha();
    const tree = await treeWithPaths(git, 'commit.index', parent, paths);
    if (parent && tree === (await git.run(['rev-parse', `${parent}^{tree}`])).trim()) {
        throw new Error(`Nothing to commit: ${paths.join(', ')} ${paths.length === 1 ? 'has' : 'have'} no changes.`);
    }
    const args = ['commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
    const sha = (await git.run(args, {
        env: identityEnv(author),
        input: message.endsWith('\n') ? message : `${message}\n`
    })).trim();
    await git.run([
        'update-ref',
        '-m',
        `ci-medic: ${message.split('\n')[0]}`,
        'HEAD',
        sha,
        parent ?? ''
    ]);
    // The real index follows the commit for these paths (and only these).
    await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], { input: nulList(paths) });
    return sha;
}
/** A commit of HEAD plus `paths` as they are now, on no branch (for cleanCheckout). */
async function verificationCommit(git, paths) {
    const parent = await git.headSha();
    const tree = await treeWithPaths(git, 'clean.index', parent, paths);
    const args = ['commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : [])];
    return (await git.run([...args, '-m', 'ci-medic: the change under verification'], {
        env: identityEnv(VERIFIER)
    })).trim();
}

// EXTERNAL MODULE: ./src/edges/workspace/git-output.ts
var git_output = __webpack_require__(24056);
// EXTERNAL MODULE: ./src/edges/workspace/workspace-files.ts
var workspace_files = __webpack_require__(48951);
;// CONCATENATED MODULE: ./src/edges/workspace/git-snapshots.ts
// Snapshots, restores and diffs of a workspace's working tree (for
// git-workspace.ts).
//
// Snapshots are trees: the whole working tree (tracked changes and untracked,
// non-ignored files) is staged into a private index inside the git directory
// and written with `git write-tree`. The private index keeps its stat cache
// between snapshots, so only files that changed are hashed again. Restoring
// compares the current tree with the snapshot's and touches only the files
// that differ: added files are deleted, the rest is checked out of the
// snapshot through a second private index. Neither the real index nor HEAD
// is touched by snapshot, restore or diff.




/**
 * Files the checks themselves write (bytecode and tool caches) in repositories
 * that do not git-ignore them: never part of a change, never restored, so a
 * test run between snapshot and diff does not look like an edit.
 */
const TOOL_CACHES = [
    '**/__pycache__/**',
    '**/*.py[co]',
    '**/.pytest_cache/**',
    '**/.mypy_cache/**',
    '**/.ruff_cache/**',
    '**/.eslintcache',
    '**/*.tsbuildinfo',
    '**/node_modules/.vite/**',
    '**/node_modules/.cache/**'
];
/** Pathspecs leaving TOOL_CACHES out (they need GIT_LITERAL_PATHSPECS=0). */
const TOOL_CACHE_EXCLUDES = TOOL_CACHES.map(glob => `:(exclude,glob)${glob}`);
const ZERO = '0'.repeat(40);
/** The mode of a submodule's entry. */
const GITLINK = '160000';
const NO_TEXT = { text: null, binary: false };
/** The working tree as a tree object (tool caches left out, see TOOL_CACHES). */
async function scanTree(git) {
    const env = await git.withIndex('scan.index');
    // Our own constant patterns: pathspec magic is switched on for this call only.
    await git.run(['add', '-A', '--', '.', ...TOOL_CACHE_EXCLUDES], {
        env: { ...env, GIT_LITERAL_PATHSPECS: '0' }
    });
    return (await git.run(['write-tree'], { env })).trim();
}
async function treeDiff(git, from, to, renames) {
    const args = ['diff-tree', '-r', '-z', '--raw', renames ? '-M' : '--no-renames', from, to];
    return (0,git_output/* parseRawDiff */.L)(await git.run(args));
}
/** The working tree now, with HEAD's commit. */
async function takeSnapshot(git) {
    const [tree, head] = await Promise.all([scanTree(git), git.headSha()]);
    return { tree, head };
}
/** Brings the working tree back to `snapshot` exactly (ignored files aside). */
async function restoreSnapshot(git, snapshot) {
    const current = await scanTree(git);
    if (current === snapshot.tree)
        return;
    const changes = await treeDiff(git, snapshot.tree, current, false);
    const toDelete = changes.filter(c => c.status === 'A').map(c => c.path);
    const toCheckout = changes.filter(c => c.status !== 'A' && c.oldMode !== GITLINK).map(c => c.path);
    for (const path of toDelete)
        await deleteAdded(git.root, (0,external_node_path_.join)(git.root, path));
    if (toCheckout.length > 0)
        await checkoutFromTree(git, snapshot.tree, toCheckout);
    const after = await scanTree(git);
    if (after !== snapshot.tree) {
        const left = await treeDiff(git, snapshot.tree, after, false);
        throw new Error(`Restoring the workspace left differences: ${left.map(c => `${c.status} ${c.path}`).join(', ')}`);
    }
}
/** Removes a file (or directory) added since the snapshot, and the directories it leaves empty. */
async function deleteAdded(root, absolute) {
    await (0,promises_.unlink)(absolute).catch(async (error) => {
        if (error.code === 'EISDIR' || error.code === 'EPERM')
            await (0,promises_.rm)(absolute, { recursive: true, force: true });
    });
    await removeEmptyParents(root, absolute);
}
async function removeEmptyParents(root, file) {
    let dir = (0,external_node_path_.dirname)(file);
    while (dir !== root && dir.startsWith(`${root}/`)) {
        try {
            await (0,promises_.rmdir)(dir);
        }
        catch {
            return;
        }
        dir = (0,external_node_path_.dirname)(dir);
    }
}
/** Writes `paths` as they are in `tree` into the working tree, through a private index. */
async function checkoutFromTree(git, tree, paths) {
    const env = await git.withIndex('restore.index');
    await git.run(['read-tree', tree], { env });
    await git.run(['checkout-index', '-f', '-z', '--stdin'], {
        env,
        input: paths.map(p => `${p}\0`).join('')
    });
}
/** What changed in the working tree since `from`, renames detected. */
async function diffSince(git, from, maxContentBytes) {
    const current = await scanTree(git);
    if (current === from.tree)
        return [];
    const changes = await treeDiff(git, from.tree, current, true);
    const texts = await blobTexts(git, changes.flatMap(c => [c.oldSha, c.newSha]).filter(sha => sha !== ZERO), maxContentBytes);
    const textOf = (sha, mode) => sha === ZERO || mode === GITLINK ? NO_TEXT : (texts.get(sha) ?? NO_TEXT);
    return changes.map(c => fileChange(c, textOf));
}
function fileChange(c, textOf) {
    const before = c.status === 'A' ? NO_TEXT : textOf(c.oldSha, c.oldMode);
    const after = c.status === 'D' ? NO_TEXT : textOf(c.newSha, c.newMode);
    const status = changeStatus(c.status);
    const change = {
        path: c.path,
        status,
        before: before.text,
        after: after.text,
        binary: before.binary || after.binary
    };
    if (c.oldPath !== undefined && status === 'renamed')
        change.oldPath = c.oldPath;
    return change;
}
/** A copy counts as an added file. */
function changeStatus(letter) {
    return letter === 'A'
        ? 'added'
        : letter === 'D'
            ? 'deleted'
            : letter === 'R'
                ? 'renamed'
                : letter === 'C'
                    ? 'added'
                    : 'modified';
}
/** Blob texts by sha (null: binary, too large, missing). */
async function blobTexts(git, shas, maxContentBytes) {
    const out = new Map();
    const wanted = [...new Set(shas)];
    if (wanted.length === 0)
        return out;
    const check = await git.run(['cat-file', '--batch-check'], {
        input: wanted.map(s => `${s}\n`).join('')
    });
    const small = [];
    for (const line of check.split('\n')) {
        const [sha, type, size] = line.split(' ');
        if (!sha || type !== 'blob') {
            if (sha)
                out.set(sha, { text: null, binary: false });
            continue;
        }
        if (Number(size) > maxContentBytes)
            out.set(sha, { text: null, binary: false });
        else
            small.push(sha);
    }
    if (small.length === 0)
        return out;
    const batch = (await git.raw(['cat-file', '--batch'], { input: small.map(s => `${s}\n`).join('') }))
        .stdout;
    readBatch(batch, out);
    return out;
}
/** Adds the blobs of `git cat-file --batch` output to `out`. */
function readBatch(batch, out) {
    let at = 0;
    while (at < batch.length) {
        const newline = batch.indexOf(10, at);
        if (newline === -1)
            break;
        const [sha, , size] = batch.subarray(at, newline).toString('utf8').split(' ');
        const length = Number(size);
        const body = batch.subarray(newline + 1, newline + 1 + length);
        at = newline + 1 + length + 1;
        if (!sha)
            continue;
        out.set(sha, (0,workspace_files/* isBinary */.Go)(body) ? { text: null, binary: true } : { text: body.toString('utf8'), binary: false });
    }
}

;// CONCATENATED MODULE: ./src/edges/workspace/clean-checkout.ts
// Clean checkouts of the change under verification (GitWorkspace.cleanCheckout):
// a detached linked worktree in a temp directory, with the workspace's
// installed dependencies and checked-out submodules symlinked in.






/** A clean linked worktree of HEAD plus `paths` (see GitWorkspace.cleanCheckout). */
async function createCleanCheckout(git, paths) {
    const commit = await verificationCommit(git, paths);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ci-medic-verify-'));
    const root = (0,external_node_path_.join)(dir, 'checkout');
    const dispose = async () => {
        // Removed by hand (git would read the checkout's .git file, which a check could rewrite).
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await git.run(['worktree', 'prune']).catch(() => undefined);
    };
    try {
        await git.run(['worktree', 'add', '--detach', '--quiet', root, commit]);
        const linked = [
            ...(await linkDependencies(git.root, root)),
            ...(await linkSubmodules(git, commit, root))
        ];
        await shareWithOwner(git.root, dir);
        return { root, commit, linked, dispose };
    }
    catch (error) {
        await dispose();
        throw error;
    }
}
/**
 * The commit's submodules, which a new worktree leaves as empty
 * directories: linked to the workspace's checkout of them, where it has one.
 */
async function linkSubmodules(git, commit, checkout) {
    const out = await git.run(['ls-tree', '-r', '-z', commit]);
    const linked = [];
    for (const entry of out.split('\0')) {
        const [meta, path] = entry.split('\t');
        if (!path || !meta.startsWith(`${GITLINK} `))
            continue;
        const there = await (0,promises_.readdir)((0,external_node_path_.join)(git.root, path)).catch(() => []);
        if (there.length === 0)
            continue;
        await (0,promises_.rmdir)((0,external_node_path_.join)(checkout, path)).catch(() => undefined);
        await (0,promises_.symlink)((0,external_node_path_.join)(git.root, path), (0,external_node_path_.join)(checkout, path)).catch(() => undefined);
        linked.push(path);
    }
    return linked;
}
const DEPENDENCY_SEARCH_DEPTH = 3;
/**
 * The installed dependency directories of a workspace (node_modules,
 * virtualenvs; see DEPENDENCY_DIRECTORIES), workspace-relative, down to a few
 * levels (monorepo packages), not looking inside one or inside `.git`.
 */
async function dependencyDirectories(workspace) {
    const found = [];
    const walk = async (rel, depth) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(workspace, rel), { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name === '.git')
                continue;
            const child = rel ? `${rel}/${entry.name}` : entry.name;
            if (workspace_files/* DEPENDENCY_DIRECTORIES */.Yz.has(entry.name))
                found.push(child);
            else if (depth < DEPENDENCY_SEARCH_DEPTH)
                await walk(child, depth + 1);
        }
    };
    await walk('', 1);
    return found.sort();
}
/**
 * Symlinks the workspace's dependency directories into `checkout` at the
 * same place, where the checkout has the parent directory and nothing there.
 */
async function linkDependencies(workspace, checkout) {
    const linked = [];
    for (const rel of await dependencyDirectories(workspace)) {
        const there = (0,external_node_path_.join)(checkout, rel);
        const parentThere = await (0,promises_.lstat)((0,external_node_path_.dirname)(there)).then(i => i.isDirectory(), () => false);
        const taken = await (0,promises_.lstat)(there).then(() => true, () => false);
        if (!parentThere || taken)
            continue;
        await (0,promises_.symlink)((0,external_node_path_.join)(workspace, rel), there);
        linked.push(rel);
    }
    return linked;
}
/**
 * When ci-medic runs as root and the workspace belongs to another user, the
 * checks run as that user (sandbox.ts): the checkout is handed to them, so
 * they can write their caches and reports there as in the workspace.
 */
async function shareWithOwner(workspace, dir) {
    await (0,promises_.chmod)(dir, 0o755);
    if (process.getuid?.() !== 0)
        return;
    const owner = await (0,promises_.lstat)((0,external_node_path_.join)(workspace, '.git')).catch(() => (0,promises_.lstat)(workspace));
    if (owner.uid === 0)
        return;
    const walk = async (path) => {
        await (0,promises_.lchown)(path, owner.uid, owner.gid);
        const info = await (0,promises_.lstat)(path);
        if (!info.isDirectory())
            return;
        for (const name of await (0,promises_.readdir)(path))
            await walk((0,external_node_path_.join)(path, name));
    };
    await walk(dir);
}

// EXTERNAL MODULE: ./src/edges/workspace/git-command.ts
var git_command = __webpack_require__(71020);
;// CONCATENATED MODULE: ./src/edges/workspace/git-branches.ts
/** The checked-out branch; null on a detached HEAD. */
async function currentBranch(git) {
    const out = await git.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allow: [1, 128] });
    return out.trim() || null;
}
/** Creates (or resets) branch `name` at `from` and switches to it, carrying local changes over. */
async function createBranch(git, name, from) {
    await git.run(['check-ref-format', '--branch', name]);
    // -C: a local branch of that name (an earlier attempt in this checkout) is reset, not an error.
    await git.run(['switch', '-q', '--no-track', '-C', name, from]);
}
/** Switches back to `to` (its branch, else its sha detached) and deletes branch `name`. */
async function dropBranch(git, name, to) {
    await git.run(['check-ref-format', '--branch', name]);
    if (to.branch && to.branch !== name)
        await git.run(['switch', '-q', to.branch]);
    else
        await git.run(['switch', '-q', '--detach', to.sha]);
    await git.run(['branch', '-q', '-D', '--', name]);
}

// EXTERNAL MODULE: ./src/edges/workspace/git-push.ts
var git_push = __webpack_require__(24889);
;// CONCATENATED MODULE: ./src/edges/workspace/git-status.ts

/** True when the root is inside a git work tree. */
async function isRepository(git) {
    try {
        return (await git.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
/** `git status --porcelain` (untracked files one by one, tool caches left out). */
async function workingTreeStatus(git) {
    const out = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.', ...TOOL_CACHE_EXCLUDES], { env: { GIT_LITERAL_PATHSPECS: '0' } });
    return parsePorcelainStatus(out);
}
/** Which of `paths` git ignores (`git check-ignore`: a tracked file never is). */
async function ignoredPaths(git, paths) {
    if (paths.length === 0)
        return [];
    // check-ignore refuses literal pathspecs; `./` keeps a leading `:` from reading as magic.
    // Exit 1: none of them is ignored.
    const out = await git.run(['check-ignore', '-z', '--stdin'], {
        env: { GIT_LITERAL_PATHSPECS: '0' },
        input: paths.map(p => `./${p}\0`).join(''),
        allow: [1]
    });
    return out
        .split('\0')
        .filter(Boolean)
        .map(p => p.replace(/^\.\//, ''));
}
/** The entries of `git status --porcelain=v1 -z` output. */
function parsePorcelainStatus(out) {
    const fields = out.split('\0');
    const entries = [];
    let next = 0;
    while (next < fields.length) {
        const field = fields[next++];
        if (field.length < 4)
            continue;
        const code = field.slice(0, 2);
        const entry = { code, path: field.slice(3) };
        // A rename or copy: its source is the next field.
        if (code.includes('R') || code.includes('C'))
            entry.oldPath = fields[next++];
        entries.push(entry);
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/edges/workspace/git-workspace.ts
// The repository as the fix loop sees it, over the real `git` CLI (spawned
// without a shell, with a sanitized environment and hooks disabled). Each
// concern has its module, over one RepoGit (git-command.ts: how git is found
// and run, and why it can be trusted between the repository's commands):
// git-status.ts (status, ignore rules), git-snapshots.ts (snapshot, restore,
// diff), git-commits.ts (commits), clean-checkout.ts (the verification
// checkout), git-branches.ts, git-push.ts (push, ls-remote, the token).












const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_MAX_CONTENT_BYTES = 2 * 1024 * 1024;
function createGitWorkspace(root, options = {}) {
    const git = new git_command/* RepoGit */.ru(root, {
        parentEnv: options.parentEnv ?? process.env,
        secrets: options.secrets ?? [],
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    });
    const maxContentBytes = options.maxContentBytes ?? DEFAULT_MAX_CONTENT_BYTES;
    // The operations sharing the private indexes go through git.exclusive.
    return {
        root: git.root,
        isRepository: () => isRepository(git),
        status: () => workingTreeStatus(git),
        head: () => git.headSha(),
        currentBranch: () => currentBranch(git),
        snapshot: () => git.exclusive(() => takeSnapshot(git)),
        restore: snapshot => git.exclusive(() => restoreSnapshot(git, snapshot)),
        ignored: paths => ignoredPaths(git, paths),
        diff: from => git.exclusive(() => diffSince(git, from, maxContentBytes)),
        commit: (message, paths, author) => git.exclusive(() => commitPaths(git, message, paths, author)),
        cleanCheckout: paths => git.exclusive(() => createCleanCheckout(git, paths)),
        createBranch: (name, from = 'HEAD') => createBranch(git, name, from),
        dropBranch: (name, to) => dropBranch(git, name, to),
        push: (remote, branch, pushOptions = {}, auth) => (0,git_push/* pushFromWorkspace */.ky)(git, { remote, branch }, pushOptions, auth),
        remoteBranchSha: (remote, branch, auth) => (0,git_push/* workspaceRemoteBranchSha */.kU)(git, remote, branch, auth)
    };
}
/** The files git tracks under `root` (`git ls-files`), or undefined when `root` is not a git checkout. */
async function listTrackedFiles(root) {
    const { git, env } = (0,git_command/* gitLaunch */.C)(process.env);
    const result = await (0,command_runner/* runProcess */.R3)(git, [...git_command/* GIT_SAFETY */.k_, 'ls-files', '-z'], {
        cwd: root,
        env,
        timeoutMs: 60_000
    });
    if (result.exitCode !== 0)
        return undefined;
    return result.stdout.toString('utf8').split('\0').filter(Boolean);
}
/**
 * Whether a commit after `since`, up to HEAD, touched any of `paths`
 * (`git log <since>..HEAD -- <paths>`): the "never a third time" rule lifts
 * its block on it. 'unknown' when `since` is not in the checkout (a shallow
 * clone) or git cannot tell. Run before the repository's checks, so only the
 * checkout's own config is read.
 */
async function touchedSince(root, since, paths) {
    const { git, env } = (0,git_command/* gitLaunch */.C)(process.env);
    const run = (args) => (0,command_runner/* runProcess */.R3)(git, [...git_command/* GIT_SAFETY */.k_, ...args], { cwd: root, env, timeoutMs: 60_000 });
    // Asked first even with no paths: a shallow clone is said so, not taken for "nothing touched".
    const known = await run(['cat-file', '-e', `${since}^{commit}`]);
    if (known.exitCode !== 0)
        return 'unknown';
    if (paths.length === 0)
        return false;
    const log = await run([
        'log',
        '--no-show-signature',
        '--format=%H',
        `${since}..HEAD`,
        '--',
        ...paths
    ]);
    if (log.exitCode !== 0)
        return 'unknown';
    return log.stdout.toString('utf8').trim() !== '';
}


/***/ }),

/***/ 17628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rc: () => (/* reexport */ git_workspace/* GitPushError */.rc),
  j8: () => (/* reexport */ workspace_files/* SKIPPED_DIRECTORIES */.j8),
  _m: () => (/* reexport */ command_runner/* createCommandRunner */._m),
  sb: () => (/* reexport */ git_workspace/* createGitWorkspace */.sb),
  Jo: () => (/* reexport */ createModelTools),
  Pr: () => (/* reexport */ createScratchRepo),
  f: () => (/* reexport */ git_workspace/* dependencyDirectories */.f),
  fd: () => (/* reexport */ detectSandbox),
  sp: () => (/* reexport */ git_workspace/* listTrackedFiles */.sp),
  z1: () => (/* reexport */ workspace_paths/* resolveInWorkspace */.z1),
  $I: () => (/* reexport */ toolDefinitions)
});

// UNUSED EXPORTS: ALWAYS_PROTECTED, DEFAULT_KILL_GRACE_MS, DEFAULT_MAX_OUTPUT_BYTES, DEPENDENCY_DIRECTORIES, GitCommandError, HARMLESS_NAMES, REDACTED, TOOL_NAMES, WorkspacePathError, clearSandboxCache, defaultStrategies, descendants, environmentScript, findTools, gitConfigPaths, isBinary, isProtected, looksSecret, maskCredentials, noSandbox, pinnedGlobalConfig, planSandbox, protectedMatcher, redact, runProcess, safeEnvironment, sandboxArgv, secretValues, targetUrl, toolInputSchemas, workspaceRelative

// EXTERNAL MODULE: ./src/edges/workspace/command-runner.ts + 3 modules
var command_runner = __webpack_require__(43422);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/edges/workspace/git-config-files.ts
var git_config_files = __webpack_require__(62289);
;// CONCATENATED MODULE: ./src/edges/workspace/sandbox.ts
// Running the repository's commands where they cannot reach ci-medic's secrets.
//
// The commands ci-medic runs (tests, linters, fixers, the model's run tool)
// are the repository's code, and a pull request can change them. Their
// environment is sanitized (command-runner.ts), but on Linux any process can
// read /proc/<pid>/environ of the processes of its own user: a test could walk
// up to `node dist/autofix/index.mjs` and read INPUT_GITHUB-TOKEN,
// INPUT_ANTHROPIC-API-KEY and ACTIONS_RUNTIME_TOKEN there. The sandbox runs
// each command in its own PID namespace with its own /proc, so no process
// outside the command (ci-medic, the runner, sudo) exists for it, as the user
// the checkout belongs to and without the capabilities that could undo that.
//
// How a command is started (`sandboxArgv`):
//
//   [sudo -n --] unshare [--user --map-root-user] --pid --fork --kill-child
//       --mount --mount-proc [--net] -- /bin/sh -c INIT \u2026        (root in the namespaces)
//     INIT: bind-mounts read-only what the command must not change, brings
//       up loopback in a new network namespace, then
//     setpriv <drop privileges> -- [env -i] /bin/sh -c SUPERVISOR \u2026 (PID 1)
//     SUPERVISOR: runs `/bin/sh -c <command>` as its child and exits with its
//       status; when PID 1 exits the kernel kills everything left in the
//       namespace, so nothing the command started outlives it (not even a
//       process that left the process group), and on a timeout the runner's
//       SIGKILL to the group reaches PID 1, which runs as the command's user.
//       A command killed by a signal is reported as exit 128+N (the
//       supervisor's status), not as the signal; `timedOut` says a timeout.
//
// Strategies, tried in this order, the first whose probe (`true` run through
// the whole wrapper) succeeds wins, once per process:
// - `unshare` (ci-medic runs as root: containers, self-hosted root runners):
//   the command runs as the owner of the checkout (of its .git) when that is
//   not root, with no capabilities. When the checkout belongs to root (a
//   checkout made inside a root container), the command stays uid 0, since
//   another uid (65534) could not write the workspace, but keeps only the
//   file-access capabilities (chown, dac_override, dac_read_search, fowner,
//   fsetid): it can write the workspace and temp dirs, but cannot mount,
//   unmount the private /proc, trace or signal outside, or raise privileges
//   again (no_new_privs). /usr, /etc, /bin, /sbin and /lib* are then mounted
//   read-only for it, so it cannot replace the git, libraries or ld.so
//   configuration ci-medic uses afterwards outside the sandbox.
// - `sudo` (not root, passwordless sudo: GitHub-hosted runners): unshare as
//   root through `sudo -n`, then setpriv back to ci-medic's own uid and gid
//   with no supplementary groups (the runner user's `docker` group would be a
//   way back to root) and no_new_privs (so `sudo` inside fails). sudo resets
//   the environment, so the sanitized one travels in a file (0600, shell
//   quoted) that the supervisor sources after `env -i`.
// - `userns` (neither; or root without CAP_SYS_ADMIN, as in a default Docker
//   container): an unprivileged user namespace mapping ci-medic's uid to root
//   inside, then the same capability drop as for root. Ubuntu 24.04 forbids
//   these to unconfined processes (AppArmor), so on GitHub-hosted runners the
//   sudo strategy is the one that works.
//
// Always read-only in the sandbox: every git config file ci-medic's own git
// reads (git-config-files.ts): the repository's git directory (with a linked
// worktree's `.git` file, its gitdir and common dir), the global config
// ci-medic pins, and the existing files either includes (actions/checkout v6
// keeps its credentials in such a file under RUNNER_TEMP). ci-medic runs git
// there afterwards, outside the sandbox, and hooks, `core.fsmonitor`, filter
// drivers or `url.*.insteadOf` planted in that config would run with
// ci-medic's rights or send its token elsewhere. So checks cannot write to
// .git at all (git status still works; `git commit` or `git stash` in a
// check fail). Those of the files that hold an `http.*.extraheader` (the
// token actions/checkout persists) are shown as copies without it. The
// caller adds its own code (`readOnly`: the action's dist/, which ci-medic
// still loads chunks from).
//
// The command keeps the environment it was given: HOME and TMPDIR stay
// ci-medic's. When ci-medic is root and the checkout belongs to another user,
// that HOME may not be writable for the command.







const CAPS_KEPT_AS_ROOT = ['chown', 'dac_override', 'dac_read_search', 'fowner', 'fsetid'];
/** Read-only for a command that runs as uid 0: what ci-medic's own git and its libraries load. */
const SYSTEM_DIRS = ['/usr', '/etc', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];
const EXTRA_SEARCH_PATH = [
    '/usr/local/sbin',
    '/usr/local/bin',
    '/usr/sbin',
    '/usr/bin',
    '/sbin',
    '/bin'
];
const DEFAULT_PROBE_TIMEOUT_MS = 20_000;
const ARG0 = 'ci-medic-sandbox';
/**
 * Runs as root inside the namespaces: $1 mount, $2 ip or '', then `access
 * source path` triples, `--`, the setpriv argv. A read-only mount is one
 * `mount --rbind -o ro` (util-linux 2.27 and later bind and then remount
 * read-only in that one run: one process per path instead of two, which was
 * half of the wrapper's cost per command), and then checked: a mount that
 * ignored `ro` (an older util-linux) leaves the path writable, and the
 * command does not start.
 */
const INIT = `mount=$1; ip=$2; shift 2
while [ "$1" != -- ]; do
  access=$1; source=$2; path=$3; shift 3
  if [ "$access" = ro ]; then
    "$mount" --rbind -o ro -- "$source" "$path" || { echo "${ARG0}: could not bind-mount $path read-only" >&2; exit 125; }
    if [ -w "$path" ]; then echo "${ARG0}: could not make $path read-only" >&2; exit 125; fi
  else
    "$mount" --rbind -- "$source" "$path" || { echo "${ARG0}: could not bind-mount $path" >&2; exit 125; }
  fi
done
shift
if [ -n "$ip" ]; then "$ip" link set lo up || { echo "${ARG0}: could not bring up loopback" >&2; exit 125; }; fi
exec "$@"`;
/**
 * PID 1, as the command's user: $1 an environment file to source ('' = keep
 * the environment), $2 the command. Runs the command as a child (not exec:
 * PID 1 ignores signals it has no handler for, the command should not).
 */
const SUPERVISOR = `if [ -n "$1" ]; then . "$1" || exit 125; fi
/bin/sh -c "$2"
exit $?`;
/** The process to start for `command` under `plan`; `envFile` only for the sudo strategy. */
function sandboxArgv(plan, command, envFile) {
    const { tools } = plan;
    const none = plan.network === 'none';
    const unshare = [
        ...(plan.strategy === 'userns' ? ['--user', '--map-root-user'] : []),
        '--pid',
        '--fork',
        '--kill-child',
        '--mount',
        '--mount-proc',
        ...(none ? ['--net'] : []),
        '--',
        '/bin/sh',
        '-c',
        INIT,
        ARG0,
        tools.mount,
        none ? (tools.ip ?? '') : '',
        ...plan.mounts.flatMap(m => [m.access, m.source ?? m.path, m.path]),
        '--',
        tools.setpriv,
        ...privilegeArgs(plan),
        '--',
        ...(envFile === undefined ? [] : [tools.env, '-i']),
        '/bin/sh',
        '-c',
        SUPERVISOR,
        ARG0,
        envFile ?? '',
        command
    ];
    if (plan.strategy === 'sudo') {
        if (!tools.sudo)
            throw new Error('The sudo strategy needs sudo.');
        return { file: tools.sudo, args: ['-n', '--', tools.unshare, ...unshare] };
    }
    return { file: tools.unshare, args: unshare };
}
/** setpriv's options: a plain user without capabilities, or uid 0 with file access only. */
function privilegeArgs(plan) {
    const common = ['--no-new-privs', '--inh-caps=-all'];
    if (plan.uid !== 0) {
        return [
            `--reuid=${plan.uid}`,
            `--regid=${plan.gid}`,
            '--clear-groups',
            ...common,
            '--bounding-set=-all'
        ];
    }
    // In a user namespace setgroups is denied, and uid/gid 0 there is already ci-medic's own.
    const groups = plan.strategy === 'userns' ? [] : ['--clear-groups'];
    return [
        ...groups,
        ...common,
        `--bounding-set=-all,${CAPS_KEPT_AS_ROOT.map(c => `+${c}`).join(',')}`
    ];
}
/**
 * The environment as a file of `export NAME='value'` lines for the
 * supervisor to source. Names that are not shell identifiers cannot be
 * exported by a shell and are left out.
 */
function environmentScript(env) {
    const lines = [];
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            continue;
        lines.push(`export ${name}=${shellQuote(value)}`);
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
function shellQuote(value) {
    return `'${value.split("'").join(`'\\''`)}'`;
}
/** The plan for one strategy on this machine (reads the checkout's ownership and git metadata). */
async function planSandbox(strategy, input) {
    const workspace = (0,external_node_path_.resolve)(input.workspace);
    const ownUid = input.uid ?? process.getuid?.() ?? 0;
    const ownGid = input.gid ?? process.getgid?.() ?? 0;
    let uid = 0;
    let gid = 0;
    if (strategy === 'sudo') {
        uid = ownUid;
        gid = ownGid;
    }
    else if (strategy === 'unshare') {
        const owner = await checkoutOwner(workspace);
        if (owner.uid !== 0)
            ({ uid, gid } = owner);
    }
    // A command that is uid 0 outside too must not be able to change the system.
    const rootOutside = uid === 0 && (strategy === 'unshare' || ownUid === 0);
    const mounts = [];
    if (rootOutside) {
        const system = await existingDirectories(SYSTEM_DIRS);
        if (system.some(dir => within(workspace, dir)))
            mounts.push({ path: workspace, access: 'rw' });
        for (const dir of system)
            mounts.push({ path: dir, access: 'ro' });
    }
    for (const path of input.readOnly ?? []) {
        if (await (0,promises_.lstat)(path).then(() => true, () => false))
            mounts.push({ path: (0,external_node_path_.resolve)(path), access: 'ro' });
    }
    const gitPaths = await (0,git_config_files/* gitConfigPaths */.nk)(workspace, input.env ?? process.env);
    for (const path of gitPaths)
        mounts.push({ path, access: 'ro' });
    for (const { path, source } of await (0,git_config_files/* maskCredentials */.Bs)(gitPaths))
        mounts.push({ path, source, access: 'ro' });
    return { strategy, network: input.network, uid, gid, mounts, tools: input.tools };
}
/** The owner of the checkout's .git (of the workspace when there is none). */
async function checkoutOwner(workspace) {
    for (const path of [(0,external_node_path_.join)(workspace, '.git'), workspace]) {
        try {
            const info = await (0,promises_.lstat)(path);
            return { uid: info.uid, gid: info.gid };
        }
        catch {
            // Try the next.
        }
    }
    return { uid: 0, gid: 0 };
}
async function existingDirectories(paths) {
    const out = [];
    for (const path of paths) {
        try {
            // Symbolic links (merged /usr: /bin -> usr/bin) are covered by their target.
            if ((await (0,promises_.lstat)(path)).isDirectory())
                out.push(path);
        }
        catch {
            // Not on this system.
        }
    }
    return out;
}
function within(path, dir) {
    return path === dir || path.startsWith(dir.endsWith(external_node_path_.sep) ? dir : `${dir}${external_node_path_.sep}`);
}
// ---------------------------------------------------------------------------
// Detection: probe the strategies once, then hand out the winner
/** The tools on `searchPath`; undefined for the ones not found. */
async function findTools(searchPath) {
    const dirs = [...searchPath.split(external_node_path_.delimiter).filter(external_node_path_.isAbsolute), ...EXTRA_SEARCH_PATH];
    const find = async (name) => {
        for (const dir of dirs) {
            const path = (0,external_node_path_.join)(dir, name);
            try {
                await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
                return path;
            }
            catch {
                // Not here.
            }
        }
        return undefined;
    };
    const [unshare, setpriv, mount, ip, sudo, env] = await Promise.all(['unshare', 'setpriv', 'mount', 'ip', 'sudo', 'env'].map(find));
    return { unshare, setpriv, mount, ip, sudo, env };
}
/** The strategies worth trying for a process of this uid. */
function defaultStrategies(uid = process.getuid?.() ?? 0) {
    return uid === 0 ? ['unshare', 'userns'] : ['sudo', 'userns'];
}
const cache = new Map();
/**
 * The sandbox for this run's commands: probed once per process and setting.
 * `off` gives none; `auto` the first strategy that works, else none;
 * `required` (and `check-network: none`, which only a sandbox can enforce)
 * throws a ConfigurationError when none works.
 */
function detectSandbox(options) {
    const { env: _env, ...rest } = options;
    const key = JSON.stringify({ ...rest, workspace: (0,external_node_path_.resolve)(options.workspace) });
    let found = cache.get(key);
    if (!found) {
        found = probeSandbox(options);
        cache.set(key, found);
        // A failed detection (a configuration error) is not remembered.
        found.catch(() => cache.delete(key));
    }
    return found;
}
/** Forgets probed sandboxes (tests). */
function clearSandboxCache() {
    cache.clear();
}
/** A sandbox that is none: commands run plainly. */
function noSandbox(reason) {
    return {
        mode: 'none',
        strategy: undefined,
        reason,
        launch: async (command, env) => ({
            file: '/bin/sh',
            args: ['-c', command],
            env,
            cleanup: async () => undefined
        })
    };
}
async function probeSandbox(options) {
    if (options.setting === 'off') {
        if (options.network === 'none') {
            throw new errors/* ConfigurationError */.j1("Input 'check-network' is 'none', but input 'sandbox' is 'off': only the sandbox can take the network away from the checks. Set sandbox: auto (or required), or check-network: allow.");
        }
        return noSandbox('the sandbox input is off');
    }
    const failures = [];
    if (process.platform !== 'linux') {
        failures.push(`the sandbox needs Linux namespaces (this is ${process.platform})`);
    }
    else {
        const tools = await findTools(options.searchPath ?? (options.env ?? process.env).PATH ?? '');
        for (const strategy of options.strategies ?? defaultStrategies()) {
            const missing = missingTools(strategy, tools, options.network);
            if (missing.length) {
                failures.push(`${strategy}: ${missing.join(', ')} not found`);
                continue;
            }
            const plan = await planSandbox(strategy, {
                workspace: options.workspace,
                network: options.network,
                tools: tools,
                env: options.env,
                readOnly: options.readOnly
            });
            const sandbox = await sandboxFor(plan);
            const problem = await probe(sandbox, options);
            if (problem === undefined)
                return sandbox;
            failures.push(`${strategy}: ${problem}`);
        }
    }
    const reason = failures.join('; ');
    if (options.setting === 'required' || options.network === 'none') {
        const input = options.setting === 'required' ? "'sandbox' is 'required'" : "'check-network' is 'none'";
        throw new errors/* ConfigurationError */.j1(`Input ${input}, but no sandbox could be set up on this runner (${reason}). The sandbox needs Linux with util-linux's unshare and setpriv, and either root with CAP_SYS_ADMIN, passwordless sudo (GitHub-hosted runners have it) or unprivileged user namespaces. Run on such a runner, or set sandbox: auto and check-network: allow to run the checks without one (their code can then read ci-medic's tokens).`);
    }
    return noSandbox(reason);
}
function missingTools(strategy, tools, network) {
    const needed = ['unshare', 'setpriv', 'mount'];
    if (strategy === 'sudo')
        needed.push('sudo', 'env');
    if (network === 'none')
        needed.push('ip');
    return needed.filter(name => !tools[name]);
}
/** Runs `true` through the wrapper: undefined when it worked, else what went wrong. */
async function probe(sandbox, options) {
    const env = {
        PATH: (options.env ?? process.env).PATH ?? EXTRA_SEARCH_PATH.join(external_node_path_.delimiter)
    };
    const launch = await sandbox.launch('true', env);
    try {
        const result = await (0,command_runner/* runProcess */.R3)(launch.file, launch.args, {
            cwd: (0,external_node_path_.resolve)(options.workspace),
            env: launch.env,
            timeoutMs: options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
            killGraceMs: 1_000,
            maxOutputBytes: 16 * 1024
        });
        if (result.exitCode === 0)
            return undefined;
        const said = (result.error ?? result.stderr.toString('utf8')).trim().split('\n').slice(-2);
        const how = result.timedOut
            ? 'timed out'
            : result.exitCode === null
                ? `killed by ${result.signal ?? 'a signal'}`
                : `exit ${result.exitCode}`;
        return `${how}${said.length && said[0] ? `: ${said.join(' | ')}` : ''}`;
    }
    finally {
        await launch.cleanup();
    }
}
async function sandboxFor(plan) {
    const mode = plan.network === 'none' ? 'pid-namespace+net' : 'pid-namespace';
    if (plan.strategy !== 'sudo') {
        return {
            mode,
            strategy: plan.strategy,
            reason: '',
            launch: async (command, env) => ({
                ...sandboxArgv(plan, command),
                env,
                cleanup: async () => undefined
            })
        };
    }
    // sudo resets the environment: it travels in a file only ci-medic's user can read.
    let dir;
    let count = 0;
    return {
        mode,
        strategy: plan.strategy,
        reason: '',
        launch: async (command, env) => {
            dir ??= (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ci-medic-sandbox-'));
            const file = (0,external_node_path_.join)(await dir, `env-${process.pid}-${++count}.sh`);
            await (0,promises_.writeFile)(file, environmentScript(env), { mode: 0o600 });
            await (0,promises_.chmod)(file, 0o600);
            return {
                ...sandboxArgv(plan, command, file),
                env,
                cleanup: () => (0,promises_.rm)(file, { force: true })
            };
        }
    };
}

// EXTERNAL MODULE: ./src/edges/workspace/workspace-paths.ts
var workspace_paths = __webpack_require__(24768);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var core_errors = __webpack_require__(37428);
// EXTERNAL MODULE: ./src/edges/workspace/workspace-files.ts
var workspace_files = __webpack_require__(48951);
;// CONCATENATED MODULE: ./src/edges/workspace/read-tools.ts
// The model's reading tools, list_files and read_file, confined to the
// workspace (every path through resolveInWorkspace; see tool-scope.ts).




/** Longest line read_file shows whole. */
const MAX_SHOWN_LINE = 20_000;
async function listFiles(scope, input) {
    const requested = input.path === undefined || input.path.trim() === '' ? '.' : input.path;
    const start = (0,workspace_paths/* resolveInWorkspace */.z1)(scope.root, requested);
    const info = await (0,promises_.stat)(start);
    if (!info.isDirectory())
        return scope.fail(`"${requested}" is a file, not a directory; use read_file to read it.`);
    const listing = { depth: input.depth ?? 2, lines: [], more: 0 };
    await listTree(scope, start, 1, listing);
    const { lines, more } = listing;
    if (lines.length === 0)
        return scope.ok(`"${requested}" is empty.`);
    if (more > 0)
        lines.push(`[\u2026 ${more} more entries not shown; list a subdirectory or use a smaller depth]`);
    return scope.ok(lines.join('\n'));
}
/** Adds the entries under `dir` (at `level`) to `listing`, down to its depth, up to maxListEntries. */
async function listTree(scope, dir, level, listing) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        if (entry.isDirectory() && workspace_files/* SKIPPED_DIRECTORIES */.j8.has(entry.name))
            continue;
        const rel = (0,workspace_paths/* workspaceRelative */.Uc)(scope.root, (0,external_node_path_.join)(dir, entry.name));
        if (listing.lines.length >= scope.context.maxListEntries) {
            listing.more++;
            continue;
        }
        if (entry.isDirectory()) {
            listing.lines.push(`${rel}/`);
            if (level < listing.depth)
                await listTree(scope, (0,external_node_path_.join)(dir, entry.name), level + 1, listing);
        }
        else {
            listing.lines.push(entry.isSymbolicLink() ? `${rel} (symlink)` : rel);
        }
    }
}
async function readFileTool(scope, input) {
    const absolute = (0,workspace_paths/* resolveInWorkspace */.z1)(scope.root, input.path);
    // A FIFO or device would block a plain read forever (nothing else writes to it).
    const bytes = await (0,workspace_paths/* readRegularFile */.XF)(absolute, input.path, scope.maxFileBytes);
    if ((0,workspace_files/* isBinary */.Go)(bytes))
        return scope.fail(`"${input.path}" is a binary file and cannot be read as text.`);
    const lines = (0,workspace_files/* splitLines */.uz)(bytes.toString('utf8'));
    const total = lines.length;
    const first = input.start_line ?? 1;
    const last = Math.min(input.end_line ?? total, total);
    if (total === 0)
        return scope.ok(`${input.path} is empty.`);
    if (first > total)
        return scope.fail(`"${input.path}" has ${total} lines; start_line ${first} is past the end.`);
    if (input.end_line !== undefined && input.end_line < first)
        return scope.fail(`end_line (${input.end_line}) is before start_line (${first}).`);
    const { out, shownLast } = numberedLines(lines, first, last, scope.context.maxReadBytes);
    const header = `${(0,workspace_paths/* workspaceRelative */.Uc)(scope.root, absolute)} (lines ${first}-${shownLast} of ${total})`;
    const footer = shownLast < last
        ? `\n[\u2026 output limit reached; call read_file with start_line=${shownLast + 1} to continue]`
        : '';
    return scope.ok(`${header}\n${out.join('\n')}${footer}`);
}
/** Lines `first`..`last` as "<n>\t<line>", within `maxBytes` (at least one line). */
function numberedLines(lines, first, last, maxBytes) {
    const out = [];
    let bytesUsed = 0;
    let shownLast = first - 1;
    for (let n = first; n <= last; n++) {
        const line = `${n}\t${lines[n - 1]}`;
        const size = Buffer.byteLength(line) + 1;
        if (bytesUsed + size > maxBytes && out.length > 0)
            break;
        out.push(line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}[\u2026 line truncated]` : line);
        bytesUsed += size;
        shownLast = n;
    }
    return { out, shownLast };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/edges/workspace/search-tool.ts
// The model's search_text tool: a literal or RE2 search of the workspace's
// text files, bounded in files, matches and line length.






const MAX_SEARCH_FILES = 20_000;
const MAX_LINE_CHARS = 2_000;
const SHOWN_LINE_CHARS = 300;
async function searchText(scope, input) {
    const test = lineMatcher(input);
    if (typeof test === 'string')
        return scope.fail(test);
    const globMatch = pathFilter(input);
    const rootReal = (0,workspace_paths/* resolveInWorkspace */.z1)(scope.root, '.');
    const search = new TextSearch(scope, test, globMatch, rootReal);
    await search.walk(rootReal);
    return scope.ok(search.report(input));
}
/** The test of one line for the pattern, or why the pattern is refused. */
function lineMatcher(input) {
    if (input.regex) {
        // RE2 matches in time linear in the line, whatever the pattern: a model
        // (or a prompt injection) cannot stall the run with catastrophic backtracking.
        let re;
        try {
            re = build/* RE2JS */.L3.compile(input.pattern, input.case_sensitive === false ? build/* RE2JS */.L3.CASE_INSENSITIVE : 0);
        }
        catch (error) {
            return `Invalid regular expression (RE2 syntax): ${error.message}`;
        }
        return line => re.matcher(line).find();
    }
    if (input.case_sensitive === false) {
        const needle = input.pattern.toLowerCase();
        return line => line.toLowerCase().includes(needle);
    }
    return line => line.includes(input.pattern);
}
/** The path_glob test of a workspace-relative path; undefined: every file. */
function pathFilter(input) {
    return input.path_glob && input.path_glob.trim() !== ''
        ? picomatch_default()(input.path_glob.trim().replace(/^\.\//, ''), {
            dot: true,
            basename: !input.path_glob.includes('/')
        })
        : undefined;
}
/** One search's walk of the workspace and what it found. */
class TextSearch {
    scope;
    test;
    globMatch;
    rootReal;
    matches = [];
    /** Matches beyond maxMatches, counted only. */
    extra = 0;
    filesSearched = 0;
    /** Files over maxFileBytes. */
    skipped = 0;
    /** True once MAX_SEARCH_FILES were searched. */
    stopped = false;
    constructor(scope, test, globMatch, 
    /** The workspace's real root, which paths are shown relative to. */
    rootReal) {
        this.scope = scope;
        this.test = test;
        this.globMatch = globMatch;
        this.rootReal = rootReal;
    }
    async walk(dir) {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (this.stopped)
                return;
            const absolute = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (!workspace_files/* SKIPPED_DIRECTORIES */.j8.has(entry.name))
                    await this.walk(absolute);
                continue;
            }
            if (!entry.isFile())
                continue;
            const rel = (0,workspace_paths/* workspaceRelative */.Uc)(this.rootReal, absolute);
            if (this.globMatch && !this.globMatch(rel))
                continue;
            if (this.filesSearched >= MAX_SEARCH_FILES) {
                this.stopped = true;
                return;
            }
            await this.searchFile(absolute, rel);
        }
    }
    async searchFile(absolute, rel) {
        const info = await (0,promises_.lstat)(absolute).catch(() => undefined);
        if (!info || info.size > this.scope.maxFileBytes) {
            this.skipped++;
            return;
        }
        const bytes = await (0,promises_.readFile)(absolute).catch(() => undefined);
        if (!bytes || (0,workspace_files/* isBinary */.Go)(bytes))
            return;
        this.filesSearched++;
        const lines = (0,workspace_files/* splitLines */.uz)(bytes.toString('utf8'));
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i].length > MAX_LINE_CHARS ? lines[i].slice(0, MAX_LINE_CHARS) : lines[i];
            if (!this.test(line))
                continue;
            if (this.matches.length >= this.scope.maxMatches) {
                this.extra++;
                continue;
            }
            const shown = line.trim();
            this.matches.push(`${rel}:${i + 1}: ${shown.length > SHOWN_LINE_CHARS ? `${shown.slice(0, SHOWN_LINE_CHARS)}\u2026` : shown}`);
        }
    }
    /** The matches, then what was left out and why. */
    report(input) {
        const notes = [];
        if (this.extra > 0)
            notes.push(`[\u2026 ${this.extra} more matches not shown; narrow the pattern or path_glob]`);
        if (this.stopped)
            notes.push(`[search stopped after ${MAX_SEARCH_FILES} files; use path_glob to narrow it]`);
        if (this.skipped > 0)
            notes.push(`[${this.skipped} files larger than ${this.scope.maxFileBytes} bytes were not searched]`);
        if (this.matches.length === 0) {
            const where = this.globMatch ? ` in files matching "${input.path_glob}"` : '';
            return [
                `No matches for ${JSON.stringify(input.pattern)}${where} (${this.filesSearched} files searched).`,
                ...notes
            ].join('\n');
        }
        return [...this.matches, ...notes].join('\n');
    }
}

;// CONCATENATED MODULE: ./src/edges/workspace/tool-scope.ts
// The state the model's tools share over one workspace, and the guards every
// tool goes through: every path goes through resolveInWorkspace, writes to
// protected paths (and to what git would not see) are refused, every result
// is a string for a tool_result with secrets and the workspace's location
// redacted, and errors come back as `{isError: true}`: nothing is thrown to
// the loop.





const DEFAULT_MAX_SEARCH_MATCHES = 100;
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** One workspace's tools: their settings, the files written, and the guards. */
class ToolScope {
    context;
    /** Workspace-relative paths written since creation or the last clear. */
    written = new Set();
    maxFileBytes;
    maxWriteBytes;
    maxMatches;
    isProtectedPath;
    constructor(context) {
        this.context = context;
        this.isProtectedPath = (0,workspace_paths/* protectedMatcher */.rV)(context.protectedGlobs);
        this.maxFileBytes = context.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
        this.maxWriteBytes = context.maxWriteBytes ?? DEFAULT_MAX_FILE_BYTES;
        this.maxMatches = context.maxSearchMatches ?? DEFAULT_MAX_SEARCH_MATCHES;
    }
    get root() {
        return this.context.root;
    }
    ok(text) {
        return { isError: false, text: this.clean(text) };
    }
    fail(text) {
        return { isError: true, text: this.clean(text) };
    }
    /** Redacts secrets and the workspace's absolute location from what the model sees. */
    clean(text) {
        let out = (0,command_runner/* redact */.E$)(text, this.context.secrets);
        for (const prefix of rootPrefixes(this.context.root))
            out = out.split(prefix).join('');
        return out;
    }
    /** Runs a tool, turning what it throws into a tool error. */
    async guarded(run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof workspace_paths/* WorkspacePathError */.Tf)
                return this.fail(error.message);
            const code = error.code;
            if (code === 'ENOENT')
                return this.fail(`Not found: ${error.message}. Use list_files to see what exists.`);
            return this.fail(error instanceof Error ? error.message : String(error));
        }
    }
    /** Where a write to `requested` lands; throws for protected paths, the root, and refused writes. */
    resolveWritable(requested) {
        const absolute = (0,workspace_paths/* resolveInWorkspace */.z1)(this.context.root, requested);
        const rel = (0,workspace_paths/* workspaceRelative */.Uc)(this.context.root, absolute);
        const requestedRel = requested.replace(/^\.\//, '');
        if (this.isProtectedPath(rel) || this.isProtectedPath(requestedRel)) {
            throw new workspace_paths/* WorkspacePathError */.Tf(`"${rel}" is a protected path (CI and build configuration, package-manager settings, lockfiles, git hooks, secrets, auth, payments, migrations and the like); changes to it are not allowed. Fix the failure elsewhere or leave it for a human.`);
        }
        if (rel === '.')
            throw new workspace_paths/* WorkspacePathError */.Tf('The repository root is a directory, not a file.');
        const refused = this.context.refuseWrite?.(rel) ?? this.context.refuseWrite?.(requestedRel);
        if (refused !== undefined)
            throw new workspace_paths/* WorkspacePathError */.Tf(refused);
        return { absolute, rel };
    }
    /** Refuses a write to installed dependencies or to a file git ignores (see ignoredPaths). */
    async refuseUnseen(rel) {
        // `rel` is where the write really lands (symbolic links followed).
        const dependency = rel.split('/').find(part => workspace_files/* DEPENDENCY_DIRECTORIES */.Yz.has(part.toLowerCase()));
        if (dependency) {
            throw new workspace_paths/* WorkspacePathError */.Tf(`"${rel}" is inside ${dependency}/, installed dependencies; they are read-only. Fix the failure in the repository's own files.`);
        }
        const repository = await nestedRepository(this.context.root, rel);
        if (repository) {
            throw new workspace_paths/* WorkspacePathError */.Tf(`"${rel}" is inside ${repository}/, a separate git repository (a submodule or a nested checkout): this repository's commits do not carry changes there, so it may not be written. Fix the failure in this repository's own files.`);
        }
        const ignored = this.context.ignoredPaths ? await this.context.ignoredPaths([rel]) : [];
        if (ignored.length > 0) {
            throw new workspace_paths/* WorkspacePathError */.Tf(`"${rel}" is ignored by git (.gitignore or .git/info/exclude): a change there would not be part of the fix, so it may not be written. Change tracked files, or add new files git does not ignore.`);
        }
    }
    /** resolveWritable, then refuseUnseen on where the write lands. */
    async writable(requested) {
        const target = this.resolveWritable(requested);
        await this.refuseUnseen(target.rel);
        return target;
    }
}
/**
 * The nearest directory above `rel` (below the root) that is a git repository
 * of its own (it holds `.git`: a submodule's gitfile or a nested checkout's
 * directory), or undefined. Changes there are not in this repository's diff
 * or commits, so a write there could change what the checks do unseen.
 */
async function nestedRepository(root, rel) {
    const parts = rel.split('/').slice(0, -1);
    for (let depth = parts.length; depth > 0; depth--) {
        const dir = parts.slice(0, depth).join('/');
        if (await (0,promises_.lstat)((0,external_node_path_.join)(root, dir, '.git')).then(() => true, () => false))
            return dir;
    }
    return undefined;
}
function rootPrefixes(root) {
    const prefixes = new Set();
    try {
        prefixes.add(`${(0,workspace_paths/* resolveInWorkspace */.z1)(root, '.')}/`);
    }
    catch {
        // A missing root shows up in the tools' own errors.
    }
    prefixes.add(`${(0,external_node_path_.join)(root, '.')}/`);
    return [...prefixes].filter(p => p !== '//' && p !== '/');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(42047);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./src/edges/workspace/tool-schemas.ts
// The model's tools as the model sees them: their input schemas (zod), which
// validate every call, and the definitions sent in the Messages API `tools`
// parameter. What the tools do is in model-tools.ts.

const pathField = schemas/* string */.YjP().min(1).describe('Path relative to the repository root.');
const toolInputSchemas = {
    list_files: schemas/* object */.Ikc({
        path: schemas/* string */.YjP()
            .optional()
            .describe('Directory relative to the repository root; default the root.'),
        depth: schemas/* number */.aig()
            .int()
            .min(1)
            .max(8)
            .optional()
            .describe('How many directory levels to descend; default 2.')
    }),
    read_file: schemas/* object */.Ikc({
        path: pathField,
        start_line: schemas/* number */.aig()
            .int()
            .min(1)
            .optional()
            .describe('First line to read (1-based); default 1.'),
        end_line: schemas/* number */.aig()
            .int()
            .min(1)
            .optional()
            .describe('Last line to read (inclusive); default the end of the file.')
    }),
    search_text: schemas/* object */.Ikc({
        pattern: schemas/* string */.YjP()
            .min(1)
            .max(500)
            .describe('Text to find; a literal string unless regex is true.'),
        path_glob: schemas/* string */.YjP()
            .optional()
            .describe('Only search files matching this glob, e.g. "src/**/*.ts" or "*.py".'),
        regex: schemas/* boolean */.zMY()
            .optional()
            .describe('Treat pattern as a regular expression (RE2 syntax: no backreferences or lookaround); default false.'),
        case_sensitive: schemas/* boolean */.zMY().optional().describe('Default true.')
    }),
    replace_in_file: schemas/* object */.Ikc({
        path: pathField,
        old_string: schemas/* string */.YjP()
            .describe('Exact text to replace; it must occur exactly once in the file.'),
        new_string: schemas/* string */.YjP().describe('Replacement text.')
    }),
    write_file: schemas/* object */.Ikc({
        path: pathField,
        content: schemas/* string */.YjP().describe('The whole new content of the file.')
    }),
    run_affected_test: schemas/* object */.Ikc({})
};
const TOOL_NAMES = Object.keys(toolInputSchemas);
const TOOL_DESCRIPTIONS = {
    list_files: 'List files and directories under a directory of the repository (dependencies and build output are skipped).',
    read_file: 'Read a text file, with line numbers ("<n>\\t<line>"; the number and tab are not part of the file). Use start_line/end_line for large files.',
    search_text: 'Search the repository\'s text files for a string or regular expression. Returns "path:line: text" for each match.',
    replace_in_file: 'Replace one exact occurrence of old_string with new_string in a file. old_string must match the file exactly (whitespace included) and occur exactly once; add surrounding lines to make it unique.',
    write_file: 'Create a file or replace its whole content. Prefer replace_in_file for edits to existing files.',
    run_affected_test: 'Run the failing test(s) only, against the current state of the workspace, and return the result.'
};
/** The tools in the shape of the Messages API `tools` parameter. */
function toolDefinitions() {
    return TOOL_NAMES.map(name => {
        const schema = json_schema_processors/* toJSONSchema */.bl(toolInputSchemas[name]);
        const input_schema = {
            type: 'object',
            properties: schema.properties ?? {}
        };
        if (schema.required?.length)
            input_schema.required = schema.required;
        return { name, description: TOOL_DESCRIPTIONS[name], input_schema };
    });
}

;// CONCATENATED MODULE: ./src/edges/workspace/write-tools.ts
// The model's writing tools, replace_in_file and write_file: each write goes
// through ToolScope.writable (protected paths, installed dependencies, nested
// repositories, git-ignored files and the caller's own guard refused) and is
// recorded in the scope's written files.




async function replaceInFile(scope, input) {
    const { absolute, rel } = await scope.writable(input.path);
    if (input.old_string === '')
        return scope.fail('old_string is empty. To create a file or replace all of it, use write_file.');
    if (input.old_string === input.new_string)
        return scope.fail('old_string and new_string are the same; nothing would change.');
    const bytes = await (0,workspace_paths/* readRegularFile */.XF)(absolute, input.path, scope.maxFileBytes);
    if ((0,workspace_files/* isBinary */.Go)(bytes))
        return scope.fail(`"${input.path}" is a binary file and cannot be edited as text.`);
    const content = bytes.toString('utf8');
    const { oldString, newString, positions } = locate(content, input.old_string, input.new_string);
    if (positions.length === 0) {
        return scope.fail(`old_string was not found in ${rel}. Read the file again and copy the text exactly, including whitespace and indentation (the line numbers and tab that read_file adds are not part of the file).`);
    }
    if (positions.length > 1) {
        const lines = positions.slice(0, 10).map(p => lineOf(content, p));
        return scope.fail(`old_string was found ${positions.length} times in ${rel} (at lines ${lines.join(', ')}${positions.length > 10 ? ', \u2026' : ''}); it must occur exactly once. Include more surrounding lines to make it unique.`);
    }
    const at = positions[0];
    const updated = content.slice(0, at) + newString + content.slice(at + oldString.length);
    await (0,promises_.writeFile)(absolute, updated);
    scope.written.add(rel);
    return scope.ok(`Replaced 1 occurrence in ${rel} at line ${lineOf(content, at)}.`);
}
/** Where `oldString` occurs in `content`, with both strings in the file's line endings. */
function locate(content, oldString, newString) {
    const positions = occurrences(content, oldString);
    if (positions.length === 0 && content.includes('\r\n') && !oldString.includes('\r\n')) {
        // A CRLF file and an LF old_string (the model saw lines, not line endings).
        const crlfOld = oldString.replace(/\n/g, '\r\n');
        return {
            oldString: crlfOld,
            newString: newString.replace(/\r?\n/g, '\r\n'),
            positions: occurrences(content, crlfOld)
        };
    }
    return { oldString, newString, positions };
}
async function writeFileTool(scope, input) {
    const { absolute, rel } = await scope.writable(input.path);
    const size = Buffer.byteLength(input.content);
    if (size > scope.maxWriteBytes)
        return scope.fail(`The content is ${size} bytes; write_file accepts at most ${scope.maxWriteBytes}.`);
    const existing = await (0,promises_.lstat)(absolute).catch(() => undefined);
    if (existing?.isDirectory())
        return scope.fail(`"${input.path}" is a directory.`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
    await (0,promises_.writeFile)(absolute, input.content);
    scope.written.add(rel);
    return scope.ok(`${existing ? 'Overwrote' : 'Created'} ${rel} (${size} bytes).`);
}
function occurrences(haystack, needle) {
    const found = [];
    let from = 0;
    for (;;) {
        const at = haystack.indexOf(needle, from);
        if (at === -1)
            return found;
        found.push(at);
        from = at + needle.length;
    }
}
function lineOf(text, index) {
    let line = 1;
    for (let i = 0; i < index; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./src/edges/workspace/model-tools.ts
// The tools the model calls during a fix attempt, confined to the workspace.
// Every path goes through resolveInWorkspace, writes to protected paths are
// refused, every result is a string for a tool_result with secrets redacted,
// and errors come back as `{isError: true}`: nothing is thrown to the loop.
// The guards are in tool-scope.ts, the tools in read-tools.ts, search-tool.ts
// and write-tools.ts, their schemas in tool-schemas.ts.









/** The model's tools over one workspace. */
function createModelTools(context) {
    const scope = new ToolScope(context);
    const tools = {
        list_files: input => scope.guarded(() => listFiles(scope, input)),
        read_file: input => scope.guarded(() => readFileTool(scope, input)),
        search_text: input => scope.guarded(() => searchText(scope, input)),
        replace_in_file: input => scope.guarded(() => replaceInFile(scope, input)),
        write_file: input => scope.guarded(() => writeFileTool(scope, input)),
        run_affected_test: () => scope.guarded(async () => {
            return scope.ok(await context.runAffectedTest());
        })
    };
    return {
        ...tools,
        async dispatchTool(name, input) {
            if (!Object.hasOwn(toolInputSchemas, name)) {
                return scope.fail(`Unknown tool "${name}". Available tools: ${TOOL_NAMES.join(', ')}.`);
            }
            const toolName = name;
            const parsed = toolInputSchemas[toolName].safeParse(input ?? {});
            if (!parsed.success)
                return scope.fail(`Invalid input for ${toolName}: ${core_errors/* prettifyError */.S1(parsed.error)}`);
            // The schemas and the tools are keyed alike; the cast only joins the two unions.
            const tool = tools[toolName];
            return scope.guarded(() => tool(parsed.data));
        },
        writtenFiles() {
            return [...scope.written].sort();
        },
        clearWritten() {
            scope.written.clear();
        }
    };
}

// EXTERNAL MODULE: ./src/edges/workspace/git-workspace.ts + 5 modules
var git_workspace = __webpack_require__(30323);
// EXTERNAL MODULE: ./src/edges/workspace/git-output.ts
var git_output = __webpack_require__(24056);
// EXTERNAL MODULE: ./src/edges/workspace/git-push.ts
var git_push = __webpack_require__(24889);
// EXTERNAL MODULE: ./src/edges/workspace/git-command.ts
var git_command = __webpack_require__(71020);
;// CONCATENATED MODULE: ./src/edges/workspace/scratch-git.ts
// The scratch repository's git (scratch-push.ts): a bare repository's own
// git with known config only. No system or global config, no hooks, no
// fsmonitor, no credential helper, no askpass, nothing redirected; the token
// goes, as an http extraheader, only to the target's URL, only on the
// commands that talk to it.



/** The environment of the scratch repository's git: no system or global config, nothing redirected. */
function scratchEnv(parent) {
    const env = (0,command_runner/* safeEnvironment */.PZ)(parent, {
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_ASKPASS: '',
        SSH_ASKPASS: ''
    });
    for (const name of [...git_command/* GIT_REDIRECTS */.Fq, 'GIT_EXEC_PATH', 'GIT_CONFIG', 'GIT_CONFIG_SYSTEM'])
        delete env[name];
    for (const name of Object.keys(env))
        if (/^GIT_CONFIG_(COUNT|KEY_|VALUE_)/.test(name))
            delete env[name];
    return env;
}
/** Config on every command: besides GIT_SAFETY, nothing that could run a program or ask for a password. */
const SCRATCH_CONFIG = [
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false'],
    ['credential.helper', ''],
    ['core.askPass', ''],
    ['protocol.file.allow', 'always'],
    ['transfer.fsckObjects', 'true']
];
class ScratchGit {
    url;
    secrets;
    dir;
    env;
    gitPath;
    timeoutMs;
    /** The token for the target's URL only (http(s)); the empty value first clears any other. */
    auth;
    constructor(options) {
        this.env = scratchEnv(options.parentEnv);
        this.gitPath = (0,git_command/* resolveGit */.vn)(this.env);
        this.url = options.url;
        this.dir = options.dir;
        this.secrets = options.secrets;
        this.timeoutMs = options.timeoutMs;
        this.auth = (0,git_push/* urlScopedToken */.fS)(options.url, options.token);
    }
    /** Runs git in the scratch repository, with the token's config when `withAuth`; throws only when it could not run. */
    async raw(args, withAuth = false) {
        const result = await (0,command_runner/* runProcess */.R3)(this.gitPath, [...git_command/* GIT_SAFETY */.k_, ...args], {
            cwd: this.dir,
            env: { ...this.env, ...(0,git_push/* configEnv */._h)([...SCRATCH_CONFIG, ...(withAuth ? this.auth : [])]) },
            timeoutMs: this.timeoutMs,
            killGraceMs: 2_000,
            maxOutputBytes: 16 * 1024 * 1024
        });
        if (result.error !== undefined)
            throw new git_command/* GitCommandError */.iR(args, null, (0,command_runner/* redact */.E$)(result.error, this.secrets));
        return result;
    }
    /** Runs git and returns its stdout; a non-zero exit throws GitCommandError (arguments redacted too). */
    async run(args, withAuth = false) {
        const result = await this.raw(args, withAuth);
        if (result.exitCode !== 0)
            throw this.commandError(args.map(a => (0,command_runner/* redact */.E$)(a, this.secrets)), result.exitCode, result.stderr);
        return result.stdout.toString('utf8');
    }
    /** A GitCommandError with `stderr` redacted. */
    commandError(args, exitCode, stderr) {
        return new git_command/* GitCommandError */.iR(args, exitCode, (0,command_runner/* redact */.E$)(stderr.toString('utf8'), this.secrets));
    }
}

;// CONCATENATED MODULE: ./src/edges/workspace/scratch-push.ts
// Publishing from a scratch repository: the workspace's .git/config is the
// repository's checks' to write (a remote URL, an insteadOf rule, a
// credential helper), so nothing that sends the token reads it. A bare
// repository is made in a new temp directory with known config only: no
// system or global config, no hooks, no fsmonitor, no credential helper, no
// insteadOf. The verified commits are fetched into it (from the workspace's
// git directory, or from a bundle) and checked against the sha ci-medic
// recorded; the push then goes to the repository's own URL, built from
// GITHUB_SERVER_URL and GITHUB_REPOSITORY, with the token as an http
// extraheader scoped to that URL for that one command.
//
// The scratch repository's git (its environment and config) is in
// scratch-git.ts; what it reads from commits and bundles is here.






const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** The target repository's URL. */
function targetUrl(target) {
    return `${target.serverUrl.replace(/\/+$/, '')}/${target.owner}/${target.repo}.git`;
}
async function createScratchRepo(options) {
    const url = targetUrl(options.target);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), 'ci-medic-publish-'));
    const git = new ScratchGit({
        dir,
        url,
        token: options.token,
        parentEnv: options.parentEnv,
        secrets: [...(options.secrets ?? []), options.token].filter(Boolean),
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    });
    await git.run(['init', '-q', '--bare', dir]);
    const bundleBranches = (path, base, branches) => bundleRanges(git, path, base, branches);
    return {
        url,
        fetchRef: (source, ref) => fetchRef(git, source, ref),
        remoteBranchSha: branch => remoteBranchSha(git, branch),
        fetchRemoteCommit: sha => fetchRemoteCommit(git, sha),
        async parentOf(sha) {
            const out = await git.run(['rev-list', '--parents', '-n', '1', sha]);
            return out.trim().split(' ')[1] ?? null;
        },
        async commitsBetween(base, head) {
            const out = await git.run(['rev-list', '--reverse', `${base}..${head}`]);
            return out.split('\n').filter(Boolean);
        },
        commitChanges: sha => commitChanges(git, sha),
        async bundle(path, branch, range) {
            await bundleBranches(path, range.base, [{ branch, sha: range.sha }]);
        },
        bundleBranches,
        push: (sha, branch, expectedSha) => pushToTarget(git, sha, branch, expectedSha),
        async dispose() {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    };
}
async function fetchRef(git, source, ref) {
    if (ref !== 'HEAD')
        await git.run(['check-ref-format', ref]);
    const into = 'refs/ci-medic/fetched';
    await git.run([
        'fetch',
        '-q',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--',
        source,
        `+${ref}:${into}`
    ]);
    return (await git.run(['rev-parse', '--verify', `${into}^{commit}`])).trim();
}
async function remoteBranchSha(git, branch) {
    const result = await git.raw(['ls-remote', '--heads', git.url, `refs/heads/${branch}`], true);
    if (result.exitCode !== 0)
        throw git.commandError(['ls-remote', '--heads', '<repository>', branch], result.exitCode, result.stderr);
    return (0,git_output/* lsRemoteSha */.e)(result.stdout.toString('utf8'), `\trefs/heads/${branch}`);
}
async function fetchRemoteCommit(git, sha) {
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        return false;
    const result = await git.raw(['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--depth=1', git.url, sha], true);
    return result.exitCode === 0;
}
async function commitChanges(git, sha) {
    const out = await git.run(['diff-tree', '-r', '-z', '--raw', '-M', '--root', sha]);
    const changes = [];
    for (const change of (0,git_output/* parseRawDiff */.L)(out)) {
        const letter = change.status;
        const renamed = letter === 'R' || letter === 'C';
        changes.push({
            path: change.path,
            status: renamed
                ? 'renamed'
                : letter === 'A'
                    ? 'added'
                    : letter === 'D'
                        ? 'deleted'
                        : 'modified',
            ...(change.oldPath === undefined ? {} : { oldPath: change.oldPath }),
            before: letter === 'A' ? null : await blobText(git, change.oldSha),
            after: letter === 'D' ? null : await blobText(git, change.newSha)
        });
    }
    return changes;
}
/** A blob's text; null when it is a submodule, binary or too large. */
async function blobText(git, sha) {
    if (/^0+$/.test(sha))
        return null;
    const size = Number((await git.raw(['cat-file', '-s', sha])).stdout.toString('utf8').trim());
    if (!Number.isFinite(size) || size > MAX_TEXT_BYTES)
        return null;
    const result = await git.raw(['cat-file', 'blob', sha]);
    if (result.exitCode !== 0 || result.stdout.includes(0))
        return null;
    return result.stdout.toString('utf8');
}
async function bundleRanges(git, path, base, branches) {
    for (const { branch, sha } of branches) {
        await git.run(['check-ref-format', '--branch', branch]);
        await git.run(['update-ref', `refs/heads/${branch}`, sha]);
    }
    const refs = branches.map(b => `refs/heads/${b.branch}`);
    await git.run(['bundle', 'create', '-q', path, ...refs, `^${base}`]);
}
async function pushToTarget(git, sha, branch, expectedSha) {
    await git.run(['check-ref-format', '--branch', branch]);
    const ref = `refs/heads/${branch}`;
    const lease = (0,git_push/* leaseArgs */.Md)(ref, expectedSha);
    const result = await git.raw(['push', '--porcelain', '--no-verify', ...lease, git.url, `${sha}:${ref}`], true);
    return (0,git_push/* pushOutcome */.Bj)(result, git.secrets, { remote: git.url, branch, sha });
}

;// CONCATENATED MODULE: ./src/edges/workspace/index.ts
// The workspace edges of autofix: running commands, confining paths, the
// model's tools and the git repository, each behind a small interface.









/***/ }),

/***/ 48951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Yz: () => (/* binding */ DEPENDENCY_DIRECTORIES),
/* harmony export */   j8: () => (/* binding */ SKIPPED_DIRECTORIES),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
// What the workspace's files are, as the model's tools and git see them:
// directories never listed or searched, installed dependencies never written,
// binary files never read as text.
/** Directories never listed or searched: VCS data, dependencies, build output and caches. */
const SKIPPED_DIRECTORIES = new Set([
    '.git',
    'node_modules',
    'dist',
    'build',
    'out',
    'coverage',
    '.next',
    '.nuxt',
    '.turbo',
    '.cache',
    '.parcel-cache',
    'target',
    '__pycache__',
    '.venv',
    'venv',
    '.tox',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.gradle',
    'vendor'
]);
/**
 * Installed dependencies: never written by the model's tools, whether or not
 * git ignores them (the checks load code from here, the fix is not in here).
 */
const DEPENDENCY_DIRECTORIES = new Set([
    'node_modules',
    'bower_components',
    'jspm_packages',
    '.venv',
    'venv',
    'site-packages',
    '__pypackages__',
    '.pnp'
]);
const BINARY_SNIFF_BYTES = 8_000;
/** True when the sniffed start of a file holds a NUL byte (as git decides). */
function isBinary(bytes) {
    return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
/** The lines of `text` (LF or CRLF), without a last empty one. */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}


/***/ }),

/***/ 24768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tf: () => (/* binding */ WorkspacePathError),
/* harmony export */   Uc: () => (/* binding */ workspaceRelative),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   rV: () => (/* reexport safe */ _core_fixing_protected_paths_js__WEBPACK_IMPORTED_MODULE_3__.rV),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_fixing_protected_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96026);
// Confining the model's paths to the workspace, and telling which paths no
// change may touch. Errors are written for the model: they say what was
// refused and what to do instead.





/** A path the model asked for that it may not use. The message is meant for the model. */
class WorkspacePathError extends Error {
    name = 'WorkspacePathError';
}
/** Always protected, whatever the configuration says. */
const MAX_LINK_HOPS = 40;
/**
 * The real absolute path of `requested` (relative to `root`, or absolute
 * inside it), refusing anything that leaves the workspace: `..` escapes,
 * absolute paths elsewhere, symlinks (also dangling ones, also in a parent
 * directory) that resolve outside, and any `.git` directory. Symlinks inside
 * the workspace are followed, so the returned path is what a read or write
 * really touches.
 */
function resolveInWorkspace(root, requested) {
    if (typeof requested !== 'string' || requested.trim() === '') {
        throw new WorkspacePathError('The path is empty. Use a path relative to the repository root, such as "src/index.ts" or ".".');
    }
    if (requested.includes('\0'))
        throw new WorkspacePathError(`The path ${JSON.stringify(requested)} contains a NUL byte.`);
    const rootReal = realRoot(root);
    const lexical = lexicalCandidate(root, rootReal, requested);
    checkInside(rootReal, lexical, requested);
    checkNotGit(rootReal, lexical, requested);
    let real;
    try {
        real = realpathLoose(lexical, 0);
    }
    catch (error) {
        if (error instanceof WorkspacePathError)
            throw error;
        throw new WorkspacePathError(`The path "${requested}" could not be resolved (${error.message}).`);
    }
    if (!inside(rootReal, real)) {
        throw new WorkspacePathError(`The path "${requested}" goes through a symbolic link that leads outside the workspace; only files inside the repository can be used.`);
    }
    checkNotGit(rootReal, real, requested);
    return real;
}
/** `absolute` relative to the workspace root, with `/` separators ('.' for the root itself). */
function workspaceRelative(root, absolute) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot(root), absolute);
    return rel === '' ? '.' : rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/**
 * True when `relPath` (relative to the workspace, `/` or OS separators) matches
 * one of `globs` or ALWAYS_PROTECTED (.git, workflows, local actions).
 * Matching includes dot files and ignores case; a glob naming a directory
 * (`secrets`, `db/migrations/`) protects everything below it.
 */
function isProtected(relPath, globs) {
    return (0,_core_fixing_protected_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .protectedMatcher */ .rV)(globs)(relPath);
}
/**
 * The bytes of the regular file at `absolute` (a path resolveInWorkspace
 * returned), at most `maxBytes` of them. Opened without blocking and judged
 * by the open descriptor: a FIFO or device (which a plain read would wait on
 * forever) or a file swapped for one after a check is refused, as is a
 * symbolic link put in its place.
 */
async function readRegularFile(absolute, requested, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new WorkspacePathError(`"${requested}" is a directory; use list_files to see its contents.`);
        if (!info.isFile())
            throw new WorkspacePathError(`"${requested}" is not a regular file.`);
        if (info.size > maxBytes) {
            throw new WorkspacePathError(`"${requested}" is ${info.size} bytes, larger than the ${maxBytes} bytes that can be read; use search_text to find the part you need.`);
        }
        const buffer = Buffer.alloc(info.size);
        const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
// ---------------------------------------------------------------------------
function realRoot(root) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
    }
    catch {
        throw new Error(`The workspace root ${root} does not exist.`);
    }
}
function lexicalCandidate(root, rootReal, requested) {
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(requested))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(rootReal, requested);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(requested);
    // An absolute path under the root as given (which may itself be a symlink, e.g. /tmp on macOS).
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
    if (given !== rootReal && inside(given, absolute))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rootReal, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(given, absolute));
    return absolute;
}
function inside(root, candidate) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, candidate);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
function checkInside(rootReal, candidate, requested) {
    if (inside(rootReal, candidate))
        return;
    throw new WorkspacePathError((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(requested)
        ? `The path "${requested}" is outside the workspace. Use a path relative to the repository root (for example "src/index.ts").`
        : `The path "${requested}" leaves the workspace through "..". Use a path inside the repository, relative to its root.`);
}
function checkNotGit(rootReal, candidate, requested) {
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(rootReal, candidate).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    if (parts.some(part => part.toLowerCase() === '.git')) {
        throw new WorkspacePathError(`The path "${requested}" is inside a .git directory, which is off limits. Work with the repository's files instead.`);
    }
}
/**
 * realpath that also follows dangling symlinks (whose target does not exist
 * yet, so writing through them would create a file wherever they point):
 * the nearest ancestor that exists is resolved, and the rest appended.
 */
function realpathLoose(path, hops) {
    if (hops > MAX_LINK_HOPS)
        throw new WorkspacePathError('The path goes through too many symbolic links.');
    let existing = path;
    const tail = [];
    for (;;) {
        if (entryExists(existing))
            break;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
        if (parent === existing)
            break;
        tail.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ''));
        existing = parent;
    }
    try {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...tail);
    }
    catch (error) {
        // `existing` is a dangling link (or a chain ending in one): follow it by hand.
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(existing);
        }
        catch {
            throw error;
        }
        const parentReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing));
        return realpathLoose((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(parentReal, target, ...tail), hops + 1);
    }
}
function entryExists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 69073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iL: () => (/* binding */ pushOwnedFrom),
/* harmony export */   kK: () => (/* binding */ pushOwned)
/* harmony export */ });
/* unused harmony exports withVerifiedCommits, readRemoteBranch, pushLeased */
/* harmony import */ var _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17628);
/* harmony import */ var _core_fixing_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24227);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
// Pushing a verified branch: from a scratch repository with known config
// (src/edges/workspace/scratch-push.ts), to the repository's own URL, never
// to a URL the workspace's .git/config names. The commits are fetched from
// the workspace (or a bundle) and must be exactly the ones ci-medic
// verified. The push carries a lease on the sha ci-medic itself pushed last
// (src/core/fixing/branch-lease.ts): a branch someone else committed on is
// never replaced. Each refusal becomes one message naming the fix.



/** Runs `use` with a scratch repository holding the verified commits, then removes it. */
async function withVerifiedCommits(request, use) {
    const scratch = await (0,_edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createScratchRepo */ .Pr)({
        target: request.target,
        token: request.token,
        parentEnv: request.parentEnv,
        secrets: request.secrets,
        tempDir: request.tempDir
    });
    try {
        let fetched;
        try {
            fetched = await scratch.fetchRef(request.source, request.sourceRef);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Could not read the verified commits of ${request.branch} (${firstLine(error)}). Nothing was pushed.`);
        }
        if (fetched !== request.head) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${request.sourceRef} is at ${fetched.slice(0, 12)}, not at the commit ${request.action} verified (${request.head.slice(0, 12)}): something moved it after verification, so nothing was pushed.`);
        }
        return await use(scratch);
    }
    finally {
        await scratch.dispose();
    }
}
/** The sha of the branch on the repository (null: absent), as a ConfigurationError when it cannot be read. */
async function readRemoteBranch(scratch, branch, action) {
    try {
        return await scratch.remoteBranchSha(branch);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${scratch.url} (${firstLine(error)}). ${action} pushes its fix branch there; check the token's 'contents' permission. Nothing was pushed.`);
    }
}
/** Pushes `sha` to `branch` with a lease on `expected` (null: the branch must not exist). */
async function pushLeased(scratch, push, action) {
    const { branch } = push;
    try {
        await scratch.push(push.sha, branch, push.expected);
    }
    catch (error) {
        if (error instanceof _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitPushError */ .rc && error.kind === 'rejected') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The branch ${branch} changed on the remote while ${action} ran, so nothing was pushed. Run ${action} again to start from the new state.`);
        }
        if (error instanceof _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitPushError */ .rc && error.kind === 'auth') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Pushing ${branch} was refused: the token needs 'contents: write' (add it under permissions: in the workflow). Nothing was pushed.`);
        }
        throw error;
    }
}
/**
 * Pushes the verified commits to `branch` when the branch is absent or still
 * at the sha ci-medic pushed last (with a lease on it); does nothing when it
 * already holds them. A branch with commits ci-medic did not push is never
 * force-pushed: the commits go to `<branch>-<runId>` instead (`diverted`).
 */
async function pushOwned(request) {
    return withVerifiedCommits(request, scratch => pushOwnedFrom(scratch, request));
}
/** pushOwned's rules, for commits already in `scratch` (e.g. fetched from a checked bundle). */
async function pushOwnedFrom(scratch, request) {
    const { action, head } = request;
    const remote = await readRemoteBranch(scratch, request.branch, action);
    const decision = (0,_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decideLease */ .rf)(remote, request.lastPushed, head);
    if (decision.kind !== 'diverged')
        return pushDecided(scratch, request.branch, decision, request);
    const other = (0,_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_1__/* .divertedBranch */ .iO)(request.branch, request.runId);
    const second = (0,_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decideLease */ .rf)(await readRemoteBranch(scratch, other, action), null, head);
    if (second.kind === 'diverged')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${request.branch} and ${other} both have commits ${action} did not push, so nothing was pushed. Run ${action} again to start from the new state.`);
    const pushed = await pushDecided(scratch, other, second, request);
    return { ...pushed, diverted: { from: request.branch, theirs: decision.theirs } };
}
async function pushDecided(scratch, branch, decision, request) {
    const sha = request.head;
    if (decision.kind === 'up-to-date')
        return { branch, sha, replaced: sha, action: 'unchanged' };
    const expected = decision.kind === 'replace' ? decision.lease : null;
    await pushLeased(scratch, { sha, branch, expected }, request.action);
    return { branch, sha, replaced: expected, action: expected ? 'replaced' : 'created' };
}
function firstLine(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).split('\n')[0] ?? '';
}


/***/ }),

/***/ 66465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ requireHeadAt),
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   P4: () => (/* binding */ detectChecks),
/* harmony export */   c$: () => (/* binding */ listRepoFiles),
/* harmony export */   pw: () => (/* binding */ requireCleanCheckout),
/* harmony export */   qM: () => (/* binding */ mapFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_fixing_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24227);
/* harmony import */ var _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17628);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
// What both fixing actions need before they change anything: a clean git
// checkout, the project's checks (detected or given), the repository's file
// list for the model's map, and the branch PRs target.






/** Throws a ConfigurationError naming the fix when the workspace is not a clean git checkout. */
async function requireCleanCheckout(git, action) {
    if (!(await git.isRepository())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The workspace ${git.root} is not a git checkout. Add actions/checkout before ci-medic ${action}.`);
    }
    const dirty = await git.status();
    if (dirty.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`The workspace has uncommitted changes (${dirty
            .slice(0, 5)
            .map(e => e.path)
            .join(', ')}${dirty.length > 5 ? ', \u2026' : ''}). ${action} commits only verified fixes, so it starts from a clean checkout: run it before steps that change files, or commit them first.`);
    }
}
/**
 * Throws a ConfigurationError naming the fix when `expected` (a failed
 * commit classify dispatched us for) is not the checked-out commit: fixing
 * another commit would "fix" what did not fail, or miss what did.
 */
async function requireHeadAt(git, expected) {
    if (!expected)
        return;
    const head = await git.head();
    if (head !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`head-sha is ${expected}, but the checkout is at ${head ?? 'no commit'}. Check out the failed commit: give actions/checkout \`ref: \${{ inputs.head-sha }}\` (the example autofix workflow does).`);
    }
}
/** The project's test, lint, typecheck and fixer commands: the inputs where given, else detected. */
async function detectChecks(root, settings, reportDir) {
    const rootFiles = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root);
    const contents = {};
    for (const name of (0,_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_3__/* .filesToRead */ .lG)(rootFiles)) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name), 'utf8').catch(() => undefined);
        if (text !== undefined)
            contents[name] = text;
    }
    const project = (0,_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_3__/* .detectProject */ .pp)({ rootFiles, contents, localBins: await installedTools(root) }, {
        reportDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(reportDir, 'reports'),
        overrides: {
            testCommand: settings.testCommand || undefined,
            lintCommand: settings.lintCommand || undefined,
            typecheckCommand: settings.typecheckCommand || undefined,
            // [] = detect; ['none'] = no fixers (detectProject knows it)
            fixCommands: settings.fixCommands?.length ? [...settings.fixCommands] : undefined
        }
    });
    if (project.problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(project.problem);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(reportDir, 'reports'), { recursive: true });
    return project;
}
/**
 * Which of the tools detection may name are installed in the checkout's
 * node_modules/.bin (as npx would find them there: files or links that can be
 * executed), so the checks run them without starting a package manager.
 */
async function installedTools(root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, _core_fixing_index_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCAL_BIN_DIR */ .kI);
    const found = await Promise.all(_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCAL_TOOLS */ .k$.map(tool => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, tool), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => tool, () => undefined)));
    return found.filter(tool => tool !== undefined);
}
/** Tracked files outside dependency and build folders, for the model's repository map. */
async function listRepoFiles(root) {
    return mapFiles((await (0,_edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_4__/* .listTrackedFiles */ .sp)(root)) ?? []);
}
/** The model's repository map from a tracked-file list already read. */
function mapFiles(tracked) {
    return tracked
        .filter(p => !p.split('/').some(part => _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SKIPPED_DIRECTORIES */ .j8.has(part)))
        .slice(0, 5000);
}
async function defaultBranch(client, repo) {
    const { data } = await client.rest.repos.get(repo);
    return data.default_branch;
}


/***/ })

};
