export const id = 62;
export const ids = [62];
export const modules = {

/***/ 39062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  posterior: () => (/* binding */ posterior)
});

// EXTERNAL MODULE: ./src/core/classify/normalize.ts
var normalize = __webpack_require__(31637);
;// CONCATENATED MODULE: ./src/core/classify/learned/features.ts
// The words a statistical model reads in failure output: lower-cased tokens and the
// pairs of adjacent tokens on one line, with what changes from run to run normalised
// away (timestamps, URLs, paths, hex and hashes, long numbers), so that the same
// failure in another repository, on another day, gives the same features.
// Short numbers stay (exit code 137, HTTP 503, E0308's digits are part of the token).

const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const CLOCK = /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g;
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]]+/gi;
/** A path: something with a slash or backslash between word characters. */
const PATH = /(?:[A-Za-z]:)?[\w.@~+-]*(?:[\\/][\w.@~+-]+)+[\\/]?/g;
const HEX = /\b(?:0x)?(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/gi;
const LONG_NUMBER = /\b\d{4,}\b/g;
const TOKEN = /[a-z_][a-z0-9_]*|\d{1,3}/g;
/** Lines longer than this are cut (minified code, base64) before tokenising. */
const MAX_LINE = 400;
const MAX_TOKEN = 40;
/** The extension of a path's last component (`.d.ts`, `.rs`), kept as a token of its own. */
function pathToken(path) {
    const name = path.split(/[\\/]/).filter(Boolean).pop() ?? '';
    const ext = /(\.d)?\.([a-z0-9]{1,6})$/i.exec(name);
    return ext ? ` xpath x${ext[1] ? 'd' : ''}${ext[2].toLowerCase()} ` : ' xpath ';
}
/** One line, normalised to words: volatile parts replaced by placeholder tokens. */
function normaliseLine(line) {
    return (0,normalize/* stripAnsi */.aJ)(line.slice(0, MAX_LINE))
        .replace(TIMESTAMP, ' ')
        .replace(CLOCK, ' ')
        .replace(URL, ' xurl ')
        .replace(PATH, pathToken)
        .replace(HEX, ' xhex ')
        .replace(LONG_NUMBER, ' xnum ')
        .toLowerCase();
}
/** The tokens of one line (single letters dropped, single digits kept: `exit code 1`). */
function tokens(line) {
    const out = [];
    for (const m of normaliseLine(line).matchAll(TOKEN)) {
        const t = m[0];
        if (t.length <= MAX_TOKEN && !/^[a-z_]$/.test(t))
            out.push(t);
    }
    return out;
}
/** The distinct features of a text: tokens and same-line bigrams (`a b`), in first-seen order. */
function features(text) {
    const seen = new Set();
    for (const line of text.split('\n')) {
        const t = tokens(line);
        for (let i = 0; i < t.length; i++) {
            seen.add(t[i]);
            if (i > 0)
                seen.add(`${t[i - 1]} ${t[i]}`);
        }
    }
    return [...seen];
}

;// CONCATENATED MODULE: ./src/core/classify/learned/model.ts
// The evidence model at run time: committed weights turned into a scorer of features.
// Classes' probabilities are a softmax over the bias plus the weights of the features
// present (each counted once).
function loadWeights(weights) {
    const map = new Map();
    for (const line of weights.features.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const row = line
            .slice(tab + 1)
            .split(',')
            .map(v => (v ? Number(v) / weights.scale : 0));
        map.set(line.slice(0, tab), Float64Array.from(row));
    }
    return {
        classes: weights.classes,
        bias: Float64Array.from(weights.bias, v => v / weights.scale),
        weights: map
    };
}
/** Class probabilities for a document's features, most likely first. */
function predict(model, features) {
    const s = Float64Array.from(model.bias);
    for (const f of new Set(features)) {
        const row = model.weights.get(f);
        if (row)
            for (let k = 0; k < s.length; k++)
                s[k] += row[k];
    }
    let max = -Infinity;
    for (const v of s)
        if (v > max)
            max = v;
    const e = Array.from(s, v => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return model.classes
        .map((category, k) => ({ category, p: e[k] / sum }))
        .sort((a, b) => b.p - a.p || (a.category < b.category ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/core/classify/learned/weights.ts
const WEIGHTS = {
    classes: [
        'budget_exceeded',
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
    ],
    scale: 20,
    bias: [-25, -10, 9, 4, -2, 24, -10, -1, -6, 14, 4],
    features: `0	-6,-4,8,7,-8,-2,-3,2,6,,-1
0 0	-1,-3,4,7,1,2,,-5,-4,2,-3
0 00	,-2,2,-2,-1,1,-1,6,-2,1,-1
0 01	,-1,1,2,-1,2,-1,-1,-1,-1,-1
0 02	,-1,-2,-2,,-2,4,1,,3,
0 1	,-3,5,2,-1,2,-1,-3,-3,3,-2
0 2	,-1,-1,4,-1,1,-1,-3,-1,2,-1
0 231	,,,,,,,2,,,
0 31	,,-2,-1,,-1,,2,,-1,4
0 bytes	,,,-1,,,,,,1,
0 check	,,-1,-1,3,,,-1,,,
0 compile	,1,,,,,,,,,
0 either	,,,1,,,,,,,
0 errors	,1,2,-1,,-1,,,,-1,
0 filtered	,,,,,,,,,1,
0 from	,3,-3,1,-1,-3,,,,-2,5
0 ignored	,,,,,,,1,,,
0 lint	,,,,1,,,,,,
0 loading	,,-1,,,-1,,-1,,-1,5
0 measured	,,,,,,,,,1,
0 ms	,-1,-1,,-1,-1,,,2,2,
0 skipped	,,,,,,,,,1,
0 skips	,,,,,,,2,,,
0 time	,,2,,,,,-1,,,
0 total	,,1,,,,,,,,
0 warnings	,,-1,,2,,,,,,
0 x0	,,,,,,2,1,,-1,
0 x1	,,-1,,,,2,1,2,-1,
0 x230	,,,,,,,2,-1,-1,
0 x32	,,,,,,,,1,,
0 x44	,,,,,,,1,,-1,
00	,-3,-3,-6,,2,,5,-1,3,3
00 00	,,,,-1,,1,1,,,
00 mb	,,-1,-1,3,-1,,1,,,
000	5,-1,-2,-1,-1,1,-1,3,-1,-3,
01	,-1,,1,-1,5,-1,-1,-1,-3,4
02	,-1,-3,-1,-1,-3,3,6,-1,-2,4
1	-3,2,,-1,-1,-2,-2,-1,2,-1,7
1 0	-1,3,-1,-3,2,2,-1,,2,-1,-2
1 24	,-1,-1,5,,-1,,,,-1,
1 25	,-1,-1,6,,-1,,,,-1,
1 buffer	,,,,,,1,,,,
1 cannot	,3,-1,-1,,-1,,,,,
1 chan	,,,,,,,,1,,
1 checkstyle	,,,,1,,,,,,
1 couldn	,-1,7,-1,,-3,,,,-1,-1
1 e302	,,,,1,,,,,,
1 entering	,2,-1,-2,,-2,,,,,4
1 error	,5,4,-4,9,-4,-2,-3,1,-4,-2
1 errors	,,,,,,,-1,,2,
1 exit	,6,1,-1,-1,-2,-1,2,,-3,-2
1 f401	,,,,1,,,,,,
1 failed	,-2,2,,-2,,-1,3,-2,3,-2
1 failing	,,1,-1,-1,-2,,1,2,1,
1 failure	,,-1,-1,-1,-1,,,,5,
1 failures	,,,,,,,2,,,
1 file	,2,-1,-2,2,2,,,,-1,
1 fixable	,,,,1,,,,,,
1 from	,-1,,4,,1,,,,-2,
1 i001	,,,,1,,,,,,
1 invoice	,,,,,,,1,,,
1 ms	,,,,1,,,,,,
1 node	,,,,,,1,,,,
1 passed	,,,,,,,,2,-1,
1 previous	,3,-1,-1,,-1,,,,2,
1 test	,-1,,-2,-1,-2,-1,,,7,-1
1 tests	,,-1,-1,,2,,1,-1,1,
1 to	,2,-1,,-1,1,,,,-1,
1 tries	,,,-1,,-1,,,,3,
1 unexpected	,,,,1,,,,,,
1 warning	,1,-1,1,1,-1,,,,2,-1
1 with	,,,,1,,,,,,
1 xnum	,-1,-2,-3,-1,5,3,-2,-2,4,-1
1 xpath	,-1,-3,3,2,-6,1,,-2,7,
10	-1,-5,,-3,2,4,-2,-3,14,-2,-2
10 0	,,,3,-1,-2,-1,-2,5,-3,
10 5	,,,,,,,1,,,
10 assertions	,,,,,,,1,,,
10 in	,-1,6,-3,,,,,,-1,
10 m0s	,,-1,-1,,-1,,-1,6,-1,
10 minutes	,,,,,,,,1,,
10 seconds	,,,,,-1,-1,,3,,
100	-1,,-1,-4,5,,-2,-2,1,-3,5
100 characters	,,-1,,2,,,,,,
101 e501	,,-1,,2,,,,,,
103 100	,,-1,,2,,,,,,
108	,-1,1,-1,4,-1,-1,-2,,2,
110	,-1,-1,-1,-1,-1,-1,-1,3,3,-1
114	,1,-1,-1,,,,,4,-2,
118 tests	,,,,,,,1,,,
12	-1,2,-4,-3,5,-7,8,4,-3,3,-5
12 failures	,,,,,-1,,3,,-1,
12 in	,,,,,,,1,,,
12 it	,,,,,,,1,,,
12 ms	,,,1,,,,,,,
120	,-1,-2,-1,,-2,1,1,5,-1,-1
120 seconds	,,-1,,,-1,-1,-1,5,-2,
137	,-2,-4,2,-1,-5,15,-3,-1,1,-2
14	-1,,-2,-2,7,-7,-3,,-1,-1,9
14 1	,,2,-2,4,-1,,-1,,-1,
14 expect	,,,,,,,1,,,
14 failures	,,,,,,,1,,,
14 ms	,,,,,,,1,,,
143	,-1,-1,-1,1,-1,7,-1,,-1,-1
144	,1,,,,,,,,,
15 error	,-1,-1,,2,-1,1,,,-1,
150	5,-1,-1,-1,-1,-2,-1,,3,-1,-1
17 5	,4,-1,-1,,,,,,,
17 xpath	,,,,,,,,,-1,2
176	,,-1,,,-1,,-1,,4,
176 0	,,,,,,,,1,,
177	,,-1,1,,,,,2,,
18 undefined	,3,-1,,,,,,,-1,
182	5,,,-1,-1,-1,,-1,-1,,
193	,,-1,-1,-1,2,,,-1,-2,4
199 error	,2,-1,,,,,,,,
2	-4,1,5,,2,-9,1,5,,2,-3
2 0	,-3,2,3,-2,-2,,1,-2,4,-1
2 1	,-1,-2,1,1,-1,3,2,1,-3,-2
2 31	,,,,,,,1,1,,
2 blank	,,,,1,,,,,,
2 errors	,1,-2,-1,5,-1,,-1,,-1,
2 failures	,,-1,,,,,2,,,
2 files	,,-1,,1,,1,,,,
2 ineffectual	,,,,1,,,,,,
2 issues	,,,,1,,,,,,
2 ms	,,1,,,,,1,,-1,
2 offenses	,,,,2,,,,,,
2 skipped	,,,,,,,1,,,
2 spaces	,,,,1,,,,,,
2 test	,,-1,-1,,-1,,3,-1,,
2 total	,,,,,,,1,,,
2 workers	,,,,,,,1,,,
2 xnum	,,-1,,,,,-1,,3,
20 1	,,,,1,,,,,,
20 fatal	,4,-1,-1,,-1,,,,,
20 seconds	,,,,,-1,-1,,3,-1,
200 0	,,-1,,,-1,,-1,3,1,
208	,,,,,,,-1,,-1,2
224	,,1,-1,,-1,,-1,,-1,4
23 passed	,,,,,,,1,,,
24 tests	,,,,,,,1,,,
25 0	,,-1,5,,-1,,,,-1,
263	,,3,-1,,,,-1,,-1,
27 error	,1,,1,,,,,,,
28 timeout	,,,,,,,,,1,
29 build	,,-1,-1,,-1,-1,,,2,3
3	-3,-5,9,13,6,-2,-3,-4,-6,2,-7
3 10	,-1,-1,5,,-1,,,,-1,
3 by	,,,,,,,1,,,
3 errors	,1,,,,,,,,,
3 has	,,,,,,,,1,,
3 levels	,,,,,,,-1,,3,
3 ms	,,,1,,,,,-1,2,
3 pluggy	,,-1,-1,,,,3,,-1,
3 problems	,,,,1,,,,,,
3 test	,,,,,,,1,,,
3 tests	,,-1,2,,-1,,2,,-1,
3 v8	,,,,,,1,,,,
3 xnum	,,-2,,,-1,1,2,,1,
30 minutes	,,,,,,,,1,,
300	,-1,1,3,,-1,-1,-1,2,-2,
300 00	,,,,,,,,2,-1,
305	,4,-1,,-1,,,,,-1,
31	-1,-1,-1,-9,4,1,-3,5,3,-1,2
31 seconds	,,,,,,,1,,,
352	,,-1,,,,,3,,-1,
360	,,,,,-1,,,4,-1,
360 minutes	,,,,,,,,2,,
4 0	,2,-4,5,,-1,-1,2,-1,-1,-1
4 23	,,,,,,,1,,,
4 expect	,,,,,,,1,,,
4 failed	,,-1,,,,,3,,-1,
4 failures	,,,,,,,1,,,
4 indent	,,,,1,,,,,,
4 mb	,,-1,-1,,,3,,-1,,
4 passed	,,,,,,,-1,,-1,2
4 seconds	,,,,,,,1,,,
403	,1,-1,-3,3,8,-1,-1,3,-6,-1
404 not	,-1,-4,9,-1,-2,,3,,-4,
41	,2,3,-2,-3,-2,,5,1,-3,-2
41 9	,1,,,,,,,,,
42 tests	,,,,,,,1,,,
429	,,-1,-1,-1,-1,,3,,2,
429 too	,,,-1,,-1,,,,3,
443	,-1,-2,-2,-1,-3,-1,-1,-1,12,-1
443 read	,,,,,,,,,2,
443 xpath	,,-1,,,-1,,,,3,
45 total	,,,,,,,1,,,
48 files	,,,,1,,,,,,
5 0	,-2,4,8,-1,-2,,-2,-1,-3,-1
500 0	,,,,,,,1,,,
502	,-1,-1,,-1,-2,-1,-1,3,5,-1
502 bad	,,,-1,,-1,,,,4,
503	,-1,,-2,-1,-3,-1,-1,3,7,-1
503 service	,,-1,-1,,-2,,,,5,
520	,,,,,,1,,,,
54 total	,,,,,,,1,,-1,2
55	,-1,,-2,1,1,,5,-1,-4,1
587	,,-2,-1,,-1,,,,2,3
6 skipped	,,,,,,,,,-1,2
60	,5,-3,-2,1,-1,-1,1,2,,-1
60 seconds	,,,,,,,,3,,
63	,-2,,3,2,-1,-1,3,-1,-3,-1
67 tests	,,,,,,,1,,,
7	-1,-4,-5,9,3,-4,2,1,3,,-5
7 3	,,-1,3,,,,,,-1,
7 running	,,,,,,,2,-1,-1,
7 xpath	,,,,1,,,,,,
76 xpath	,,,,,,1,,1,-1,
79	,-1,1,-2,3,-1,,-2,2,-2,2
79 characters	,,-1,,3,,,-1,,,
8	-1,-3,-7,4,2,-3,4,9,1,3,-7
8 0	,-2,2,-2,,-1,-1,2,-1,3,-1
80 e501	,,-1,,3,,,-1,,,
81	,5,-3,-1,1,-1,-1,1,,-1,-1
83 in	,,,,,,,1,,,
84 2	,,-1,-1,-1,-1,,,2,-2,4
89	,,-1,2,2,-1,,,,,
9	-2,-2,,2,2,-11,7,3,-4,2,
9 2	,,-1,3,,-1,,,,,
9 minutes	,,,,,,,,2,-1,
9 sigkill	,,,,,,2,,,,
9 xnum	,,,,,,1,,,,
90 00	,,,,,,,1,,,
94 incompatible	,1,,,,,,,,,
95 5	,,,,,2,,,,-1,
96 tests	,,,,,,,1,,,
972	,,-1,,,,,3,,-1,
988	,,,,,,,-1,4,-1,
___________________________	,,,,,,,1,,,
_error_catcher	,-1,-1,,,,,,,3,
abort	,,-1,-1,,1,1,1,,-1,
aborted reason	,,,,,,,,1,,
about	,1,2,,-1,-4,3,,1,-1,-2
about this	,2,-1,1,-2,,2,-1,,1,-1
above file	,,,,2,-1,,,,,
access can	,,,,,-1,3,,,,
access instance	,-1,-1,,3,,,,,-1,
accessible	,-1,-2,-1,4,5,-1,-1,-1,-2,-1
accessible by	,-1,-1,-2,3,6,,-1,,-2,-1
action	-1,,-5,-7,-2,16,-2,1,,,
action download	,,-1,-1,,4,,,,-1,
action fail	,,,,,,,2,,-1,
action output	,,,,,,,2,,-1,
action start	,,,,,,,2,,-1,
actions	,-3,-1,-6,,3,-2,-2,3,7,2
actions repository	,-1,-1,-2,,2,,,,2,
active	,,-1,3,,-1,,,1,-1,
active test	,,,,,,,,1,,
actual	,-2,-3,,1,2,-1,,-1,6,-1
ada	,,,,,,,1,,,
ada lovelace	,,,,,,,1,,,
adb	,,,,,-1,,,4,-1,-1
add allow	,,,,1,,,,,,
add the	,,-1,4,2,-3,,,,-1,
addr module	,4,-2,-1,,,,,,,
address already	,,-1,,,,,-1,-1,5,
addresssanitizer	,,-1,-1,,-1,-1,6,,-1,
adjust	,,,,,-1,,,1,1,
adjust your	,,,,,-1,,,1,1,
after	-1,-4,-4,,2,2,-5,-2,9,-3,6
after 10	,,,-1,,-1,-1,-1,6,-1,
after 30	,,,,,-1,,,3,-1,
all error	,3,-2,2,-1,-2,2,-2,-1,-1,2
all required	,,-1,-1,,2,,,,1,
allocate	,-1,2,-1,,-1,4,-1,,-2,
allocate xnum	,,-1,,,,3,,,,
allocation	,,-1,-1,,-2,4,-1,-1,-2,5
allocation failed	,,-1,-1,,-1,4,,,-1,
allocation failure	,,,,,,1,,,,
allow clippy	,,,,1,,,,,,
allowed	,-1,-2,-1,-1,-1,4,,-1,3,-1
allowed memory	,,-1,-1,,-1,4,,,-1,
already in	,,-1,-1,-1,-1,-1,-1,-1,7,
always fails	,,,,,,,3,,-1,
always pass	,,,,,,,1,,,
amt	,-1,-1,,,,,,,3,
an assembly	,3,-1,1,,-1,,,,-1,
an installable	,,,1,,,,,,,
an undefined	,6,-4,,,-1,,,,,
an unexpected	,-1,,-1,-1,-1,,-1,,5,
analysing	5,-1,1,-1,-1,-1,,,-1,-1,
analysis for	,-1,-1,-1,,1,,,,-2,4
and 0	,,,,1,,,,,,
and can	,-1,-1,,3,,,,,-1,
and contributors	,-1,,,,-1,,3,,-1,
and date	,,,,,,,1,,,
and has	,-1,-1,-1,-1,-2,2,,6,-2,-1
and hooks	,,,,,,,,2,,
and its	,,,,,,,,1,,
and package	,,-1,2,,,,,,,
and run	,2,,-1,,,,,,,
and signal	,,-1,-1,,-1,,,,,3
and upgrading	,,,,,,,,,1,
and word	,-1,-1,-1,4,-1,,,,-1,
anonymous	,2,-4,2,-2,3,-2,,-2,2,2
anonymous xpath	,,-2,4,-1,3,-1,-1,-2,3,-2
anonymous xurl	,,,,,,,,,1,
another process	,,,,,,2,-1,-1,,
any any	,2,-1,,,,,,,,
any exist	,,,,,,,1,,,
anything	,,,,,-1,3,,,,
anything in	,,,,,-1,3,,,,
api get	,,,,,,,3,,-1,
app compiledebugkotlin	,2,,,,,,,,-1,
app connecteddebugandroidtest	,,,,,,,,1,,
app ktlintmainsourcesetcheck	,,,,1,,,,,,
applied	,,,,1,,,,,,
applies	,,,,,,,1,,,
applies discount	,,,,,,,1,,,
appropriate	,-1,-1,-1,1,-1,3,,,-1,
are behind	,,,-1,,,,,,2,
are incorrectly	,,,,2,,,,,,
are running	,,,-2,,3,1,,,-1,
are test	,-1,1,,,-1,,3,,-1,
are you	,3,-1,1,,-1,,,,-1,
arg type	,1,,,,,,,,,
argument	,7,12,-2,-4,-5,-2,1,-2,-4,-2
argument 1	,5,-2,-1,-1,-1,,1,,-1,
argument of	,4,-1,,,-1,,,,,
array xpath	,,,-1,2,,,,,,
arrays	,,,,,,3,1,,-1,
arrays java	,,,,,,3,-1,,-1,
artifact	,-2,-2,-5,-1,2,4,,-1,7,-1
artifact keeper	,,-1,-1,,-1,4,,,-1,
artifact org	,,-1,-2,,2,,,,3,
artifacts could	,,,-1,,-1,,,,3,
as errors	,,-1,-1,3,,,,,,
as needed	,4,,-1,,,,,,-1,
as static	,-1,-1,,3,,,,,-1,
assembler	,,-1,,,2,1,,,-1,
assembler messages	,,-1,,,2,1,,,-1,
assembly	,3,2,-1,-1,-1,,,,-1,
assembly reference	,3,-1,,-1,1,,,,-1,
assert	,-2,-1,-4,-2,-2,-2,16,-1,-1,-1
assertequal	,,-1,,,,,2,,,
assertequals	,,,,,,,1,,,
asserting	,,1,-2,,-1,,3,,1,
asserting that	,,1,-2,,-1,,3,,1,
assertion	,-1,-5,-2,-1,1,3,6,-1,3,-1
assertion with	,,-1,,,,,4,,-2,
assertionerror	-1,-3,-4,-4,,-2,-2,15,-4,5,-2
assertionerror assert	,,-2,,,-1,,3,,2,
assertionerror err_assertion	,-1,-1,-1,-1,1,,,-1,4,
assertionerror expected	,,-1,,,-1,,4,,-1,
assertionfailederror	,,-1,,,-1,,4,,-1,
assertionfailederror at	,,,,,-1,,4,,-1,
assertions	,,-1,-1,-1,,-1,5,,-1,
assertions 1	,,,,,,,1,,,
assertions 14	,,,,,,,1,,,
assignable	,4,-1,,-1,-1,,,,-1,
assignable to	,4,-1,,-1,-1,,,,-1,
assigned	,,,-1,1,,,,-1,-1,4
assignment	,3,-2,-1,3,-1,-1,-1,-1,-2,4
assignment expression	,3,-1,,,,,,,,
assignment to	,,-1,-1,3,-1,,,,-1,
async	,-1,-2,-2,-1,3,-1,,6,-1,-1
async tests	,,,,,,,,2,,
at	-3,-1,2,,-1,6,-1,8,-3,,-9
at context	,,-1,,,2,,-3,,3,
at fluentassertions	,,,,,,,2,,-1,
at github	,,-1,,,2,1,,,-1,
at object	,-2,3,2,-1,2,-1,,-1,-1,-1
at system	,-1,2,-1,,-1,1,,,-1,
at xhex	,-1,-1,-3,-1,1,-1,5,,4,-1
atomic	,,-1,1,-1,-1,,,3,,
atomic being	,,,,-1,,,,3,,
attempt	5,-1,,,-1,-1,-1,,-1,1,-1
attempt 1	5,,-1,-1,-1,1,,,-1,-1,
attribute	,2,9,-3,,-2,-1,-1,-1,-2,-1
attributeerror	,-2,12,-2,-1,-2,-1,-1,-1,-2,-1
attributeerror module	,-1,5,-1,,-1,,,,-1,
attributeerror np	,,2,,,,,,,-1,
authenticating and	,,,,,,,,,1,
autocorrectable	,,,,3,-1,,,,,
available	,-1,-3,6,-2,1,-1,-2,3,1,-1
average	,,,,,-1,1,,,2,
average mu	,,,,,,1,,,,
await	,1,1,-1,,,,2,-1,-1,
await expect	,,,,,,,1,,,
await page	,,,,,,,1,,,
aws	,-2,3,-1,-1,-1,-1,-1,-1,-2,7
back due	,,,,-1,,,,3,,
backend lib	,,-1,-1,,-1,4,,,-1,
bad	,-1,-3,-2,3,-2,-1,2,-1,6,-1
bad gateway	,,-1,1,-1,-1,,,,4,
bad network	,,,-1,,,,,,2,
be 1	,,,,,,,1,,,
be converted	,3,-1,,,-1,,,,,
be disabled	,,-1,-1,,1,,,,-1,3
be enabled	,,-1,-1,,3,,,,,
be found	,,-3,,-3,2,-1,1,-1,7,-1
be left	,,-1,,4,,,,,-1,
be marked	,-1,-1,,3,,,,,-1,
be reformatted	,-1,-1,,4,,,,,-1,
be strictly	,-1,-1,-1,,1,,4,,-2,
be updated	,,-1,4,-1,-1,,,,-1,
because	-1,6,1,1,-1,,,-1,-3,1,-3
because jvm	,,,,,,2,,,,
because process	,,-1,-1,3,,,,,,
been	-1,-1,5,-5,-4,3,5,-4,6,-1,-3
been ignored	,,,-1,,,,,,2,
been killed	,,-1,-1,,-1,3,,,1,
been received	,,-1,,,-1,,,4,-1,
been rolled	,,,,-1,,,,3,,
been terminated	,,-1,-1,,-1,1,,3,-1,
before	5,1,-1,-2,-1,5,-2,-3,4,-3,-2
before rbrace	,,,,1,,,,,,
before standard	,,,,1,,,,,,
before the	5,,-1,-1,-1,-1,,,1,-2,
behind	,,,-1,,-1,,,-1,3,
behind proxy	,,,-1,,,,,,2,
being set	,,,,-1,,,,3,,
bergmann	,-1,,1,-1,-1,,3,,-1,
bergmann and	,-1,,1,-1,-1,,3,,-1,
bind address	,,-1,,,,,-1,-1,5,
black	,-1,1,,3,-1,,,,-1,
black check	,,-1,,3,,,,,-1,
blame	,,,,,,,,1,,
blame message	,,,,,,,,1,,
blank	,-1,-1,-1,5,-1,,-1,,-1,
blank line	,,,,2,,,,,,
blank lines	,,-1,,3,,,-1,,,
block	,-1,7,,3,-5,-1,-1,1,-2,-1
block 3	,,,,,,,-1,,3,
block is	,,-1,-1,4,-1,,,,,
blocks its	,,,,,-1,3,,,,
boolean flushencoder	,,,,,,1,,,,
boolean flushstream	,,,,,,1,,,,
boot	,-1,,-2,-1,,-1,-2,6,1,-1
boot_completed	,,-1,-1,,-1,-1,,7,-1,-2
borrow	,2,-1,,-1,,,,,,
branch	,-2,-2,-6,-2,16,-1,-1,-1,-4,4
branch xpath	,-1,2,-1,-1,-2,,-1,,-1,5
budget	5,-1,-1,-1,4,-3,-1,,-1,-2,
buffer	,-1,1,-2,-1,1,1,5,-1,-3,-1
buffer int64	,,,,,,1,,,,
buffer overflow	,,-1,-1,,-1,-1,6,,-1,
bug	,-1,1,-4,,2,2,-1,2,-1,-1
bug report	,-1,-1,-1,,-1,3,,,1,
build	-4,7,-3,-3,4,2,12,-10,-3,1,-3
build configuration	,,,,,,,,1,,
build daemon	,,-1,-1,-1,-1,5,,-1,1,
build exited	,-2,-1,-2,-1,2,-1,-1,-1,-2,7
build failed	-1,11,-1,-1,7,-4,-1,-4,-3,1,-4
build failure	,-2,1,1,3,,-1,3,,-4,
build file	,-1,7,-1,,-3,,,,-1,-1
build html	,-1,-1,,6,-2,,,,-1,
build itself	,,-1,,,-1,,,4,-1,
build making	,,-1,-1,,-1,,,,,3
build or	,,-1,,,-1,,,4,-1,
build worker	,,-1,-1,,-1,,,,,3
building for	,4,,-1,-1,-1,,,,,
building object	,4,-1,-3,,-1,,,,,3
buildmode	,2,,,,,,,,,
buildmode pie	,2,,,,,,,,,
built target	,2,-2,-2,-1,-2,,-1,-1,-1,8
bundler	,-1,,3,-1,1,-1,-1,-1,,-1
bundler 2	,,-1,,,2,,,,,
bundling	,,-1,6,,-1,,-1,,-1,
but	-1,1,3,2,2,-1,-3,2,-3,-4,
but never	,-1,-1,-1,5,-1,,,,-1,
but not	,4,-1,,-1,,,-1,,-1,
but unused	,,-1,-1,2,,,,,,
but was	,-1,-2,-1,-1,2,,3,,1,
button name	,,,,,,,1,,,
by authenticating	,,,,,,,,,1,
by checkstyle	,,-1,,3,,,,,,
by github	,,2,-1,,-3,,,,-1,3
by integration	,-1,-1,-2,3,6,,-1,,-2,-1
by peer	,,,-2,,,,,,4,
by sebastian	,-1,,1,-1,-1,,3,,-1,
by signal	,,-1,-1,,-1,4,,,-1,
by time	,,,,,,,,2,,
by warnings	,-1,,,3,,,,,,
by xpath	,-2,4,3,-1,-1,-1,,,-1,
bye	,,,,,,,,2,,
bye bye	,,,,,,,,2,,
bytes	,-2,,-1,-1,-3,5,4,-1,,-1
bytes exhausted	,,-1,-1,,-1,4,,,-1,
bytes in	,,-1,,,,3,,,,
ca1822	,-1,-1,,3,,,,,-1,
ca1822 member	,-1,-1,,3,,,,,-1,
cache 2	,,-1,-1,,-1,,,,,4
call to	,5,2,-1,-1,,-1,-1,-1,-2,-1
call_and_retry_last	,,,,,,1,,,,
call_and_retry_last allocation	,,,,,,1,,,,
called if	,,,,,,,,2,,
can	-1,4,-1,2,,-3,-2,-3,-5,9,-1
can cause	,,,,,-1,3,,,,
can only	,,-1,3,,,,,,,
canceled	,-1,-3,-3,-1,-2,-1,-1,11,3,-1
candidate	,-1,,5,-1,-2,,,,-1,
candidate versions	,,-1,2,,,,,,,
cannot	-2,11,8,17,-8,4,-6,-2,-3,-12,-7
cannot convert	,3,-1,-1,,-1,,,,,
cannot find	,7,1,,-2,1,-2,1,-1,-3,-2
cannot install	,,2,2,,-1,,,,-1,
cargo fmt	,,-1,,3,,,,,,
cases that	,,,,,,,1,,,
cause this	,,,,,-1,3,,,,
cc1plus	,-2,-1,-1,,-1,8,,,-1,-1
chan	,,,,,,,-1,3,-1,
chan receive	,,,,,,,-1,3,-1,
char	,1,4,-3,-1,-3,1,5,-1,-2,-1
char const	,1,1,-1,-1,-1,1,2,-1,-1,-1
characters	,3,-4,-3,7,2,-1,-1,,-2,-1
characters with	,,,,2,,,,,,
check	-1,-4,-4,,17,-6,-3,-5,,4,2
check default	,,,-1,2,,,,,1,
check latest	,,-1,,,-2,,,,-1,5
check recursive	,,-1,-1,4,-1,,,,,
check validate	,,,,1,,,,,,
check yaml	,,,,1,,,,,,
checked	,-1,,-1,4,2,-1,,-1,-1,
checked 48	,,,,1,,,,,,
checked errcheck	,-1,-1,-1,5,-1,,,,,
checking formatting	,,,,1,,,,,,
checks	,,-1,-1,,-1,,5,,-1,
checkstyle	,-1,-2,-1,7,1,-1,-1,,-2,
checkstyle 10	,,,,1,,,,,,
checkstyle 3	,,,,1,,,,,,
checkstyle plugin	,,-1,-1,5,-1,,-1,,-2,
checkstyle violation	,,,,1,,,,,,
checkstyle violations	,,,,5,-1,,,,-2,
child processes	,,,,,-1,2,,1,-1,
ci	5,-1,3,-1,,-5,-2,3,,,-2
ci can	,,,1,,,,,,,
ci servers	,,-1,-1,3,,,,,,
ci true	,,-1,-1,3,,,,,,
circleci	,,,,,-1,,,,-1,3
circleci received	,,,,,-1,,,,-1,3
clippy	,-2,-1,2,5,-1,,,,-1,
clippy all	,,,,2,,,,,,
clippy if	,,,,1,,,,,,
clippy if_same_then_else	,,,,1,,,,,,
close	,-1,-1,-1,1,2,,-1,,1,
close is	,,,,2,,,,,,
cmakelists	,-1,-2,9,-1,-3,,,,-2,
cmakelists txt	,-1,-2,9,-1,-3,,,,-2,
code	-4,-3,1,5,-5,5,,-2,-5,,8
code 1	-2,5,,-4,2,,-8,,2,-4,8
code 128	,,-1,-2,,6,,,,-1,-1
code 137	,-1,-2,-2,-1,-1,12,-1,,-2,-1
code 143	,-1,-1,-1,-1,-1,7,-1,,-1,-1
code 65	,,3,-2,,-2,,,,-1,4
code assert	,,,,,,,1,,,
code econnreset	,,,-1,,,,,,2,
code enospc	,,,,,,1,,,,
code eresolve	,,,2,,,,,,,
code err_assertion	,,,,,,,1,,,
code inside	,,-1,,2,,,,,,
code ok	,,,,,,,3,,-2,
code style	,,-1,-1,4,-1,,,,-1,
collect2	,6,1,-1,-1,-2,1,-1,,-2,-2
collect2 error	,6,1,-1,-1,-2,1,-1,,-2,-2
collected	,-1,-2,,-1,-1,1,2,4,-2,
collecting hang	,,,,,,,,1,,
collector blame	,,,,,,,,1,,
com diffplug	,,-1,,2,,,,,,
command	-2,-6,-1,11,-9,1,9,,-2,-7,9
command 0	,,6,-1,-1,-1,,-1,,-1,-1
command not	,-3,-6,11,-2,5,-1,-1,-1,1,-1
commit run	,,,,1,,,,,,
communication	,,-1,-1,,1,2,,-1,1,
communication with	,,-1,-1,,1,2,,-1,1,
compacts	,,,,,,1,,,,
compacts near	,,,,,,1,,,,
compared	,,2,-1,,-1,,2,,-1,
compared using	,,,,,,,2,,,
compatible	,-1,2,6,-1,-1,-1,-1,-1,-2,
compatible set	,,,1,,,,,,,
compatible versions	,,1,1,,,,,,,
compilation	,9,-1,2,-3,-8,,1,-1,,1
compilation error	,3,4,-1,-1,-2,-1,-1,,,-1
compilation failed	,1,,,,,,,,,
compilation failure	,5,-1,-1,,-1,,,,-1,
compilation terminated	,2,-3,3,-1,-3,1,-1,,-1,3
compile	-1,4,3,,4,-3,3,-3,-2,-4,-2
compile artifact	,,-1,-1,,-1,4,,,-1,
compile default	,3,-1,-1,,,,,,-1,
compile on	,3,-1,-1,,-1,-1,,,,
compile terminated	,,-1,-1,,-1,4,,,-1,
compiledebugkotlin failed	,2,,,,,,,,-1,
compiler	,6,2,2,-1,-5,4,-2,-1,-3,-1
compiler error	,,2,-1,,-1,4,-1,,-2,
compiler gc	,2,,,,,,,,,
compiler plugin	,3,-1,-1,,-1,,,,,
compilerrunner	,3,,,-1,,,,,-1,
compilerrunner gradlecompilerrunnerwithworkers	,3,,,-1,,,,,-1,
compiletestjava	,,,,,,2,,,,
compiling serde	,1,,,,,,,,,
completed	-2,-1,-1,2,3,-4,1,6,3,-6,
completed 1	,,,,,,,3,,-1,
completed with	-2,-2,,4,4,-2,3,3,-2,-3,-3
composer	,-1,-1,4,,,,,,-1,
composer json	,,-1,2,,-1,,,,,
composer repositories	,,,1,,,,,,,
composer update	,,-1,3,,-1,,,,,
compress	,-1,-1,-1,-1,1,,,,-1,4
conditional	,2,-1,,,,,,,,
config is	,,,,,,,,,1,
config load	,1,,,,,,,,,
configuration on	,,,,,,,,1,,
conflict	,,1,2,,-1,,,,-1,
connect	,-1,-1,-2,-1,-1,-1,-2,1,10,-1
connect etimedout	,,-1,,,-1,,,,5,
connect to	,-1,-1,,-1,-1,-1,-1,2,4,-1
connecteddebugandroidtest	,,,,,,,,1,,
connection	,-2,-3,-2,-2,3,1,-2,-2,13,-2
connection reset	,-1,-1,-2,-1,-2,,-1,,8,
connection timed	,,,,,,,,,2,
connectivity	,,,-1,,,,,,2,
console	,1,-2,-1,,-2,,-2,,,6
console output	,,,,,-1,,-1,,1,2
console statement	,1,,-1,1,,,,,,
consolereportworkaction	,,,,1,,,,,,
const	,4,4,-3,-1,-2,,3,-1,-3,-1
const bool	,,2,-1,,,1,-1,,,
const node	,,,,,,1,,,,
const v8	,,,,,,1,,,,
contain compatible	,,,1,,,,,,,
context xpath	,3,,-1,,,,,,,
contributors	,-1,,,,-1,,3,,-1,
conversion	,1,,,,,,,,,
conversion from	,1,,,,,,,,,
convert from	,3,-1,-1,,-1,,,,,
converted	,3,-1,-1,,-1,,,,,
converted to	,3,-1,,,-1,,,,,
core compilejava	,1,,,,,,,,,
core dumped	,,,,,,,2,,,
core v0	,-1,,-1,-1,,4,-1,,,
correctable	,,,,2,,,,,,
correctable xpath	,,,,2,,,,,,
could	-1,,2,4,-2,5,2,-6,-4,4,-4
could not	-1,,4,5,-2,1,1,-5,-4,5,-4
couldn build	,-1,7,-1,,-3,,,,-1,-1
cpanm	,,1,-1,-1,-1,,-1,,-1,4
crashed	,-1,-2,-1,-1,-2,3,-1,1,4,
crate config	,2,-1,,,,,,,,
created	,1,-1,-4,-2,2,1,,5,-2,2
created by	,,-1,,,,,,4,-1,
cs0103	,3,,-1,,,,,,,
cs0103 the	,3,,-1,,,,,,,
cs0246	,3,-1,,,-1,,,,-1,
cs0246 the	,3,-1,,,-1,,,,-1,
cs1503	,3,-1,-1,,-1,,,,,
cs1503 argument	,3,-1,-1,,-1,,,,,
cstdint	,2,-1,-1,,,,,,,
ctest	,-1,-2,,2,1,,3,-1,-1,
ctx	,,,,2,,,,,,
current	,-1,4,-1,-2,5,1,-2,1,-2,-2
current context	,3,,-1,,,,,,,
current mu	,,,,,,1,,,,
current net	,,,1,,,,,,,
current runner	,,,-1,,2,,,,1,
cxx	,-4,3,1,-1,-2,2,-1,-1,-1,3
daemon	,-2,3,-4,-2,-2,7,-1,-1,4,-1
daemon because	,,,,,,2,,,,
daemon disappeared	,,-1,-1,,-1,3,,,1,
daemon has	,,-1,,,-1,4,,,-1,
daemon will	,,,,,,2,,,,
data and	,-1,-1,,3,,,,,-1,
data collector	,,,,,,,,1,,
data self	,-1,-1,,,,,,,3,
date dump	,,,,,,,1,,,
date dumpstream	,,,,,,,1,,,
date jvmrun	,,,,,,,1,,,
de	,,-2,-1,4,-1,,,,,
deadline	,,-1,-1,,,,-1,3,1,
debug docker	,,,-1,-1,1,,,,,2
debug finishing	,,,2,,-2,,,,,3
debuginfo	,,-1,,,,,2,,,
debuginfo target	,,-1,,,,,2,,,
decimal	,,1,,,,,,,,
declared	,9,-1,1,-2,-1,-1,-1,,-2,
declared but	,4,-1,-1,,,,-1,,-1,
deep	,,,,,,,-1,,2,
deep equality	,,,,,,,1,,,
deepstrictequal	,,,,,-1,,3,,-1,
default compile	,3,-1,-1,,,,,,-1,
default test	,,1,-1,,-1,,3,,,
defer	,-1,,,3,-1,,,,,
define_test_tasks	,,,,,,,1,,,
defined	,2,10,-1,3,-9,1,-2,,-2,-1
defined but	,-1,-1,-1,5,-1,,,,-1,
defined for	,-1,5,-1,,-1,,,,-1,
denied	,1,-1,-2,2,14,-2,-2,-1,-5,-2
dependencies	-1,-5,7,12,-2,-5,2,-4,-3,-3,2
dependencies could	,,-1,-1,,-1,,,,5,
dependency	,-3,1,7,,-1,-1,-1,-1,2,-2
dependency array	,,,-1,2,,,,,,
dependency conflict	,,,1,,,,,,,
dependency tree	,,-1,2,,-1,,,,1,
depends	,-1,3,5,-1,-1,-1,-1,-1,-2,-1
depends on	,,1,6,-1,,-1,-1,-1,-2,-1
describetaskdefinition	,,-1,-1,,1,,,,-1,3
dest	,-1,-1,1,,-1,,,,-1,4
details on	,,,,,,,,1,,
detected	-1,-2,-5,3,9,1,-2,,-1,,-2
dev	,1,,2,-1,,,-1,-1,2,-1
device	-1,,-3,-2,-3,-3,11,-3,5,-3,2
device offline	,,-1,-1,,-1,,,6,-1,-2
device write	,,,,,,2,,,,
device xpath	,,-1,,,-1,3,,,,
dial	,-1,-1,-1,,2,,-1,,3,
dial tcp	,-1,-1,-1,,2,,-1,,3,
did you	,4,4,-4,-1,1,-1,-1,-1,-2,-1
didn	,-1,-3,5,-1,-1,2,2,,-2,-1
didn match	,,-1,2,,,,,,,
diff	,-2,-2,-3,12,-3,-1,5,-1,-4,-1
diff in	,-1,-2,-1,7,-1,,-1,,-1,
diff on	,,,,1,,,,,,
diff xpath	,-1,,,2,,,,,,
diffplug	,,-1,,2,,,,,,
diffplug spotless	,,-1,,2,,,,,,
directive	,4,1,-1,1,-2,1,-1,,-2,
directive or	,3,-1,,,-1,,,,-1,
directory	-1,1,1,1,-3,9,-6,1,-3,-2,3
directory located	,,,,,-1,,,,,3
disabled soon	,,-1,-1,,1,,,,-1,3
disappeared	,,-1,-1,,-1,3,,,1,
disappeared unexpectedly	,,-1,-1,,-1,3,,,1,
discount	,,,,,,,1,,,
discount code	,,,,,,,1,,,
disk	,,,1,,,1,,,-1,
disk space	,,,1,,,1,,,-1,
distrib	,-1,-1,-1,,1,,,,-1,4
distribution	,-1,7,,-1,-3,,-1,,-1,
distribution found	,,-1,2,,-1,,,,,
dl3008	,,,-1,2,,,,,,
dll	,-1,-2,-2,-1,2,,3,,2,-1
dll net9	,,,,,,,1,,,
do not	,,-1,-2,,,,,2,2,
docker action	,,,-1,-1,1,,,,,2
docstring	,,-1,,2,,,,,,
does	-1,6,4,4,-1,-4,-2,,,-4,-2
does not	-1,7,2,4,-1,-4,-2,1,,-3,-2
done is	,,,,,,,,2,,
done linting	,,-1,,4,-1,,-1,,-1,
dotnet format	,,,,2,,,,,,
double	,1,-1,-1,6,-1,,-1,,-1,-1
double quote	,-1,-1,-1,4,-1,,,,-1,
download	-1,-2,-7,6,-4,3,1,-3,-2,9,1
download from	,,,-1,,,,,,1,
download info	,,-1,-1,,4,,,,-1,
download of	,,,-2,,,,,,4,
download they	,,,-1,,,,,,2,
due	,4,-1,,4,-1,-1,-2,1,-1,-2
due to	,4,-1,,4,-1,-1,-2,1,-1,-2
dump	,,-1,2,,-1,,1,,,
dump and	,,,,,,,1,,,
dump date	,,,,,,,1,,,
dump files	,,,,,,,1,,,
dumped	,,,,,,,2,,,
dumping	,,,,,,,,1,,
dumping xnum	,,,,,,,,1,,
dumps	,,,,,,,,1,,
dumps from	,,,,,,,,1,,
dumpstream	,,,,,,,1,,,
duration 1	,,,1,,,,,,,
duration_ms	,-1,-2,-1,,-2,,2,3,2,
duration_ms 0	,,,,,,,1,,,
duration_ms 1	,,,,,,,1,,,
during the	,,3,-1,,-1,2,,,-1,
e0308	,3,-1,,-1,,,,,,
e0308 mismatched	,2,,,-1,,,,,,
e2e	,,,-1,,2,,-1,2,-1,
e302	,,,,1,,,,,,
e302 expected	,,,,1,,,,,,
e501	,-1,-1,,6,-1,,-1,,-1,
e501 line	,-1,-1,,6,-1,,-1,,-1,
econnreset	,,-1,-2,,-1,,-1,,7,
edition	,-2,-1,2,,,2,,,,
edition xnum	,-2,-1,2,,,2,,,,
either include	,,,-1,2,,,,,,
either target	,,,1,,,,,,,
elapsed 0	,-1,4,-1,,-1,,1,,-1,
elapsed collecting	,,,,,,,,1,,
else implied	,,,,1,,,,,,
emitted	,,-1,4,2,-1,-1,-1,-1,-1,
emitted while	,,,,1,,,,,,
emu	,,,,,,,,2,,
emu kill	,,,,,,,,2,,
emulator	,-1,-1,-2,-1,,-1,,10,-2,-2
emulator bye	,,,,,,,,2,,
emulator to	,,-1,-1,,-1,,,6,-2,-1
emulator xnum	,,,,,-1,,,5,-1,-1
end xhex	,,-1,1,,-2,,,,-1,4
endgroup	,-1,-4,1,2,-1,,1,-2,4,1
enospc	,,,,,,2,,,,
enospc no	,,,,,,2,,,,
ensure	,-1,-1,-2,,3,,-1,1,1,-1
ensure done	,,,,,,,,2,,
ensure it	,,,,,,,,2,,
env ci	,,-1,-1,3,,,,,,
eof	,,-1,-2,,,,,,5,-1
eq	,,,,,,,2,,,
equal	,-2,2,-1,-1,1,-1,-1,-1,4,-1
equality	,,-1,,,-1,,4,,-1,
eresolve	,,,2,,,,,,,
err ineffassign	,,,,3,-1,,,,,
err_assertion	,-1,-1,-1,-1,1,,,-1,4,
err_assertion expected	,,-1,,,2,,-1,,1,
errcheck	,-1,-1,-1,5,-1,,,,,
errno 28	,,,,,,1,,,,
errno econnreset	,,,-2,,,,,,3,
error	-8,11,5,3,,7,1,-12,-11,5,-2
error 4	,,,,,,1,,,,
error allowed	,,-1,-1,,-1,4,,,-1,
error argument	,2,1,,-1,-1,,,,-1,
error ca1822	,-1,-1,,3,,,,,-1,
error call	,-1,3,,,-1,,,,-1,
error call_and_retry_last	,,,,,,1,,,,
error collecting	,,3,1,-1,,,-1,,-1,
error com	,,1,,,,,,,-1,
error could	,2,-1,-3,3,-2,4,-1,-1,,-1
error cs0103	,3,,-1,,,,,,,
error cs0246	,3,-1,,,-1,,,,-1,
error cs1503	,3,-1,-1,,-1,,,,,
error e0308	,2,,,-1,,,,,,
error enospc	,,,,,,2,,,,
error exception	,,,,,,,,,2,
error failures	,,,,,,,2,,,
error fatalerror	,3,-1,-1,,-1,,,,,
error generated	,3,-1,,,,,,,,
error httperror	,,-1,-1,,2,,,,2,
error ide0055	,-1,,,3,,,,,-1,
error in	,6,1,-2,2,-1,-2,-3,-1,3,-2
error incompatible	,6,-2,,-1,-1,,,,-1,
error ineffective	,,,,,,1,,,,
error ineffectual	,,,,2,,,,,,
error input	,,-1,-1,,4,,,,-1,
error issues	,,,,2,-1,,,,,
error item	,2,-1,,,,,,,,
error job	,-1,-1,-1,-1,2,-1,-1,-1,-1,4
error killed	,-2,-1,1,-1,-2,8,,,-1,-1
error ld	,6,1,-1,-1,-2,1,-1,,-2,-2
error location	,2,-1,,,,,,,,
error message	,-1,-3,-3,-1,2,-1,1,-1,2,5
error netsdk1045	,,,1,,,,,,,
error parameter	,-1,-1,-1,,5,,,,-1,
error please	,,,,,,,2,,-1,
error process	-2,,3,3,4,-4,4,3,-2,-3,-6
error reached	,,,,,,3,,,-1,
error reported	,,,,1,,,,,,
error resource	,,-1,-1,,3,,,,,
error response	,-1,3,-3,-1,-2,,-1,,6,-1
error return	,-1,-1,-1,5,-1,,,,,
error see	,2,2,-1,-1,-1,,,,-1,
error symbol	,2,-1,,,,,,,,
error test	,,-1,,,,,1,,3,
error tests	,,2,,,,,,,,
error the	-1,-5,2,4,-3,-4,-5,-2,8,6,1
error timed	,,-1,-1,,-1,,,4,,
error timeout	,-1,-1,-1,-1,-1,-1,-1,8,-2,-1
error try	,3,1,,-2,-1,,,,-1,
error ts2305	,-2,5,,,-1,,,,,
error ts2322	,,,1,,,,,,,
error ts2339	,3,-1,1,,-1,,,,,
error ts2345	,2,-1,,,,,,,,
error uint8_t	,2,-1,-1,,,,,,,
error unable	,-3,3,2,-2,4,-1,-1,-1,2,-1
error upgrade	,,,,-1,,,,3,,
error whitespace	,,-1,-1,4,-1,,,,,
errored after	,,-1,-1,,,,,,-2,5
errors	-1,9,1,-2,9,-5,-4,4,-1,-6,-4
errors 0	,,-1,-1,,,,1,,2,
errors 1	,1,-1,-1,,-1,,3,,-1,
errors because	,,-1,-1,3,,,,,,
errors in	,4,,1,,-2,,-1,,-2,
errors were	,,,,1,,,,,,
errors while	,,-1,1,,1,-1,1,-1,,
eslint	,,3,-2,3,-2,,-1,,-1,
eslint max	,,,,1,,,,,,
etimedout	,,-1,-1,,-2,,,,5,
example	,-1,1,-2,-1,2,-1,2,-1,2,-1
example tests	,,,,,,,1,,,
examples	,-1,-3,-3,-2,2,-1,4,-1,4,-1
examples 1	,,,,,,,2,,,
exceeded	5,-3,-7,-5,6,-7,6,,10,-2,-2
exceeded for	,,-1,-1,,-1,,,2,1,
exceeded max	,,-1,,5,-1,,,,-1,
exceeded maximum	,,-1,-1,5,-2,,-1,,1,
exceeded the	,-1,-1,-1,-1,-2,4,2,3,-2,-1
exceeded timeout	,,,,,,,1,3,-1,
except	,,,,1,,,,,,
exception system	,,1,,,,1,,,,
exceptions	,-1,-1,-1,-1,-1,,-1,,6,
exec rubocop	,,,,3,-1,,,,,
execution please	,,-1,-1,,,,1,,1,
execution time	,,-1,,,-1,-1,3,1,-1,
exhausted	,-1,-1,-1,,-1,7,-1,,-1,
exhausted tried	,,-1,,,,3,,,-1,
exist date	,,,,,,,1,,,
exist in	,4,-2,4,-1,-3,,,,-1,
exist on	,3,,,-1,-1,,,,-1,
exist with	,-1,-1,5,,-1,,,,-1,
exit	-3,4,1,3,-2,-8,,-1,4,-1,5
exit code	-3,-1,-2,2,-2,1,4,-2,,-2,5
exitcode null	,,,,,,2,-1,-1,,
expect	,-1,-2,-1,-1,-2,-1,8,-1,1,-1
expect false	,,,,,,,1,,,
expect locator	,,,,,,,1,,,
expect out	,,,,,,,3,,-1,
expect page	,,,,,,,1,,,
expect received	,,,,,,,2,,-1,
expectations	,,-1,,,,,2,,-1,
expected	-1,6,-2,-11,,-6,-6,22,-4,6,-6
expected 1	,-1,2,-1,2,-1,,1,,1,-1
expected actual	,,-1,,,2,,-1,,1,
expected ada	,,,,,,,1,,,
expected deep	,,,,,,,1,,,
expected exception	,,,,,,,1,,,
expected false	,,,,,,,1,,,
expected indentation	,,,,1,,,,,,
expected object	,,,,,,,1,,,
expected str	,1,,,,,,,,,
expected string	,,,,,,,1,,,
expected true	,,,,,,,1,,,
expected u32	,1,,,,,,,,,
expected values	,-1,-1,-1,,1,,2,,,
expected xpath	,3,-2,-2,,-2,,5,,-1,
expiring	,,,,,,2,,,,
expiring daemon	,,,,,,2,,,,
explain	,3,1,,-2,-1,,,,-1,
explain e0308	,2,-1,,,,,,,,
explain e0433	,1,-2,2,,,,,,,
export	,2,8,-2,-1,-1,-1,-3,-1,-1,-1
exported	,-3,8,-1,-1,-1,,,,-1,
exported member	,-2,5,,,-1,,,,,
expression	,5,4,-4,1,-4,-1,2,-1,-1,-1
expression has	,3,-1,,,,,,,,
extldflags	,2,,,,,,,,,
extldflags wl	,2,,,,,,,,,
f401	,,-1,-1,3,,,,,,
f401 os	,,,,1,,,,,,
fail	-1,,4,-6,-2,-11,-3,14,4,8,-6
fail 1	,,3,-1,,-1,,-1,,1,
fail package	,,,,,,,2,,-1,
fail test	,,-1,,,,,4,,-2,
fail xpath	,5,,-1,-3,-4,-2,8,1,,-2
failed	-7,-5,4,2,-7,-3,,5,-11,14,8
failed 0	,-1,-4,1,,-1,4,1,1,-1,
failed 1	,-1,,1,-1,-2,-1,-2,2,1,4
failed 2	,,2,,,,,,,-1,
failed 4	,,-1,-1,,1,,2,,-1,
failed asserting	,,1,-2,,-1,,3,,1,
failed examples	,,-1,,,,,,,2,
failed failures	,,-1,,,,,2,,,
failed fix	,2,,-1,,,,,,,
failed javascript	,,-1,-1,,-1,4,,,-1,
failed out	,,-1,1,,1,-1,3,-1,-1,
failed reason	,,,,,-1,,-1,,3,
failed release	,,,,-1,,,,3,,
failed tests	,,2,,,,,-2,,2,
failed to	-2,-2,9,8,-4,5,,-6,-4,-1,-1
failed waiting	,,-2,,3,1,,,,-2,
failed xpath	,2,-3,1,-1,-2,3,1,-1,1,-1
failing	,-2,-2,-5,2,-2,4,6,1,,-1
failing tests	,,-1,,,-1,1,3,,-1,
failure	-1,5,-1,-1,5,-1,-1,,-3,4,-5
failure importerror	,4,-2,-1,,,,,,,
failure scavenge	,,,,,,1,,,,
failures	-1,,2,-5,-4,-5,-3,18,-3,3,-2
failures 0	,,1,-1,,,,,,1,
failures 1	,,,,,,,3,,-1,
failures 4	,,-1,,,-1,,3,,-1,
failuretype	,,-1,,,-1,,4,,-1,
failuretype testcodefailure	,,-1,,,-1,,4,,-1,
false tobe	,,,,,,,1,,,
fatal	-1,2,-1,1,-4,-2,8,-4,-1,3,-1
fatal could	,,-1,-2,,3,,,,1,
fatal error	-1,5,1,7,-2,-8,9,-3,-2,-7,1
fatal unable	,,-1,-3,,-1,,,,7,
fatalprocessoutofmemory	,,,,,,1,,,,
fetch	,-2,-4,3,-1,-1,-1,-2,-1,10,-1
fetch xurl	,,-1,1,,-2,,,,5,
fetched	,,-1,-1,,-1,,,,4,
fetcherror	,,-1,-2,,-1,,-1,,5,
few	,,-2,4,,-1,1,,-1,,
few gcs	,,,,,,1,,,,
file	-3,7,8,10,-5,,-5,-3,-6,-4,1
file checked	,,1,,,,,,,,
file does	,,,1,,,,,,,
file included	,3,-2,1,,-1,,,,-1,
file name	,-1,-2,-2,,7,,,,-1,
file run	,,,,2,-1,,,,,
file would	,,-1,,3,,,,,-1,
file xpath	-1,4,3,1,-5,-1,-3,2,-3,,2
fileoffset	,,,,,,1,,,,
files	-2,2,-2,-2,16,-1,,-4,-4,-2,-1
files had	,,,,1,,,,,,
files if	,,,,,,,1,,,
files inspected	,-1,-1,-1,8,-1,-1,-1,-1,-1,-1
files matched	,,-1,-1,,,,1,,1,
files run	,,,,1,,,,,,
files took	,,,-1,-1,-1,,1,,2,
files would	,-1,-1,-1,4,1,,,,-1,
filtered	,,,,,,,,,1,
filtered out	,,,,,,,,,1,
find	-1,3,-4,13,-2,3,-5,2,-4,-1,-4
find compatible	,,,1,,,,,,,
find module	,-1,-5,10,-1,,,-1,,-1,
find package	,-2,-2,6,,1,,,,-2,
find symbol	,3,3,-2,-1,-1,,-1,,-1,
find version	,,-1,3,,-1,,,,,
find xpath	,7,-1,-3,,-2,,,,,
find_spec_for_exe	,,-1,3,,-1,,,,,
finished	,-4,1,4,-2,-3,-2,9,-2,2,-3
finished in	,-1,,-1,-1,-1,-1,7,-3,1,
finished test	,,-1,,,,,2,,,
fix	,-1,-3,-2,18,-1,-2,-2,-1,-4,-1
fix end	,,,,1,,,,,,
fix formatting	,-1,,,3,,,,,-1,
fix option	,,-1,-1,3,,,,,,
fix these	,,,,1,,,,,,
fix whitespace	,,-1,-1,4,-1,,,,,
fixable	,1,-1,-1,4,-1,,,,,
fixable with	,,-1,-1,3,,,,,,
fixer	,,-1,-1,1,2,,,,,
fixes	,,,,1,,,,1,,
fixes applied	,,,,1,,,,,,
flake8	,-1,,,6,-1,,-1,,-1,
fluentassertions	,,,,,,,2,,-1,
fluentassertions execution	,,,,,,,2,,-1,
flush	,,,,,,1,,,,
flush boolean	,,,,,,1,,,,
flushencoder	,,,,,,1,,,,
flushstream	,,,,,,1,,,,
flushstream boolean	,,,,,,1,,,,
fmt	,-2,1,-2,8,-2,-1,-1,,-1,-1
fmt check	,,-1,-1,4,-1,,,,,
following artifacts	,,,-1,,-1,,,,3,
following files	,,-1,-1,4,-1,,,,-1,
following reports	,,,,1,,,,,,
following tests	,,-1,1,,2,-1,,-1,,
foo	,1,-1,,,-1,,4,,-2,
foo xpath	,,,,,,,2,,-1,
for 1	,,,,,-1,,,4,-1,-1
for async	,,,,,,,,2,,
for emulator	,,-1,-1,,-1,,,7,-2,-1
for further	,,,-1,2,,,,,,
for go	,-1,-1,-1,,1,,,,-2,4
for instructions	,-1,-2,3,,-1,2,,,-1,
for jobs	,,-1,1,,,-1,,3,-1,
for more	,2,5,,,-2,-1,-1,-2,-3,2
for other	,,-2,,3,1,,,,-2,
for unfinished	,2,1,1,-1,-2,1,,-1,,-1
for xpath	,1,-8,1,,1,2,-1,-2,8,-1
format	,-5,7,-6,14,1,-2,-3,-2,-1,-3
format check	,,-1,-1,3,-1,,,,2,-1
format github	,,,,2,,,,,,
format has	,-1,,,2,,,,,,
format violations	,,,,1,,,,,,
format xpath	,,6,-1,-1,-2,,,,-1,
formatted	,-1,-2,-2,12,-3,-1,1,-1,-2,-1
formatting	,-1,,-1,7,-1,-1,,,-1,
formatting insert	,,-1,,3,-1,,,,,
formatting replace	,,,,2,,,,,,
formatting xpath	,-1,,,3,,,,,-1,
found	-3,8,4,8,9,3,-6,-2,-7,-3,-11
found 1	,3,-1,-3,3,-1,,-1,,,
found 4	,,,,1,,,,,,
found are	,3,-1,,,-1,,,,-1,
found code	,,,,1,,,,,,
found usize	,1,,,,,,,,,
found void	,,3,-1,,-1,,,,,
found which	,,-1,2,,,,,,,
found xnum	,,-1,,4,-1,,-1,,-1,
free	,,,,,,1,3,-2,,
free space	,,,,,,1,3,-2,,
from	-2,9,7,1,-6,10,-5,-7,-3,,-3
from app	,-1,3,-1,,,,,,,
from lock	,,-1,2,,-1,1,,,,
from long	,1,,,,,,,,,
from testhost	,,,,,,,,1,,
from the	,-1,-3,5,-1,-1,2,-1,-1,1,-1
from versions	,,,2,,-1,,,,,
from xurl	,-2,1,1,-1,-4,-1,3,,-1,4
full bug	,,,,,,3,,,-1,
func	,-2,7,-1,3,-2,,-1,-1,-2,
func1	,-1,-1,,-1,-1,-1,1,1,2,
func1 xhex	,,,,,,,,1,,
function main	,1,,,,,,,,,
functions	,2,-1,-1,,-1,,-1,,-1,2
further information	,,,-1,2,,,,,,
garbage	,,,,,,2,,,,
garbage collector	,,,,,,2,,,,
gateway	,-1,1,1,,-2,,-1,,4,-1
gc	,1,2,-1,-1,-3,4,-1,,-2,-1
gc ldflags	,2,,,,,,,,,
gcs	,,,,,1,1,,,-1,
gem	,-3,1,6,-2,,-2,-2,-1,-1,4
gem gemnotfoundexception	,,-1,3,,-1,,,,,
gem install	,-1,-2,4,,2,,,,-1,
gemfile	,-1,-3,-1,-1,3,-1,-1,,-1,5
gemnotfoundexception	,,-1,3,,-1,,,,,
get	-1,1,-4,-3,1,2,2,5,-3,4,-4
get xurl	,-1,4,-2,-2,-1,-1,-1,-1,5,-1
getbyrole	,,,,,,,1,,,
getbyrole button	,,,,,,,1,,,
getprop	,,-1,-1,,-1,-1,,7,-1,-2
getprop sys	,,-1,-1,,-1,-1,,7,-1,-2
getting	,-2,1,-3,2,4,-1,-1,-1,4,-2
getting action	,,-1,-1,,4,,,,-1,
github actions	,-1,,-3,1,-2,-2,-1,3,5,2
github runner	,,-1,-1,,3,1,,,-1,
github_token	,,,,,2,,,,,
github_token permissions	,,,,,1,,,,,
globbing	,-1,-1,-1,4,-1,,,,-1,
globbing and	,-1,-1,-1,4,-1,,,,-1,
go	-1,1,-6,12,-5,-5,-4,,-7,14,2
go 1	,-1,-1,6,,-1,,-1,,-1,-1
go build	,6,-2,1,-1,-1,-1,,,-1,-1
go mod	,-1,-2,11,-1,-3,-1,-1,-1,,-1
go sum	,-1,-1,10,-1,-1,,-1,,-3,
go vet	,1,-1,-1,2,,,,,,
go xnum	,-1,-1,-1,-1,-1,-1,5,-1,2,
go xpath	,-2,-3,5,-1,,-1,-2,-1,6,-1
goal org	,2,-6,-5,2,7,-1,5,1,-4,-1
gofmt	,-1,,,3,,,,,,
gofmt exit	,-1,,,2,,,,,,
gofmt gofmt	,-1,,,2,,,,,,
gofunc	,,,,,,,,2,,
golangci	,1,-2,2,5,-2,,,-1,-2,-1
golangci lint	,1,-2,2,5,-2,,,-1,-2,-1
google_checks	,,,,1,,,,,,
google_checks xml	,,,,1,,,,,,
goroutine	,-1,-2,-1,-1,-1,-1,1,2,4,
goroutine 1	,,,,,,,1,1,,
goroutine 7	,,,,,,,2,-1,-1,
goroutine 9	,,,,,,,2,,-1,
goroutine xnum	,,,,,,,-1,,1,
got	-1,-2,2,1,-3,,-2,2,-2,7,-2
gotoolchain	,,-1,4,,-1,,-1,,-1,
gotoolchain local	,,-1,4,,-1,,-1,,-1,
gradle build	,-1,2,-1,-1,-3,4,,-1,1,
gradle ktlint	,,,,1,,,,,,
gradlecompilerrunnerwithworkers	,3,,,-1,,,,,-1,
gradlecompilerrunnerwithworkers gradlekotlincompilerworkaction	,3,,,-1,,,,,-1,
gradlekotlincompilerworkaction	,3,,,-1,,,,,-1,
group	,-2,1,-4,4,5,-1,2,-3,-2,1
group run	,-1,-1,1,5,-4,-1,1,-2,2,2
grow	,,,,,,3,-1,,-1,
guard	,,,-2,,2,,,,,
h3	,,,,,,,1,,,
h3 strong	,,,,,,,1,,,
h5	,,,,,,,1,,,
h5 example	,,,,,,,1,,,
had format	,,,,1,,,,,,
handle	,,-2,-1,-1,2,1,-1,2,-1,
handle readonlyspan	,,,,,,1,,,,
handles	,,,,,,,1,,,
handshake	,,-1,-1,,-1,,,,5,
handshake timeout	,,-1,,,-1,,,,3,
hang	,,,,,-1,,,1,1,
hang dumps	,,,,,,,,1,,
has	-2,3,9,-6,,-3,5,-4,8,-5,-5
has arg	,-1,,,2,,,,,,
has been	,1,-1,-4,-1,,1,-3,8,1,-2
has elapsed	,,,1,,,,,1,-1,
has exceeded	,,-1,-1,-1,-1,5,2,,-1,
has identical	,,,,1,,,,,,
has incompatible	,3,-1,,-1,,,,,,
has missing	,,-1,-1,2,,,,,,
has no	,1,14,,-2,-4,-1,-1,-1,-3,-1
has timed	,,,,,,,,1,-1,
has type	,4,1,,-1,-1,,,,-1,
have 1	,,,,1,,,,,,
have bad	,,,-1,,,,,,2,
have crashed	,,-1,-1,,-1,3,,,1,
have reached	,,,,,-1,,,,3,
head xurl	,,-1,-1,,-1,,,,4,
header cstdint	,2,-1,-1,,,,,,,
heap	,-1,-2,-1,-1,-2,10,1,-1,-3,-1
heap limit	,,,,,,3,,,-1,
heap out	,,-1,-1,,-1,5,-1,,-1,
heap space	,,-1,,,-1,5,-1,,-1,
helm	,-1,-2,-1,1,2,,,5,-2,-1
helm upgrade	,,-1,-1,-1,-1,,,5,-1,
help	-1,-4,-3,2,11,1,-2,,-2,,-2
help config	,,,,,,,,,1,
help for	,-1,-1,1,2,,,,,-1,
help remove	,,,,1,,,,,,
help to	,,,,1,,,,,,
hook	,-1,1,-3,3,3,-1,-1,2,-2,-1
hook id	,,,,1,,,,,,
hook useeffect	,,-1,-1,2,,,,,,
hooks	,-1,-1,,,-1,,,5,-1,
hooks ensure	,,,,,,,,2,,
host	,-1,-3,,-1,,-1,-1,1,7,-1
host process	,,,,,,,,1,,
hosted	,-1,3,-3,-1,-2,1,-1,1,3,-1
hosted runner	,-1,1,-2,-1,-1,2,-1,,4,-1
how	,,-1,-2,,3,,,1,-1,
how to	,,-1,-2,,3,,,1,-1,
hs	,-1,-1,-2,,,6,,,-1,
http	,-2,1,2,-1,-4,-1,-1,-1,9,-1
http status	,,,2,,-1,,,,1,
httperror	,-1,-2,-2,-1,6,,-1,,1,
httperror resource	,,-1,-1,,4,,,,-1,
httpsconnectionpool	,,-1,-1,,,,,,4,
httpsconnectionpool host	,,-1,-1,,,,,,4,
i001	,,-1,-1,4,-1,,,,,
i001 import	,,-1,-1,4,-1,,,,,
ide0055	,-1,,,3,,,,,-1,
ide0055 fix	,-1,,,3,,,,,-1,
identical	,,-1,,1,,,3,,-1,
identical blocks	,,,,1,,,,,,
identical to	,,,,,,,1,,,
if any	,,,,,,,1,,,
if appropriate	,,,,,,3,,,-1,
if has	,,,,1,,,,,,
if returning	,,,,,,,,2,,
if same	,,,,1,,,,,,
if_same_then_else	,,,,1,,,,,,
ignore in	,,-1,-2,,-2,,,,3,3
ignored	,2,-1,-2,,-1,,1,,2,
ignored 0	,,,,,,,1,,,
ignored or	,,,-1,,,,,,2,
immediately	,-1,3,-1,-1,-1,3,,,-2,-1
implement	,2,-1,-1,-1,,,,,,
implied	,-1,-1,-1,4,-1,,,,-1,
implied by	,-1,-1,-1,4,-1,,,,-1,
import	-1,9,8,3,1,-3,-3,-5,-2,-4,-3
import block	,,-1,-1,4,-1,,,,,
import crate	,3,-2,,,,,,,,
import sys	,,,,1,,,,,,
imported	,-3,6,1,1,,-1,-1,,-2,-1
imported but	,,-1,-1,2,,,,,,
importerror no	,4,-2,-1,,,,,,,
imports	,-1,1,-3,2,1,,2,,-1,
imports are	,,,,2,,,,,,
in 0	,-2,3,,,-1,-1,5,-1,-1,-1
in 21	,,,,1,,,,,,
in 246	,,,,3,,,,,,
in _error_catcher	,-1,-1,,,,,,,3,
in apt	,,,-1,2,,,,,,
in assignment	,3,-1,,,,,,,,
in block	,,1,2,,-3,-1,1,-1,,-1
in com	,,2,,,,,-1,,,
in config	,2,-1,,,,,,,,
in define_test_tasks	,,,,,,,1,,,
in file	,5,-2,1,-1,-2,-1,-1,,1,-1
in find_spec_for_exe	,,-1,3,,-1,,,,,
in function	,3,2,-1,,-1,-1,,,-1,-1
in gemfile	,,,1,,,,,,,
in header	,2,-1,-1,,,,,,,
in loadtestsfromname	,4,-2,-1,,,,,,,
in module	,1,4,4,-2,,-1,-1,-1,-3,-1
in read	,-1,-1,,,,,,,3,
in scope	,3,-1,-1,,-1,,,,,
in sync	,,,1,,,,,,,
in top	,-1,2,,-1,-1,,,,2,
in total	,,,,,,,1,,,
in use	,,-1,,,,,-1,-1,5,
inactivity	,,,,,-1,-1,-1,5,-1,
inactivity time	,,,,,,,,1,,
include cstdint	,2,-1,-1,,,,,,,
include file	,-1,-1,-1,,,,,,,4
included	,3,-2,3,,-1,,-1,,-1,
included from	,3,-2,1,,-1,,,,-1,
including require	,,,1,,,,,,,
incompatible	,9,-5,,-2,3,-1,-1,-1,-2,-1
incompatible return	,2,-1,,,,,,,,
incompatible type	,2,-1,,-1,,,,,,
incompatible types	,8,-2,-1,-1,-1,,,,-1,
incorrectly sorted	,,,,2,,,,,,
indent	,,-1,-1,3,,,,,,
indentation	,,-1,-1,3,,,,,,
indentation of	,,,,1,,,,,,
index files	,,,-1,,,,,,2,
index for	,,-1,2,,-2,,,,3,
indicates	,,-1,-1,,-1,2,,4,-1,
indicates stalled	,,-1,,,-1,,,4,-1,
individual	,,-1,,,,,2,,,
individual test	,,,,,,,2,,-1,
ineffassign	,,,,3,-1,,,,,
ineffassign 1	,,,,1,,,,,,
ineffective	,,,,,,1,,,,
ineffective mark	,,,,,,1,,,,
ineffectual	,,,,3,-1,,,,,
ineffectual assignment	,,,,3,-1,,,,,
info build	,-2,1,1,,1,-1,3,,-4,
info checkstyle	,,-1,,4,-1,,,,-1,
info double	,,,,1,,,,,,
info results	,,1,,,,,2,,-1,
info tests	,,,,,,,1,,-1,
info there	,-1,1,-1,3,-1,,-1,,,
information about	,3,-1,-1,,-2,-1,2,,,
information visit	,,,-1,2,,,,,,
input files	,4,-1,-2,,-1,,,,,
insert	,,-1,,3,-1,,,,,
insert xpath	,,-1,,3,-1,,,,,
inspected	,-1,-1,-1,8,-1,-1,-1,-1,-1,-1
inspecting	,,,,2,,,,,,
install	-1,-2,7,9,-1,-8,1,-4,2,5,-6
install bundler	,,-1,1,,2,,,,,
install instead	,,,-1,2,,,,,,
install jobs	,,,1,,,,,,,
install no	,,2,1,,-2,,,,,
install package	,,-1,-3,5,1,,,,-1,
install the	,,9,1,-1,-3,,-1,-1,-3,
installable	,,3,-1,,-1,,,,-1,
installable set	,,,1,,,,,,,
installation	,-1,,5,-1,1,-1,-1,1,-3,-1
installed	,-1,6,4,-4,-3,-3,-3,1,,3
installed on	,,,1,,,,,,,
installing	,1,1,3,-2,-1,-1,2,3,-2,-2
installing dependencies	,,-1,1,,2,1,,,-1,
instance data	,-1,-1,,3,,,,,-1,
instead	,-2,-1,-2,9,2,-1,-3,-1,1,-1
instead of	,-1,-3,-4,8,3,-1,-2,-1,1,-1
instructions	,-1,-2,3,,-1,2,,,-1,
int	,6,1,-1,-1,-1,,-2,,-2,
int32	,,2,,,-1,1,,,,
int64	,,1,-1,,,1,,,,
int64 fileoffset	,,,,,,1,,,,
integration	,-1,-2,,3,3,,2,,-4,-1
internal	-1,3,-3,-2,-1,-3,5,2,-2,6,-3
internal compiler	,-1,2,-1,,-1,4,-1,,-2,
internal isolate	,,,,,,1,,,,
internal server	,-1,-1,-1,,,-1,,,5,-1
internal v8	,,,,,,1,,,,
into	,-1,,-3,-1,9,-1,-1,-1,-1,-1
invalid syntax	,5,-2,1,-1,-1,,,,-1,
io	,-4,-2,2,-2,-3,4,1,,6,-2
io ioexception	,,-1,-1,,-1,3,-1,,1,
io randomaccess	,,,,,,1,,,,
io streamwriter	,,,,,,1,,,,
ioexception	,,-1,-1,,-1,3,-1,,1,
ioexception no	,,-1,,,-1,4,,,-1,
ip 10	,,-1,2,,-1,,,-1,-2,4
is 2	,,-1,3,,-1,,,,-1,
is assigned	,,,,1,,,,,,
is called	,,,,,,,,2,,
is defined	,1,-2,-1,4,-1,,,,-1,
is equality	,,-1,,,,,3,,-1,
is exhausted	,,,,,,2,,,,
is identical	,,,,,,,1,,,
is null	,,-1,,,,,4,,-1,
is problem	,,,,,,,,,1,
is un	,,-1,-1,4,-1,,,,,
isn defined	,-1,5,,,-1,,,,-1,
isolate	,,,,,,1,,,,
isolate char	,,,,,,1,,,,
issues	,-2,-3,2,11,-3,-1,-2,-1,,
issues found	,-1,-2,-1,8,-2,,,,-1,
it automatically	,,-1,-1,3,,,,,,
it for	,,,,,-1,3,,,,
it may	,,-1,-1,,-1,3,,,1,
it resolves	,,,,,,,,2,,
its	,-2,2,1,-2,-3,2,-2,1,5,-1
its child	,,,,,,,,1,,
its dependencies	,,3,-4,,-1,,,,4,
its network	,,,,,-1,3,,,,
itself	,-1,2,-3,-1,-3,-1,-1,3,5,-1
jar	,-1,-4,4,-1,-3,-1,-1,-1,8,-1
java heap	,,,,,,4,-1,,-1,
java xnum	,,-1,2,,-1,3,-1,,-2,
java_version	,,2,-2,,-2,-1,,,-1,4
javac	,1,2,-1,,-1,,,,,
javascript	,,-1,-1,,-2,4,,,2,
javascript heap	,,-1,-1,,-1,4,,,-1,
jest ci	,,,,,,,1,,,
jest worker	,,,,,,2,-1,-1,,
jlleitschuh	,,,,1,,,,,,
jlleitschuh gradle	,,,,1,,,,,,
job	-1,-4,-9,-2,-5,9,-2,,7,-1,8
job exceeded	,,,,,-1,-1,,3,,
job failed	,-1,-2,-2,-1,1,-1,-1,-1,-2,8
job running	,,,,,-1,,,3,-1,
jobs and	,,,,,-1,-1,,3,,
jobs to	,,-2,,3,1,,,,-2,
js	,-1,2,2,-2,-4,1,-3,1,1,2
js 15	,1,,,,,,,,,
js build	,,-1,-1,,-1,,,,,3
js stacktrace	,,,,,,1,,,,
json	,-2,6,,2,,-1,-2,-1,,-2
json and	,,,1,,,,,,,
json are	,,,1,,,,,,,
json or	,,,1,,,,,,,
jvm	,,-1,-1,,-1,4,,,,
jvm garbage	,,,,,,2,,,,
jvm heap	,,,,,,2,,,,
jvmrun	,,,,,,,1,,,
jvmrun dump	,,,,,,,1,,,
kb was	,,,-1,5,-2,,,,-1,
kb with	,,,-1,5,-2,,,,-1,
keeper	,,-1,-1,,-1,4,,,-1,
keeper backend	,,-1,-1,,-1,4,,,-1,
kill	,-1,-2,-2,-1,-2,2,-1,3,4,-1
killed	,-4,-4,-2,-2,-3,23,-3,2,-4,-3
killed or	,,-1,-1,,-1,3,,,1,
killed program	,-1,-1,,,-1,4,,,-1,
killed pytest	,,,,,,2,,,,
killed python	,,,,-1,,2,,,,
killed signal	,-1,,,,,4,,,,
killing	,,-1,-1,,-2,,,1,-1,5
killing emulator	,,,,,,,,2,,
kotlin compilerrunner	,3,,,-1,,,,,-1,
ktlint	,,-1,,3,-1,,,,-1,
ktlint found	,,-1,,3,-1,,,,-1,
ktlint worker	,,,,1,,,,,,
ktlintmainsourcesetcheck	,,,,1,,,,,,
ktlintmainsourcesetcheck failed	,,,,1,,,,,,
lang assertionerror	,,-1,,2,-1,,,,1,
lang nosuchmethoderror	,-1,12,-1,-1,-2,-1,-4,-1,-2,
lang outofmemoryerror	,,,,,,4,-1,,-1,
last 10	,,-1,,,-1,,,4,-1,
last few	,,,,,,1,,,,
latest false	,,-1,,,-2,,,,-1,5
layer	,,-1,-1,,1,2,,,-1,
ld	,8,,-2,-1,-4,1,2,-1,,-2
ld returned	,6,1,,-1,-1,-1,-1,,-2,-1
ldflags xpath	,2,,,,,,,,,
left	,-2,-5,-3,2,-4,13,1,-1,2,-1
left on	,-1,-2,-1,-1,-3,13,-1,-1,-2,-1
left right	,,-2,,,,,1,,3,
left unchanged	,,-1,,4,,,,,-1,
length	,-2,,-3,6,-3,4,3,-3,-2,-1
length 120	,,,,1,,,,,,
length has	,,,,,-1,5,,-2,-1,
levels	,1,-2,-1,1,-1,,2,,1,
levels in	,1,-2,-1,1,-1,,2,,1,
lib due	,2,-1,-1,3,-1,,,,-1,
licenses	,,-1,-2,,2,,,,-1,2
limit	-1,-2,-4,-3,-2,1,12,-2,,2,-1
limit allocation	,,,,,,3,,,-1,
limit by	,,,,,-1,,,,2,
limit for	,,,,,-1,-1,,3,,
limit of	,,,,,-1,5,,-2,-1,
limit you	,,,,,,,,,1,
line 14	,1,,,,,,,,,
line before	,,,,1,,,,,,
line length	,-1,-2,-1,7,-1,-1,-1,,-1,
line too	,-1,-1,,6,-1,,-1,,-1,
line xpath	,9,-5,,-1,-1,,,,-1,
lines found	,,,,1,,,,,,
lint	,1,-4,,14,-3,-1,-1,-1,-4,-1
lint in	,,,,2,-1,,,,,
lint run	,-1,,,3,-1,,,,,
linting	,,-1,-2,7,1,-1,-1,,-1,-1
linting found	,,-1,,4,-1,,-1,,-1,
linux python	,-1,-2,,-1,-1,2,2,-1,1,
listen tcp	,,-1,,,,,-1,-1,5,
load the	,,-1,2,,-2,,,,3,
loading composer	,,,1,,,,,,,
loadtestsfromname	,4,-2,-1,,,,,,,
local	,-3,1,7,-1,-1,-2,6,1,-8,-2
locate package	,,-1,5,,-1,,,,-1,
location class	,2,1,-1,,-1,,,,,
location searched	,,-1,2,,,,,,,
location xpath	,,-1,2,,,,1,,,
lock	,2,,7,-2,-5,,-2,,1,-1
lock file	,3,,5,-1,-2,,-1,-1,-2,-1
lockfile	,-1,2,3,-2,1,-1,2,-1,-1,-2
log length	,,,,,-1,5,,-2,-1,
long	,3,-2,-4,5,4,-1,-1,,-3,-1
long 103	,,-1,,2,,,,,,
long 108	,,-1,,3,,,,,,
long to	,1,,,,,,,,,
looking	,-1,-3,-3,-1,13,-1,-1,,-4,-1
lossy	,1,,,,,,,,,
lossy conversion	,1,,,,,,,,,
lost	,,-1,-1,,-2,2,,-1,2,
lost communication	,,-1,-1,,-2,2,,-1,2,
lovelace	,,,,,,,1,,,
lower	,,-1,4,,-1,,,,-1,
lower or	,,,1,,,,,,,
m0s	,-1,-1,-1,-1,-1,-1,1,7,-2,-1
m0s this	,,,,,-1,,,3,,
machine	,-1,1,-1,-1,,4,-1,-1,1,-1
machine is	,,-1,,,-1,3,,-1,1,
machine runs	,,,,,,2,,,,
main main	,,,,,1,,,,,
main tf	,3,-1,,,-1,,,,,
make 1	,4,2,1,-1,-4,2,-2,-1,-2,1
make 2	,3,3,1,-1,-2,3,-2,-1,-2,-3
making output	,-1,-1,-1,3,-2,-1,,,-1,3
many requests	,,,-1,,-1,,,,3,
mark	,,,,,,2,,,,
mark compacts	,,,,,,1,,,,
marked as	,-1,-1,,3,,,,,-1,
match	,,-6,3,-2,5,-1,1,-1,2,-1
matches	,2,,-2,-1,1,-1,2,-1,-1,
matches params	,,,,,,,1,,,
matches static	,,,,,,,1,,,
matching	,-1,-3,3,-1,2,-1,,-1,3,-1
matching distribution	,,-1,2,,-1,,,,,
maven checkstyle	,,-1,-1,5,-1,,-1,,-2,
maven compiler	,3,-1,-1,,-1,,,,,
maven plugins	,2,-5,-3,2,4,-1,2,-1,,-1
maven surefire	,-1,2,-1,-1,-1,-1,1,3,-1,
max	,-1,-3,,6,-1,,-2,-1,4,-1
max line	,,-1,,5,-1,,-1,,-1,
max warnings	,,,,1,,,,,,
maximum	,-1,-3,-3,5,-4,-1,4,3,2,-1
maximum budget	,,,-1,5,-2,,,,-1,
maximum execution	,,,,,-1,,2,1,-1,
maximum time	,,,,,,,,2,,
may have	,-1,2,,,-2,3,,,1,
may increase	,,,,,-1,,,,2,
mb	,-2,-5,-2,3,,5,,-2,3,-1
mb 21	,,,,,,1,,,,
mb xnum	,,,,,,1,,,,
md	,-1,,,1,,1,,,,
mean	,3,5,-2,,-2,-1,-1,,-1,
measured	,,,,,,,,,1,
measured 0	,,,,,,,,,1,
member	,2,2,-2,3,-2,-1,-1,-1,-1,
memory	,-5,-4,-5,,,14,2,1,-6,3
memory size	,,-1,-1,,-1,4,,,-1,
message dumping	,,,,,,,,1,,
message the	,,-1,2,,-2,,-1,1,-1,2
message toomanyrequests	,,,,,,,,,1,
met	,,-1,1,5,-2,,,,-1,
met by	,,-1,1,5,-2,,,,-1,
method	-1,5,17,-6,-3,-9,-3,-3,,4,-2
method named	,,4,-1,,-1,,,,-1,
method not	,-1,8,-2,-1,-2,,-1,,-1,
might	,,4,-2,-1,2,1,,-1,-2,
might not	,,,,,,1,,,,
minutes	,1,-3,-1,-2,-3,-3,-1,12,1,-1
minutes of	,,,,,-1,-1,,4,,
minutes this	,,,,,,,,1,,
mismatched	,3,-1,,-1,,,,,,
mismatched types	,3,-1,,-1,,,,,,
missing	-1,-2,3,11,5,1,-2,-3,-2,-6,-3
missing using	,3,-1,,,-1,,,,-1,
missingmethodexception	,-1,5,-1,,-1,,,,-1,
missingmethodexception method	,-1,5,-1,,-1,,,,-1,
model	5,1,-2,1,-1,-2,-1,-1,2,-1,-1
module	-1,18,8,13,-6,-7,-5,-3,,-11,-5
money	,,,,,,,1,,,
more information	,1,1,,2,,,1,-1,-4,1
most ci	,,-1,-1,3,,,,,,
ms	-1,-3,-7,3,3,-8,1,,4,,7
ms average	,,,,,,1,,,,
ms exceeded	,,,,,-1,,,4,-1,
ms for	,,,,,,,1,3,-1,
ms mark	,,,,,,1,,,,
ms no	,,,,1,,,,,,
mu	,,,,,,1,,,,
mu 0	,,,,,,1,,,,
mypy	,4,,-1,-2,,,,,,
mypy src	,2,-1,,-1,,,,,,
name assertionerror	,,,,,,,1,,,
name xpath	,-1,-1,-1,,5,,,,,
named	,6,7,4,-3,-5,-2,-2,-1,-3,-1
named tests	,5,-3,-1,,,,,,,
namespace name	,3,-1,2,,-1,,,,-1,
native stack	,,,,,,1,,,,
near	,,-1,-1,,1,1,1,,,
near heap	,,,,,,1,,,,
needed wl	,4,,-1,,,,,,-1,
net 10	,,,1,,,,,,,
net sdk	,,-1,4,,-1,,,,,
net9	,,,,,,,1,,,
net9 0	,,,,,,,1,,,
netsdk1045	,,,1,,,,,,,
network	,-2,-3,,3,-4,2,-1,-2,8,-1
network access	,,,,,-1,3,,,,
network connection	,,,-1,,-1,3,,,,
network connectivity	,,,-1,,,,,,2,
network if	,,,,,,,,,1,
network in	,,,-1,,,,,,2,
network proxy	,,,,,,,,,1,
network settings	,,,-1,,,,,,2,
network this	,,,-1,,,,,,2,
never	,,-3,-3,5,2,-1,,-1,4,-1
never used	,-1,-1,-1,6,-1,,,,-1,
next	5,-1,-4,3,,,-1,-1,,-4,2
next build	,1,,,,,,,,,
nil	,-1,,-1,,2,-1,6,-1,-2,-1
ninja build	,3,,,,,,,,-1,
no	-4,5,1,7,-1,13,-3,-9,-4,2,-10
no attribute	,3,8,-2,-1,-2,-1,-1,-1,-2,-1
no blank	,,,,1,,,,,,
no changes	,,,,2,,,,,,
no console	,1,,-1,1,,,,,,
no exported	,-2,5,,,-1,,,,,
no fixes	,,,,1,,,,,,
no input	,4,-1,-2,,-1,,,,,
no matching	,-1,-2,2,-1,3,,-1,-1,,-1
no member	,2,-1,,,,,,,,
no output	,,-1,-1,,,,,4,-1,
no space	,-1,-2,-1,-1,-3,13,-1,-1,-2,-1
no unused	,,-1,-1,3,,,,,,
node abort	,,,,,,1,,,,
node oomerrorhandler	,,,,,,1,,,,
node version	,,-1,-1,1,-2,,,,-1,5
noemit	,1,,1,-1,-1,,,,,
none expected	,1,,,,,,,,,
none read	,-1,-1,1,,-1,,,,3,
nosuchmethoderror	,-1,12,-1,-1,-2,-1,-1,-1,-3,-1
nosuchmethoderror org	,,6,,,-1,,-2,,-1,
not	-7,6,6,7,,13,-11,-3,-5,1,-7
not accessible	,-1,-1,-2,3,6,,-1,,-2,-1
not assignable	,4,-1,,-1,-1,,,,-1,
not available	,,-1,5,,-1,,,,-2,
not be	,2,-3,-1,-1,1,-1,-1,,4,-1
not checked	,-1,-1,-1,5,-1,,,,,
not compile	,2,-1,-4,3,-3,5,-1,-1,-1,-1
not declared	,3,-1,-1,-1,-1,,,,-1,
not exist	,3,-3,6,-2,1,-1,-2,1,-1,-2
not exported	,-1,3,-1,,-1,,,,,
not find	,-3,-3,13,,3,-1,-1,-1,-5,-1
not found	-1,2,,12,-3,3,-5,2,-1,-4,-5
not met	,,-1,1,5,-2,,,,-1,
not read	,,-1,-2,,4,,,,,
not resolve	,-2,,5,-1,-3,-1,-1,,2,
not satisfy	,,,1,,,,,,,
not succeed	,,,-1,,2,1,,,,
not support	,-1,1,3,,-2,,,,,
not transfer	,,-1,-2,,2,,,,2,
not use	,,-1,-1,1,-1,,,2,,
not used	,5,-1,-1,-1,,,-1,,-1,
not valid	,-2,-5,-1,-1,7,-1,-1,-1,2,3
note clippy	,,-1,,2,,,,,,
note expected	,1,,,,,,,,,
note uint8_t	,2,-1,-1,,,,,,,
notes	,,-1,,-1,,,,,,2
notest	,,1,-1,-1,-1,,-1,,-1,4
np	,,5,,,,,-1,,-1,
npm ci	,,-1,2,,-2,,,,2,
npm itself	,,-1,-2,-1,-1,,,,6,
npm run	,4,,,1,-5,1,-1,,-1,3
npm shrinkwrap	,,-1,1,,1,,,,,
number is	,1,,,,,,,,,
o2 xpath	,,,,,,2,,,,
object	-1,2,2,-5,-4,-4,-3,5,4,1,3
object has	,-1,3,,,,,,,,
object is	,,-1,,,,,3,,-1,
object wait	,-1,-1,,,-1,,-1,6,-1,
object xpath	,6,-1,-2,-1,-3,-1,-1,-1,-1,7
of	1,2,-5,7,2,-1,2,-2,3,2,-11
of 1	,-1,,-2,-1,1,-1,3,1,,
of 200	,,,,,,,,3,-1,
of 300	,,,,,,,,1,,
of 360	,,,,,,,,2,,
of 4	,,-1,-1,-1,-1,5,1,-2,-1,
of apt	,,,-1,2,,,,,,
of bundler	,,,1,,,,,,,
of disk	,,,,,,2,,,,
of files	,,,-1,1,-1,,,,1,
of goal	,,-1,-1,,-1,,,,4,
of its	,,2,-5,,1,,,,4,
of memory	,-1,-1,-1,-1,-1,9,-1,-1,-2,
of packages	,,,2,,,,,,,
of type	,5,,1,-1,-2,-1,,-1,-2,
of wrong	,-1,,,2,,,,,,
of xnum	,-1,-1,-1,-1,-1,6,,2,-3,
offenses	,-1,-1,-1,8,-1,-1,-1,-1,-1,-1
offenses autocorrectable	,,,,3,-1,,,,,
offenses detected	,-1,-1,-1,8,-1,-1,-1,-1,-1,-1
oh	,-1,-1,,4,,,-2,,2,
oh no	,-1,-1,,4,,,-2,,2,
ok	,,-2,-5,-2,-5,-2,8,5,1,3
ok killing	,,,,,,,,2,,
old ones	,,,-1,,,,,,2,
on	-2,-6,,-7,-2,1,7,10,10,-1,-8
on device	,-1,-2,-1,-1,-3,13,-1,-1,-2,-1
on how	,,,-1,,-1,,,1,1,
on line	,-3,6,-3,,,1,2,-1,-1,-1
on runner	,,,,,-1,,,3,-1,
on type	,3,2,,-1,-2,,,,-1,
on xurl	,,1,-2,,-1,,,1,2,
ones	,,-1,-1,,,,-1,,4,
ones used	,,,-1,,,,,,2,
only install	,,,1,,,,,,,
oomdetails	,,,,,,1,,,,
oomdetails const	,,,,,,1,,,,
oomerrorhandler	,,,,,,1,,,,
oomerrorhandler char	,,,,,,1,,,,
open	,-4,-8,-2,-1,,4,2,-2,12,-1
opentest4j	,,-1,,,-1,,4,,-1,
opentest4j assertionfailederror	,,-1,,,-1,,4,,-1,
operation	,-2,-2,-5,-2,2,-2,-2,11,3,-2
operation was	,-1,-3,-2,-1,-4,-1,-1,12,2,-1
operator	,-1,5,-1,,-1,,1,,-1,
operator strictequal	,,,,,,,1,,,
option	,4,1,-5,8,-2,-1,3,-1,-2,-3
options seed	,,2,,,,,1,,-1,
or	-3,-3,,18,-2,11,-5,-5,-5,,-6
or an	,3,-1,2,,-2,,,,-1,
or blocks	,,,,,-1,3,,,,
or have	,,,-1,,,,,,2,
or lower	,,,1,,,,,,,
or namespace	,3,-1,2,,-1,,,,-1,
or npm	,,,1,,,,,,,
or old	,,,-1,,,,,,2,
or one	,,2,-4,,-1,,,,4,
or remove	,,-1,-1,2,1,,,,-1,
or something	,,2,-2,,-1,,,4,-1,
or un	,,-1,-1,4,-1,,,,,
or use	,,-1,4,,-1,,,,,
orders	,,,,,,,1,,,
org	-1,6,-1,-4,,-1,-5,7,,2,-4
org jlleitschuh	,,,,1,,,,,,
org junit	,,4,,,-1,,,,-1,
org opensearch	,,,,,,,3,,-1,
org opentest4j	,,-1,,,-1,,4,,-1,
org port	,,,,,,,,,3,
orphan	,,-1,1,-1,-1,-1,2,4,-2,-1
orphan process	,,-1,-1,,-1,-1,-1,6,-2,
os imported	,,,,1,,,,,,
other	,,-2,3,2,1,,-1,-1,-3,-1
other jobs	,,-2,,3,1,,,,-2,
out	-1,-7,-4,-5,-3,-4,9,3,10,7,-4
out after	,,-1,-1,,-1,-1,-1,6,-1,
out format	,,,,2,,,,,,
out of	,-2,4,-1,-2,1,9,1,-4,-4,-1
out waiting	,,-1,-1,,-2,-1,-1,3,3,
outdir	,4,-1,-1,,-1,,,,,
outofmemoryerror	,,,,,,4,-1,,-1,
outofmemoryerror java	,,,,,,4,-1,,-1,
output command	,,-1,-1,,1,,,,-1,3
output fail	,,,,,,,2,,-1,
output format	,,,,1,,,,,,
output has	,,-1,,,-1,,,4,-1,
output package	,,,,,,,2,,-1,
override warnings	,,,,1,,,,,,
package	-2,,-2,10,-2,-8,-3,3,-2,2,3
package information	,,,1,,,,,,,
package is	,,-1,2,,-1,,,,,
package use	,,-1,-2,7,-1,,,,-1,
package version	,,-1,-2,7,,,,,-1,
packages	-1,-4,4,17,-2,-9,-2,,-2,,-2
packages please	,,,1,,,,,,,
packages when	,,,1,,,,,,,
page getbyrole	,,,,,,,1,,,
panic	,,-1,-1,-1,-1,-1,1,3,,
panic runtime	,,,,,,,2,-1,-1,
panic test	,,,,,,,-1,4,-1,
panicked	,-1,-3,,-1,-1,-1,2,,4,
parameter	,6,-4,-2,-1,5,-1,-2,1,-2,-1
parameter of	,4,-1,-1,,-1,,,,,
params	,1,-1,,,,,1,,,
pass	,-1,1,-2,-1,,,2,1,2,-1
pass 1	,,3,,,,,,,-1,
pass lib	,,-1,,,,,2,,,
pass xpath	,,,,,,1,1,-1,1,
passed	-1,-4,,-2,-3,-2,-2,6,1,7,-1
passed 1	,-1,,-1,-1,1,-1,,-1,3,
passed 2	,,,,,,,2,2,-2,
passed 211	,,,,,,,1,,,
passed 41	,,,,,,,1,,,
passed 5	,,-1,,,,,3,,-1,
passed in	,,,-1,,,,4,,-2,
passing	,2,1,-1,,-2,,1,,-1,
peer	,-1,-2,-1,-1,-2,,-1,,9,
pending	,-1,-2,-1,-1,,-1,3,1,2,-1
permission	,1,3,-5,2,9,-1,-2,-1,-5,-1
permission denied	,1,1,-3,3,6,-1,-2,-1,-3,-1
permissions	,,,1,,3,,,,-3,
php fatal	,-1,5,-1,,-2,1,-1,,-1,
phpunit	,-1,1,3,-1,,-1,3,-1,-2,-1
phpunit 11	,,,,,,,1,,,
pid	,1,-2,-4,-2,,12,,4,-6,-2
pid xnum	,-1,-2,-1,-1,-1,5,1,5,-3,-1
pie	,2,,,,,,,,,
pie compiler	,2,,,,,,,,,
pin	,,-1,-2,7,-1,,,,-1,
pin versions	,,-1,-2,7,-1,,,,-1,
platform linux	,,-1,,-1,,2,3,,-1,
platforms xpath	,-1,-1,1,,-2,,,,-1,4
play	,,-1,-1,,2,,-1,,-2,4
please make	,,,-1,,-2,,,,4,
please refer	,,-1,,,,,2,,-1,
please submit	,,,,,,3,,,-1,
pluggy 1	,,-1,,-1,,2,3,,-1,
plugin 2	,-1,-2,-4,,1,-1,,-1,7,
plugin org	,,,-1,,-1,,,,4,
plugins maven	,2,-5,-3,2,4,-1,2,-1,-1,-1
port 443	,,-1,-1,,,,,,3,
possible lossy	,1,,,,,,,,,
potentially	,,-1,,1,-1,,,4,-1,
potentially fixable	,,,,2,,,,,,
potentially indicates	,,-1,,,-1,,,4,-1,
pre	,,-1,-2,4,-1,-1,-1,2,1,-1
pre commit	,,,,1,,,,,,
prepare	,-1,-2,2,-1,1,-1,-1,-1,3,-1
prepare all	,,-1,-1,,2,,,,1,
prepare workflow	,,,-1,,1,,,,1,
preprocessed	,,,,,,3,,,-1,
preprocessed source	,,,,,,3,,,-1,
prettier	,,-1,,3,-1,,,,-1,
prettier check	,,,,1,,,,,,
prettier with	,,,,2,-1,,,,,
prevent	,-1,-2,2,4,-1,-1,1,-1,,-1
prevent globbing	,-1,-1,-1,4,-1,,,,-1,
previous	,2,,-3,4,,-1,-2,-1,2,-1
previous error	,2,1,-2,1,-1,-1,,,1,
printf	,-1,,,2,,,,,,
problem 1	,,-1,1,1,,,,,,
problem related	,,,,,,,,,1,
problems	,-1,7,-2,1,-4,-1,-1,,1,-1
process	-3,-4,-1,-8,1,,6,1,5,3,-1
process completed	-2,-1,,4,5,-3,3,4,-2,-2,-6
process crashed	,,,,,,,,1,,
process env	,,-1,-1,3,-1,,,,,
process pid	,,-1,-1,-1,-1,2,-1,5,-2,
process signal	,,,,,,2,-1,-1,,
process starves	,,,,,-1,3,,,,
processticksandrejections	,,-1,1,-1,2,,-1,,-3,4
processticksandrejections nod	,,-1,1,,2,,,,-1,
program	,-1,-1,-3,,1,7,-1,-1,2,-2
program cc1plus	,-2,-1,-1,,-1,8,,,-1,-1
promise	,,-2,2,-1,,-1,-1,4,-1,
promise ensure	,,,,,,,,2,,
properly see	,,,,,,,,,1,
property	,3,-3,-1,-1,2,-1,-1,2,-3,3
property is	,,-1,-1,,1,,,,-1,3
proxy	,3,-3,-3,,-1,,,,5,
proxy config	,,,,,,,,,1,
proxy or	,,,-1,,,,,,2,
proxy please	,,,,,,,,,1,
pub fn	,-1,1,,2,,,,,,
pull	,-1,,1,-1,-1,-1,-1,-1,6,-1
pull rate	,,,,,-1,,,,3,
pulling from	,,-1,-1,,-3,,,,6,
push	,,-2,-5,-2,18,,-1,-1,-5,-1
pushing	,-1,-1,-2,,5,,,,,
python3	,,,6,-1,,,,,-3,
qa_tracking_singletarget	,,,,,-1,,4,,-1,
qa_tracking_singletarget failed	,,,,,-1,,4,,-1,
qty	,,,,,,,1,,,
quote	,-1,-1,-1,4,-1,,,,-1,
quote to	,-1,-1,-1,4,-1,,,,-1,
quotes	,-1,2,-2,2,,,,,,
race	,-1,1,-2,-1,-2,1,-4,-1,9,-1
raise	,1,6,-1,-1,-2,-1,-2,-1,2,
rake	,-1,3,-2,-1,3,-1,3,-1,-2,-1
rake test	,,,,,,,1,,,
ran	,-2,5,-6,4,-2,-1,-1,4,,-1
ran golangci	,,,,2,-1,,,,,
randomaccess	,,,,,,1,,,,
randomaccess writeatoffset	,,,,,,1,,,,
rate	,,-1,-1,-1,-2,,,,6,
rate limit	,,-1,-1,-1,-1,,,,6,
rbrace	,,,,1,,,,,,
reached	,-1,-1,-2,-1,,2,-1,,4,-1
reached heap	,,,,,,3,,,-1,
reached your	,,,,,-1,,,,3,
react hook	,,-1,-1,2,,,,,,
read	-1,,-6,3,-1,6,-3,-1,,6,-3
read econnreset	,,,,,-1,,-1,,3,
read timed	,-1,-1,,,,,,,3,
read username	,,,-1,,3,,,,-1,
reading xurl	,,-1,-2,,-1,,,,5,
readme	,,,,2,,,,,,
readme md	,,,,2,,,,,,
readonlyspan	,,,,,,1,,,,
readonlyspan 1	,,,,,,1,,,,
readtimeouterror	,-1,-1,,,,,,,3,
readtimeouterror httpsconnectionpool	,,,,,,,,,2,
real	,,-1,1,,2,-1,,-1,1,
reason test	,,,,,,,,1,,
receive	,-1,-1,-1,-1,1,-1,-1,3,3,
receive 9	,,,,,,,,2,-1,
received	-1,-3,-4,-1,-2,-7,-1,6,4,8,1
received 1	,,,,,,,1,,,
received exit	,,,,,-1,,,,-1,3
received false	,,,,,,,1,,,
received in	,,-1,,,-1,,,4,-1,
received tobe	,,,,,,,1,,,
received tostrictequal	,,,,,,,1,,,
received unexpected	,,-1,-1,,-1,,-1,3,1,
redacted	,,2,-1,,-2,,,,-2,4
refer	,-1,1,2,,-2,,2,,-1,
refer to	,-1,-2,2,,,,2,,-1,
reference	,6,3,-2,5,-5,-2,-2,-1,,-2
reference to	,2,3,-1,,-1,-1,,,-1,-1
reference xpath	,1,-1,1,,-1,,,,,
reformat	,-1,2,-1,3,-1,,,,-1,
reformat xpath	,-1,2,-1,3,-1,,,,-1,
reformatted	,-1,-1,,4,,,,,-1,
rejected	,-1,-1,-1,-1,7,,,,-2,
rejects	,,,,,,,1,,-1,
related	,,-1,-3,,-3,,1,,6,
related to	,,-1,-2,,-2,,,,7,
release use	,,2,,,,,,,-1,
relro	,2,,,,,,,,,
remote	,-3,6,-8,-2,3,-1,2,-1,6,-2
remove	,-1,1,4,4,,-1,-1,-1,-4,-1
remove the	,,-2,1,3,-1,,,,-1,
removed	,-1,6,-1,-1,-4,-1,-1,-1,,3
removed in	,,4,-1,,-2,,,,-1,
replace	,,-1,-1,2,1,,,,-1,
report at	,,-1,,,-1,1,2,,,
report xpath	,-1,-1,,,2,-1,-1,,-1,4
reported	,2,-1,,3,-1,,-1,,-2,
reported by	,,-1,,3,,,,,,
reportoomfailure	,,,,,,1,,,,
reportoomfailure char	,,,,,,1,,,,
reportoomfailure v8	,,,,,,1,,,,
repositories with	,,,1,,,,,,,
repository	-1,-3,-5,5,-2,7,1,-2,-2,3,-2
repository not	,-1,-2,-1,,6,,,,,
request	,-2,-5,-2,1,6,-2,-2,-2,9,-2
request to	,,,-1,,,,-1,,3,
requested module	,,3,-2,,-1,,,,,
requests	,-1,-3,1,-1,-2,-1,-1,2,5,
requests get	,,,,,,,,,2,
requests server	,,,,,,,,,1,
require	,-3,-5,15,-1,2,-1,-3,-1,-1,-1
require dev	,,,1,,,,,,,
required	-1,-1,6,13,-4,5,-3,1,-3,-9,-4
required actions	,,-1,-1,,2,,,,1,
required by	,-1,5,5,-1,-3,,,,-4,
requirement	,-1,-3,4,,,,,,1,
requirements	,-1,1,3,-1,-3,-1,-1,,3,-1
requirements could	,,,1,,,,,,,
requires	-1,-3,-4,16,-1,5,-2,-2,-2,-4,-3
requires go	,-1,-1,6,,-1,,-1,,-1,-1
requires php	,,,1,,,,,,,
requires ruby	,,-1,3,,-1,,,,-1,
requires xpath	,,,1,,,,,,,
rerun	,,-1,1,,-1,,3,,,
rerun pass	,,-1,,,,,1,,1,
reset	,-1,1,-3,-1,-2,-1,2,-1,5,-1
reset by	,,,-2,,,,,,4,
resolve	-1,5,-1,7,-3,-5,-1,-2,-1,3,-2
resolve action	,,,-1,,2,,,,-1,
resolve actions	,-1,-1,-2,,2,,,,2,
resolve dependencies	,,-1,3,,-1,,,,1,
resolve dependency	,,,2,,,,,,,
resolve host	,,-1,-2,,-1,,,,5,
resolved	,-1,-3,3,-1,-3,-1,-1,-1,8,
resolved org	,,,-1,,,,,,2,
resolved to	,,,2,,,,,,,
resolves	,,,,,,,,2,,
resolving	,-1,-4,5,-1,1,-1,-1,,3,-1
resolving dependencies	,,-1,2,,1,,,,-1,
resource	,1,-3,1,2,10,-1,-2,-2,-3,-2
resource not	,-1,-1,-2,3,6,,-1,,-2,-1
resp	,1,,,,,,,,,
resp self	,1,,,,,,,,,
response	-1,-1,,-5,2,-5,-1,3,-2,12,-2
response from	,-1,3,-3,-1,,,,,2,-1
results	,-2,-3,2,-2,2,-1,8,1,-4,-1
return	,5,-5,1,6,-3,-3,2,,-6,2
return statement	,1,,,,,,,,,
return value	,1,-2,-1,4,1,,-1,,-1,
returned 1	,6,3,-1,-1,-2,-1,-3,-1,2,-2
returning	,,,,,,,,2,,
returning promise	,,,,,,,,2,,
right	,-1,-3,-2,-1,1,-1,2,,5,
rm	,,,-1,2,,,,,,
rolled	,,,,-1,,,,3,,
rolled back	,,,,-1,,,,3,,
rootdir	,-1,-2,-1,-1,,1,2,4,-1,
rootdir xpath	,-1,-2,-1,-1,,1,2,4,-1,
rows	,-1,-1,-1,4,-1,,,,-1,
rspec	,-1,-1,-1,-1,-2,,6,,1,
rspec expectations	,,-1,,,,,2,,-1,
rspec xpath	,-1,-2,-2,-1,-1,,6,,2,
rubocop	,,-1,-1,5,-1,,-1,,-1,
rubocop returns	,,,,4,-1,,,,-1,
ruby	,-1,-1,4,,-3,-1,3,-1,1,-1
ruby version	,-1,-2,5,-1,-1,,,,1,-1
ruff	,,-1,,3,,,,,,
ruff format	,,,,1,,,,,,
ruleset	,,-1,,3,,,,,,
run	2,2,1,-8,8,4,-5,-2,-5,3,1
run 4	,,-1,,,,,2,,,
run again	,2,,-1,,,,,,,
run composer	,,-1,3,,-1,,,,,
run git	,,,-1,,2,,,,,
run helm	,-1,-1,-1,1,-1,,,5,-1,-1
run lint	,1,-1,-1,1,,,,,,
run mypy	,1,,,-1,,,,,,
run out	,,,,2,,,,,,
run package	,,,,,,,2,,-1,
run pre	,,,,1,,,,,,
run prettier	,,,-1,3,-1,,,,,
run ruff	,,,,1,,,,,,
run shellcheck	,,,,1,,,,,,
run typecheck	,2,,-1,,,,,,,
run was	,,,,,,,,1,,
run xhex	,,,,,,,,3,-1,
run xpath	5,-5,-1,-1,-6,-1,-3,2,,,9
runasync	,,,,,,,1,,-1,
runner	-1,-3,-1,-5,-2,6,2,-1,,7,-2
runner github	,,-1,-1,,-2,-2,-1,4,4,
runner has	,,,,,-1,,,-1,4,
runner process	,,,,,-1,3,,,,
runner version	,,,-1,,2,,,,1,
runner will	,,,,,,2,,,,
runner worker	,,-1,,,2,1,,,-1,
running	-2,-5,-2,,-4,6,-2,3,6,-4,4
running 24	,,,,,,,1,,,
running analysis	,-1,-1,-1,,1,,,,-2,4
running checks	,,,,1,,,,,,
running ctest	,,-1,1,,1,-1,4,-1,-1,
running go	,,-1,4,,-1,,-1,,-1,
running on	,-1,-2,1,-1,,1,-2,4,,-1
running out	,,,,,,2,,,,
running sphinx	,-1,-1,-1,3,-2,-1,,,-1,3
running tests	,-1,2,-1,,-1,-1,3,2,-2,-1
running unittests	,,-1,,,,,2,,,
runs	,-1,3,-2,-1,1,1,,-1,-1,
runs out	,,,,,,2,,,,
runtests	,1,1,-2,,-1,-1,4,,-1,
runtests func1	,,,,,,,,1,,
runtime php	,,-1,-1,-1,2,,1,,,
rustc	,2,,3,1,-2,-1,-1,,-2,
rustc explain	,3,1,,-2,-1,,,,-1,
safefilehandle	,,,,,,1,,,,
safefilehandle handle	,,,,,,1,,,,
same then	,,,,1,,,,,,
satisfiable	,,,1,,,,,,,
satisfiable by	,,,1,,,,,,,
satisfies	,,-1,3,,-1,,,,,
satisfies the	,,-1,2,,-1,,,,,
satisfy	,,,1,,,,,,,
satisfy that	,,,1,,,,,,,
sc2086	,-1,-1,-1,4,-1,,,,-1,
sc2086 info	,,,,2,,,,,,
scavenge	,,,,,,1,,,,
scavenge might	,,,,,,1,,,,
sccache compile	,,-1,-1,,-1,4,,,-1,
schedule	,,-1,-1,-1,2,,-1,-1,-2,4
scope	,3,2,-1,-1,-1,,-1,,,
scripts sh	,,,,1,,,,,,
sdk	,-2,4,2,-1,6,-1,-1,1,-6,-1
sdk does	,,,1,,,,,,,
sdk that	,,,1,,,,,,,
searched	,-1,,5,,-2,,,,-1,
searched crates	,,,1,,,,,,,
sebastian	,-1,,1,-1,-1,,3,,-1,
sebastian bergmann	,-1,,1,-1,-1,,3,,-1,
seconds	,-3,5,-6,-2,2,-2,-1,9,1,-3
seconds files	,,,-1,-1,-1,,1,,2,
seconds has	,,,,,,,,1,,
seconds to	,,,-1,-1,-1,,1,,2,
see log	,2,2,-1,-1,-1,,,,-1,
see npm	,,,,,,,,,1,
seed xnum	,-1,3,-1,-1,-1,-1,-1,,3,-1
segmentation	,-1,-2,-2,-1,-2,-1,5,-1,4,-1
select version	,,-1,2,,,,,,,
self assertequal	,,-1,,,,,2,,,
self none	,-1,2,,,,,,,-1,
serious	,,-1,,4,-1,,-1,,-1,
serious in	,,-1,,4,-1,,-1,,-1,
server	-1,-2,-5,-9,-3,5,-1,-1,2,14,1
server error	,-1,-1,-1,,-1,-1,,,6,-1
servers	,,-1,-1,3,,,,,,
servers set	,,-1,-1,3,,,,,,
service	,-2,-2,,-1,3,-1,-1,-3,8,-1
service unavailable	,,-1,-1,,-2,,,,6,
session starts	,-1,-2,-1,-1,-1,2,2,4,-2,
set	-1,5,-6,5,1,7,-3,-3,,-5,-1
set it	,,-1,-1,3,,,,,,
set of	,,-1,1,1,1,,,,-1,
set properly	,,,,,,,,,1,
shell getprop	,,-1,-1,,-1,-1,,7,-1,-2
shellcheck	,-1,2,,2,-1,,,,-1,
shellcheck scripts	,,,,1,,,,,,
short	,-1,3,,2,-1,,1,-1,-1,-1
short test	,-1,2,,-1,-1,-1,2,,-1,
should	-1,-3,-4,-5,4,1,-2,3,4,3,-2
should return	,-1,-1,-1,-1,-1,-1,6,2,-2,
show diff	,,,,1,,,,,,
shown	,,-1,-1,,-2,,,,2,3
shows	,,,,,,,1,,,
shrinkwrap	,,-1,1,,1,,,,,
shrinkwrap json	,,-1,1,,1,,,,,
sigkill	,,,-1,,,4,-1,-1,-1,
sigkill exitcode	,,,,,,2,-1,-1,,
sigkill kill	,,,,,,2,,,,
signal	-1,-3,-3,-3,-2,-7,11,1,5,1,1
signal 9	,-1,-1,-1,-1,-1,8,,,-1,
signal sigkill	,,,,,,2,-1,-1,,
signal terminated	,-1,,,,,4,,,,
silence	,,,,,,,,2,-1,
size	,-1,,-2,-2,3,4,,-1,1,-1
size of	,-1,-2,-1,-1,-1,4,-1,-1,4,
skipped	,1,2,-4,-2,-2,-2,2,1,3,1
skipped 0	,,2,-1,,,,1,,,
skips	,,,,,,,2,,,
sleeping	,,,-1,,1,,,4,-1,-1
sleeping for	,,,-1,,1,,,4,-1,-1
slugify	,,,,,,,1,,,
snapshots	,,,-1,,1,,2,-1,-3,2
solving	,,-1,2,,3,,-1,,-1,
some errors	,,,,1,,,,,,
some index	,,,-1,,,,,,2,
something	,-1,4,-2,-1,,-1,,3,-3,-1
something wrong	,,-1,,,-1,,,4,-1,
soon	,,-1,-1,,1,,,,-1,3
soon please	,,-1,-1,,1,,,,-1,3
sorted	,-1,-1,-1,6,-1,,,,-1,
sorted or	,,-1,-1,4,-1,,,,,
sorted xpath	,,,,2,,,,,,
source code	,,-1,-1,,-1,,,,-1,5
source files	,-1,4,-1,-1,-1,,,,1,
source if	,,,,,,3,,,-1,
space	,-2,-3,-2,,-4,19,,-3,-4,-1
space free	,,,,,,2,,,,
space is	,,-1,,,-1,4,,,-1,
space left	,-1,-2,-2,-1,-3,14,-1,-1,-2,-1
space the	,,,,,,2,,,,
spaces	,,-1,-1,3,,,,,,
spaces but	,,,,1,,,,,,
specified inactivity	,,,,,,,,1,,
specified pattern	,,-1,-1,,,,1,,1,
sphinx build	,-1,-1,-1,6,-2,-1,,,2,-1
splitting	,-1,-1,-1,4,-1,,,,-1,
spotless	,,-1,,2,,,,,,
spurious	,,,-1,,-1,,,,3,
spurious network	,,,-1,,-1,,,,3,
src	,2,-3,1,2,-2,,3,,-1,
stacktrace	,-1,1,-3,2,-2,1,3,,,-1
stage 1	,,,,,,1,,,,
stalled	,,-1,,,-1,,,4,-1,
stalled build	,,-1,,,-1,,,4,-1,
standard	,,-1,-1,2,-1,1,-2,,2,
standard no	,,,,1,,,,,,
start 1	,,-1,2,,2,,-1,,-2,
start 2	,,-1,2,,,,,,-1,
start package	,,,,,,,2,,-1,
start xhex	,,-1,-1,,-1,,,,,4
startalarm	,,,,,,,,2,,
startalarm func1	,,,,,,,,2,,
started by	,,-1,-1,,1,,,,-1,3
starting test	,,-1,-1,,,,1,,1,
starts	,-1,-2,-1,-1,-1,1,2,4,-2,
starves	,,,,,-1,3,,,,
starves it	,,,,,-1,3,,,,
statement no	,1,,-1,1,,,,,,
static routes	,,,,,,,1,,,
static xurl	,-1,-1,,3,,,,,-1,
status	-1,4,-10,-1,-3,3,-1,-1,1,6,4
status 403	,,-1,,,4,,,,-2,
status 503	,,,,,,,,,2,
status code	,-1,2,-3,-1,-2,,2,,4,-1
std	,5,,1,-1,-2,1,-1,,,-1
steps	,-1,-1,-3,-1,9,,-1,1,-3,-1
stop	,2,1,-3,-1,3,1,-1,,-2,-1
stop working	,,,,,,2,,,,
stopped subcommand	,3,,,,,,,,-1,
stopping	5,,-1,1,-1,,,,-1,-2,
str	,1,-1,-1,,1,,,,,
str none	,1,,,,,,,,,
strategies	,,-1,,,,,-1,,2,
stream	,-1,,,-1,-2,-1,-1,-1,6,-1
streamwriter	,,,,,,1,,,,
streamwriter flush	,,,,,,1,,,,
strictequal	,,,,,,,1,,,
strictly	,-1,-1,-1,,1,,4,,-2,
strictly equal	,,-1,,,2,,1,,-1,
string	-1,3,8,-6,1,3,,,-2,-6,-2
string undefined	,1,,,,,,,,,
strong test	,,,,,,,1,,,
style	,-2,1,-2,5,-1,,,,-1,
style issues	,,,-1,3,-1,,,,,
style violations	,,,,1,,,,,,
styles	,,-1,,2,,,,,,
subcommand failed	,3,,,,,,,,-1,
submit	,-1,2,-1,,-2,2,,2,-2,-1
submit full	,,,,,,3,,,-1,
succeed	,,-1,1,,1,,,,,
suites	,-1,,,-1,-1,,-2,3,,2
suites 1	,,,1,,,1,-1,,-1,2
summary	,-1,-1,-1,1,-1,-1,5,-1,-1,1
summary info	,-1,2,,-1,-1,-1,2,,-1,
support	,3,,2,-1,3,-1,-2,-1,-2,-1
support targeting	,,,1,,,,,,,
supported	,-2,-4,-1,-1,10,-1,1,1,-1,-1
supports	,,1,4,,-1,,,,-2,
supports net	,,,1,,,,,,,
surefire	,-1,2,-1,-1,-1,-1,1,3,-1,
surefire plugin	,,1,-1,,-1,,3,,,
symbol	,7,6,-2,-1,-5,-1,-1,-1,-2,-1
symbol variable	,2,-1,-1,,,,,,,
sys boot_completed	,,-1,-1,,-1,-1,,7,-1,-2
syscall write	,,,,,,1,,,,
system	-1,-3,7,-1,-3,,3,3,-3,,-2
system io	,,-1,,,-1,4,,,-1,
system missingmethodexception	,-1,5,-1,,-1,,,,-1,
system string	,-1,3,-1,,-1,,,,,
tag	,-1,-2,-3,-2,10,,-2,4,-2,-1
tag xpath	,,,-1,,3,,,,-1,
target	-1,-3,,14,-3,-3,-2,2,-3,-7,6
target in	,,-1,,,,,2,,,
target net	,,,1,,,,,,,
targeting	,,,1,,,,,,,
targeting net	,,,1,,,,,,,
task core	,1,,,,,,,,,
task definition	,,-1,-1,,1,,,,-1,3
tcp	,-1,-2,-2,-1,1,-1,-2,-1,10,-1
tee	,,-1,-2,,-3,,,,2,4
temporary	,-1,-1,-3,-1,1,,-1,,6,
temporary failure	,,-2,-2,-1,1,,-1,,6,
terminate	,-1,-2,-1,-1,-1,-1,-2,7,3,
terminate orphan	,,-1,-1,,-1,-1,-1,6,-2,
terminated	-1,,-5,,-2,-4,12,-2,1,-4,4
terminated by	,-1,-1,-1,,-1,6,-1,-1,-1,
terminated program	,-1,,,,,4,,,,
terminated with	,,,-1,,-1,2,,,,2
terminates	,,,,,-1,3,,,,
terminates the	,,,,,-1,3,,,,
terraform fmt	,,-1,-1,4,-1,,,,,
terraform validate	,3,-1,,,-1,,,,,
test	-3,-4,-4,-4,-9,-5,4,19,7,4,-5
test 1	,,-1,1,,4,,-2,-1,-2,
test buildmode	,2,,,,,,,,,
test cases	,,,,,,,1,,,
test default	,,1,-1,,-1,,3,,,
test execution	,,-1,-1,,-1,,2,-1,,2
test failed	,1,-4,-2,-1,,,3,1,3,-1
test failures	,-1,4,-1,,-1,,2,,-2,
test files	,-1,,1,-1,-1,,1,-1,2,
test gofmt	,-1,,,2,,,,,,
test host	,,,,,,,,1,,
test on	,,-1,-1,,-1,,4,,,
test passed	,,,,,,,3,,-1,
test project	,,-1,2,,2,,-1,,-2,
test result	,,-1,,,2,,,,1,
test results	,,-1,-1,,-1,,4,2,-3,-1
test run	,-1,-2,-2,-1,1,,5,2,-1,
test session	,-1,-2,-1,-1,-1,2,2,4,-2,
test suites	,-1,,,-1,-1,1,-2,3,-1,2
test summary	,-1,2,,-1,-1,-1,2,,-1,
test test	,,,-1,,,,2,,,
test that	,,,,,,,1,,,
test time	,,-1,1,,2,-1,,-1,1,
test timed	,-1,-1,-1,-1,-1,-1,-1,8,-2,
test to	,,,,,,,2,,-1,
test xpath	,1,-4,2,-1,,3,1,-2,,-1
testcodefailure	,,-1,,,-1,,4,,-1,
testcontext	,,-1,,,,,-1,,3,
testcontext anonymous	,,,,,,,,,1,
testhost	,,,,,,,,1,,
testhost and	,,,,,,,,1,,
testing	,,4,-4,1,-2,-1,4,2,-3,-2
testing run	,,,,,,,1,3,-1,
testing runtests	,,,,,,,,1,,
testing startalarm	,,,,,,,,2,,
testing trunner	,-1,-1,-1,-1,-1,-1,1,2,2,
tests	-1,-2,2,-5,-5,-8,2,16,5,-1,-3
tests 1	,,,-1,,,,2,-1,,
tests 10	,,,,,,,1,,,
tests 120	,,,,,,2,,,,
tests 2	,,,,,,,3,,-1,
tests and	,,,,,,,,2,,
tests completed	,,-1,-1,,-1,1,4,-1,-1,
tests dll	,,-1,,,1,,3,,-1,
tests failed	,-1,-2,1,-1,3,-1,3,-1,-1,-1
tests has	,,,,,,,,1,-1,
tests in	,,-1,-1,,,,3,,,
tests passed	,,-2,1,-1,1,-1,2,-1,2,-1
tests run	,,2,,,,,,,,
tests see	,,-1,,,-1,1,2,,,
tests succeeded	,,-1,,,-1,,4,,-1,
tests xnum	,,,,,,,2,,,
tests xpath	,,-1,,,-1,,4,,-1,
text 0	,4,-1,-1,,,,,,,-1
tf	,4,1,-1,-1,-1,,-1,,-1,
that	-1,-4,-1,10,-2,-4,4,4,-5,2,-2
that always	,,,,,,,1,,,
that failed	,,,,,,,1,,,
that requirement	,,,1,,,,,,,
that satisfies	,,-1,2,,-1,,,,,
that supports	,,,1,,,,,,,
that terminates	,,,,,-1,3,,,,
that two	,,-1,,,,,3,,-1,
the	-2,-11,5,10,-6,2,-5,-1,10,7,-8
the action	,,,,,,,,1,-1,
the active	,,,,,,,,1,,
the build	,3,-1,-3,3,-1,2,-1,2,-2,-1
the class	,,4,-1,,-1,,,,-1,
the code	,,-1,-1,2,2,,,,-1,
the condition	,,,,,-1,,,3,-1,
the current	,1,6,,-1,-1,-1,,-1,-2,-1
the daemon	,,,,,-1,3,,,-1,
the dependencies	,,-1,5,,-1,,,,-2,
the details	,,,,,,,,1,,
the end	,,,,,,1,,,,
the fix	,,-1,-1,3,,,,,,
the hosted	,,-1,,,-2,-1,-1,1,5,
the include	,-1,-1,-1,,,,,,,4
the individual	,,-1,,,,,2,,,
the job	,,-1,-1,-1,2,-1,2,4,-2,-1
the last	,,-1,,,-1,,,4,,
the local	,,,3,,-1,,,,-1,
the lock	,3,1,3,-1,-3,,-1,1,-2,
the lockfile	,,-1,5,,-1,,,,-1,
the machine	,,-1,-1,,-2,4,,-1,3,
the maximum	,,-1,-1,,-1,-1,2,3,-1,
the method	,-1,5,-2,,-2,,-1,-1,1,
the net	,,,1,,,,,,,
the next	5,,-1,-1,-1,-1,,-1,1,-1,
the numpy	,,3,,,,,,,-1,
the operation	,-1,,-3,-1,-4,-1,-2,11,1,-1
the package	,-1,,2,,4,,,-1,-2,
the report	,,-1,,,-1,1,2,,,
the requirement	,,-1,5,,-1,,,,-1,
the runner	,,-1,-1,,-3,4,,-2,5,
the self	,,,,,-2,3,,,1,
the server	,,-1,-3,-1,3,2,,-1,1,-1
the type	,3,,1,,-2,,,,-1,
then else	,,,,1,,,,,,
there	,-2,2,-2,4,-5,,6,-1,,-1
there are	,-1,3,-1,5,-4,-1,3,-1,-3,
there was	,,-1,,,-2,,1,,2,
there were	,,,-1,,-1,,2,,,
these violations	,,,,1,,,,,,
they have	,,,-1,,,,,,2,
this error	,1,-1,-1,-3,,2,-1,2,2,-1
this field	,-1,1,-1,,-2,,,,-1,4
this if	,,-1,-1,1,,,-1,,2,
this is	,,-3,-6,-2,-2,-1,3,,12,-1
this potentially	,,-1,,,-1,,,4,-1,
this property	,,-1,-1,,1,,,,-1,3
this scope	,1,,,,,,,,,
thrashing	,,,,,,2,,,,
throw string	,,,,,,,2,,-1,
thrown exceeded	,,,,,,,1,3,-1,
time	-1,,-2,-1,-2,1,-1,4,7,-7,3
time 00	,,,,,,,1,,,
time 14	,,-1,,,-1,,,,-1,4
time action	,,,,,,,2,,-1,
time gofunc	,,,,,,,,2,,
time limit	,,,,,-1,-1,,3,,
time of	,,-1,-1,,-1,-1,2,3,-1,
time real	,,-1,1,,2,-1,,-1,1,
timed	,-2,-5,-4,-2,-5,2,-2,16,4,-1
timed out	,-2,-4,-4,-2,-5,2,-2,13,5,-1
timeout	-1,-4,-8,-6,-2,,-4,-6,27,9,-4
timeout 10	,,,-1,,1,,-1,2,-1,
timeout of	,-1,-1,-1,-1,-1,-1,,7,-2,
timeout waiting	,,-1,,,-1,,-1,4,,
timeout was	,,,,,,,,,2,
title 1	,,,,,,,1,,,
tls	,,-1,,,-1,,,,3,
tls handshake	,,-1,,,-1,,,,3,
to 1	,3,-1,-1,,-2,,,,2,
to add	,3,-2,6,-1,-1,-1,-1,,-2,
to adjust	,,,,,,,,1,,
to agent	,,2,-1,-1,-1,,-1,-1,-2,4
to allocate	,-1,2,-1,,-1,4,-1,,-2,
to an	,6,-4,2,-1,-2,,,,,
to atomic	,,,,-1,,,,3,,
to be	,-1,-3,2,-2,8,-2,2,,-1,-2
to boot	,,-1,-1,,-1,-1,-1,6,,-1
to check	,,-1,-1,4,-1,,,,-1,
to create	,-1,,,-1,7,1,,,-4,-1
to download	,-2,-5,,-1,-1,-1,-1,-1,8,4
to dump	,,,,,,,1,,,
to err	,,,,3,-1,,,,,
to fetch	,-1,-3,1,-1,1,-1,-1,,5,-1
to find	,1,-5,7,1,-2,-1,-1,-1,2,-1
to finish	,,-2,,3,,,-1,3,-2,-1
to fix	,-1,2,,3,-2,,,,-1,
to install	,-2,9,2,-1,-4,-1,-1,-1,,-1
to int	,2,,,,,,,,,
to network	,,,-1,,-1,,,,3,
to override	,-1,,1,1,,,,,,
to parameter	,4,-1,-1,,-1,,,,,
to prevent	,-1,-2,2,4,-1,-1,1,-1,,-1
to previous	,-1,4,-1,1,,,,,-2,
to push	,,-1,-1,,5,,,,-2,
to read	,3,-1,-1,,,,,,1,
to repository	,,-1,-1,,4,,,,-1,
to rerun	,,-1,,,,,1,,1,
to select	,,-1,3,,,,,,-1,
to type	,2,,,-1,-1,,,,,
to undefined	,-1,5,,,-1,,-1,,-1,
to update	,,-1,4,-1,-1,,,,-1,
to version	,,-1,3,,-1,,,,-1,
tobe	,,,,,,,1,,,
tobe expected	,,,,,,,1,,,
tobe true	,,,,,,,1,,,
tojson	,,-1,,,-1,,4,,-1,
token	-1,-3,4,-8,-2,12,-2,-2,-2,1,2
tokens	5,,-1,,-1,-1,,,-1,-1,
tomatchsnapshot	,,-1,,,-1,,4,,-1,
too	,-3,,-5,7,5,2,-2,-1,-1,-2
too long	,-1,-3,-3,5,6,-1,-1,,-2,
toomanyrequests	,,,,,-1,,,,3,
toomanyrequests you	,,,,,,,,,1,
top	,-1,1,2,-1,-1,,,,1,-1
top required	,-1,2,,-1,-1,,,,2,
tostrictequal	,,,,,,,1,,,
tostrictequal expected	,,,,,,,1,,,
total	-1,-5,-1,-2,3,-2,2,4,-4,1,4
total test	,,-1,1,,2,-1,,-1,1,
total time	,-2,1,,-1,2,-1,3,,-5,4
totalwithtax	,1,-1,,,,,,,,
trailing	,,,,2,,,,,,
trailing whitespace	,,,,2,,,,,,
transfer	,,1,-4,,,,-1,,6,
transfer artifact	,,-1,-2,,2,,,,2,
transport	,,-1,-1,,-2,,,,6,
travis_time start	,,-1,-1,,-1,,,,,4
treating	,,-1,-1,3,,,,,,
treating warnings	,,-1,-1,3,,,,,,
tried	,-1,-3,1,-1,,3,2,-1,,
tried to	,,-1,-1,,2,3,-1,,-2,
tries	,,,-1,,-1,,,,3,
tries remaining	,,,-1,,-1,,,,3,
trim	,,,,1,,,,,,
trim trailing	,,,,1,,,,,,
trunner	,-1,-1,-1,-1,-1,-1,1,2,2,
trunner xhex	,,,,,,,1,2,-1,
try	,5,-1,2,1,1,-1,-2,-2,,-2
try rustc	,3,1,,-2,-1,,,,-1,
ts2305	,-2,5,,,-1,,,,,
ts2305 module	,-2,5,,,-1,,,,,
ts2322	,,,1,,,,,,,
ts2322 type	,,,1,,,,,,,
ts2339	,3,-1,1,,-1,,,,,
ts2339 property	,3,-1,1,,-1,,,,,
ts2345	,4,-1,-1,,-1,,,,,
ts2345 argument	,4,-1,-1,,-1,,,,,
tsc	,2,3,1,-1,1,-1,-1,,-1,-1
tsc noemit	,1,,1,-1,-1,,,,,
tsc tsconfig	,1,,,,,,,,,
tsconfig	,1,,,,,,,,,
tsconfig json	,1,,,,,,,,,
tsl	,1,,,,,,,,,
tsl error	,1,,,,,,,,,
txt	,-2,-2,8,-1,-4,-1,2,-1,1,
type	-1,20,1,-3,,-7,,-2,-4,-3,
type got	,2,-1,,,,,,,,
type is	,1,,,-1,,,,,,
type number	,1,,,,,,,,,
type optional	,1,,,,,,,,,
type or	,3,-1,2,,-1,,,,-1,
type request	,1,,,-1,,,,,,
type str	,1,,,,,,,,,
type string	,6,-3,1,1,-1,,-1,,-3,
type undefined	,1,,,,,,,,,
typecheck	,5,-1,-1,-1,-1,,-1,,-1,
typecheck failures	,3,-1,-1,,,,,,-1,
types	,14,-1,-2,-3,-3,2,-2,-1,-3,-1
types in	,5,-2,-1,-1,-1,,,,-1,
types possible	,1,,,,,,,,,
u32 found	,1,,,,,,,,,
u8	,2,-1,,-1,,,,,,
ubuntu com	,,,-2,,,,,,3,
uint8_t	,2,-1,-1,,,,,,,
uint8_t is	,2,-1,-1,,,,,,,
un	,,-1,-1,4,-1,,,,,
un formatted	,,-1,-1,4,-1,,,,,
un sorted	,,-1,-1,4,-1,,,,,
unable	-1,,3,4,-3,3,-2,-3,-3,6,-4
unable to	-1,,3,4,-3,3,-2,-3,-3,6,-4
unavailable	,-1,-1,,-1,-3,-1,,,7,-1
unchanged	,,-1,,4,,,,,-1,
undeclared	,3,-3,8,-1,-2,-1,,,-1,-1
undeclared type	,3,-1,-1,,,,,,,
undefined	-1,15,7,3,-4,,-3,-4,,-9,-4
undefined is	,1,,,,,,,,,
undefined method	,5,4,-1,-1,-2,-1,-1,-1,-2,-1
undefined reference	,3,1,-1,,-1,,,,-1,-1
unexpected	-1,2,,-9,2,8,-4,-5,,11,-3
unexpected blank	,,,,1,,,,,,
unexpected console	,1,,-1,1,,,,,,
unexpected http	,,-1,-1,,-1,,,,4,
unexpected value	,-1,-2,-1,,7,,,,-2,
unexpectedly	,-1,1,-2,-1,-3,3,-1,,3,
unexpectedly it	,,-1,-1,,-1,3,,,1,
unfinished	,2,1,,-1,-2,,-1,1,,-1
unfinished jobs	,2,1,1,-1,-2,1,,-1,,-1
unittests	,,-1,,,,,2,,,
unittests xpath	,,-1,,,,,2,,,
unless	,,2,-1,2,-1,,,,-1,
unnecessary	,,-1,-1,3,,,,,,
unoptimized	,,-1,,,,,2,,,
unoptimized debuginfo	,,-1,,,,,2,,,
unpacking	,,-1,,,,4,-1,,-1,
unresolved	,7,5,4,-3,-4,-1,-1,-1,-4,-1
unused	,-1,-2,-3,8,-2,-1,-1,,2,-1
unused variable	,-1,-1,-1,3,-1,,,,,
unused vars	,,-1,-1,3,,,,,,
update	,-4,7,4,-3,,-1,1,-2,1,-3
update bundler	,,2,,,,,,,,
update your	,,,1,,,,,,,
upgrade failed	,,,,-1,,,,3,,
upgrade install	,,-1,-1,-1,-1,,,5,-1,
upgrading	,,,,,-1,,,,2,
upgrading xurl	,,,,,-1,,,,2,
urllib3	,,,,,,,,,2,
usage	,-2,-1,-1,-2,12,-1,-1,-1,-2,-1
use	-1,6,9,-8,8,4,-6,-7,-2,-3,-2
use apt	,,,-1,2,,,,,,
use crate	,2,-1,,,,,,,,
use np	,,3,,,,,,,-1,
use version	,,,1,,,,,,,
used	5,3,-5,5,10,-6,-2,-1,-2,-4,-2
used instead	,,,-1,,,,,,2,
used no	,,-1,-1,3,,,,,,
used xpath	,-1,-1,,2,,,,,,
useeffect	,,-1,-1,2,,,,,,
useeffect has	,,-1,-1,2,,,,,,
username	,,-1,-2,,5,-1,1,-1,,
username for	,,,-1,,3,,,,-1,
uses	,,-1,-1,,7,,,,-3,-1
using 2	,,,,,,,1,,,
using directive	,4,-1,-2,1,-1,,,,-1,
utils	,-1,-2,-1,,2,1,-1,3,-1,
utils reportoomfailure	,,,,,,1,,,,
v2 3	,,,-1,-1,,,,,1,2
v8	,,,,,,1,-1,,1,
v8 fatalprocessoutofmemory	,,,,,,1,,,,
v8 internal	,,,,,,1,,,,
v8 oomdetails	,,,,,,1,,,,
v8 utils	,,,,,,1,,,,
validate on	,,,,1,,,,,,
value in	,1,-1,,,,,,,,
value of	,-2,,-2,5,1,,-1,,-1,
value type	,2,-1,,,,,,,,
values	,-2,8,-4,-1,1,-1,3,-1,-2,-1
values to	,-1,-1,-1,,1,,2,,,
variable	,6,-2,-5,2,6,-2,-2,-2,,-2
variable has	,4,-1,,,,,,,,
variable total	,,-1,,2,,,,,,
variables	,-2,-2,1,1,-2,-1,-1,-1,,6
vars	,,-1,-1,2,2,,,,-1,
verify no	,,,,2,,,,,,
version	-2,-5,2,14,-3,11,-7,-4,2,-6,-3
version 3	,,1,5,,-3,,,,-1,
version for	,,1,2,,,,,,-1,
version is	,,-1,3,,-1,,,,-1,
version of	,-1,-1,8,-1,-4,-1,-1,-1,3,-1
version solving	,,-1,2,,3,,-1,,-1,
version that	,,-1,4,,-1,,,,-1,
versions	,-2,2,,5,3,-2,-2,1,-2,-1
versions for	,,,1,,,,,,,
versions found	,,-1,2,,,,,,,
versions in	,,-1,-2,7,-1,,,,-1,
vet	,3,-1,-1,2,,,-1,,-1,
vet typecheck	,3,-1,-1,,,,,,-1,
violation	,,,,1,,,1,,,
violation help	,,,,1,,,,,,
violations	,-1,-2,-2,12,-2,-1,-1,-1,-3,-1
violations please	,,,,1,,,,,,
wait	,-2,-4,-4,-2,-5,-2,-1,11,5,2
waiting	-1,,-6,-5,1,1,3,-4,14,1,-3
waiting for	-1,1,-4,-2,1,-4,3,-2,9,2,-3
warn code	,,,-1,3,-1,,,,,
warn xpath	,,,,1,,,,,,
warning build	,,-3,,3,,,-1,,-2,3
warning error	,-1,-1,2,,-1,,,,-1,4
warning pin	,,,-1,3,,,,,,
warning spurious	,,,-1,,-1,,,,3,
warning unexpected	,1,,-1,1,,,,,,
warning use	,,,-1,2,,,,,,
warnings	,-3,-2,2,11,-1,-1,-2,-1,-1,-1
warnings 0	,,,,1,,,,,,
warnings add	,,,,1,,,,,,
warnings as	,,-1,-1,3,,,,,,
warnings potentially	,,,,1,,,,,,
was	-2,-7,1,-1,3,4,-1,1,9,,-6
was 2	,,-1,,,,,3,,-1,
was aborted	,,,,,,,,1,,
was canceled	,-1,-3,-2,-1,-4,-1,-1,12,2,-1
was reached	,,,,,,,,,2,
was removed	,,5,-1,,-2,,,,-1,
was terminated	,,,,,,2,-1,-1,,
were emitted	,-1,-1,2,1,,,,,,
were failing	,,-1,,,-1,1,2,,,
when the	,,-1,-1,,-1,1,2,,2,
when your	,,,1,,,,,,,
which	,-2,5,2,-2,1,-2,1,,,-2
which didn	,,-1,2,,,,,,,
while installing	,,-2,5,,-1,,,,-1,
while resolving	,,,2,,,,,,-1,
while running	,-1,-3,,,2,-1,2,-2,3,-1
whitespace	,-1,4,-2,6,-3,-1,-1,-1,-1,-1
whitespace fix	,,-1,-1,4,-1,,,,,
whitespace formatting	,,-1,-1,4,-1,,,,,
whitespace passed	,,,,1,,,,,,
will stop	,,,,,,2,,,,
with	-6,-1,-4,-1,2,10,3,-7,,-5,8
with exit	-2,-1,-6,5,,2,,2,2,,-2
with failed	,,2,-1,,,,4,,-3,-1
with google_checks	,,,,1,,,,,,
with length	,,,,,,,3,,-1,
with package	,,3,-1,,-1,,,,,
with preprocessed	,,,,,,3,,,-1,
with this	,-1,-2,5,,1,,,,-2,
with total	,,,-1,5,-2,,,,-1,
with valid	,,,,,,,2,,,
with write	,,,,2,-1,,,,,
wl	,5,-1,-1,,,,-1,,-1,-1
wl as	,4,,-1,,,,,,-1,
wl relro	,2,,,,,,,,,
word	,-1,-1,-1,4,-1,,,,-1,
word splitting	,-1,-1,-1,4,-1,,,,-1,
worker	,-1,-3,-1,,-1,3,-2,-2,6,2
worker consolereportworkaction	,,,,1,,,,,,
worker exited	,,-1,-1,,-1,,,,,3
worker process	,,,,,,2,-1,-1,,
workflow	,-1,-3,-3,-1,12,2,-1,-1,-3,-1
workflow directory	,,,-1,,1,,,,1,
workflow that	,,,,,-1,3,,,,
working	,-1,1,-3,,3,1,-1,-1,1,-1
working when	,,,,,,2,,,,
would	,-1,1,1,3,1,-1,-1,,-2,-1
would be	,-1,-1,-1,4,1,,,,-1,
would reformat	,-1,2,-1,3,-1,,,,-1,
write	,-2,-3,-6,4,-3,5,2,-1,7,-1
write to	,,,,2,-1,,,,,
write xpath	,,-1,-1,,-1,2,,,2,
writeatoffset	,,,,,,1,,,,
writeatoffset safefilehandle	,,,,,,1,,,,
wrong type	,-1,,,2,,,,,,
wrong with	,,-1,,,-1,,,4,-1,
x0 xhex	,,,,,,2,,,-1,
x1 0	,,,,,,2,,,-1,
x230	,,,,,,,2,-1,-1,
x32	,,,,,,,,1,,
x44	,,,,,,,1,,-1,
xc	,4,-1,1,-1,-1,-2,2,-1,-3,2
xcopyof	,,,,,,2,-1,,,
xcopyof arrays	,,,,,,2,-1,,,
xcpp	,4,-2,3,-1,,-1,2,-1,-1,-1
xcs	,9,-3,-3,7,-4,-1,,-1,-2,-1
xcs line	,,1,-1,,,,1,,,
xd	,3,-2,-1,,,3,,,-2,
xdist	,,,,,,1,,,,
xdts	,-2,5,1,,-1,,-1,,-1,
xexe	,2,9,-1,-1,-1,3,-1,-1,-5,-3
xexe command	,,6,-1,-1,-1,,-1,,-1,-1
xexs	,,-1,-1,,-1,-1,4,1,,-1
xgit	,,-1,-2,,4,,,,1,
xgo	-1,13,,-3,5,-6,-1,-5,1,,-3
xgo 176	,,,,,,,,1,,
xgo 24	,4,,,,,,,,-2,
xgo xnum	,-1,-1,,-1,-1,-1,1,3,,
xh 10	,2,-1,-1,,,,,,,
xhex 0	,-1,-1,-1,,1,1,,2,-2,
xhex 53	,,,-1,,,,,-1,-1,4
xhex start	,,-1,1,,-2,,,,-1,4
xhex xhex	,-1,-2,-1,,1,3,-1,2,,-1
xhex xnum	,,,-1,3,-1,1,,,-1,
xjava	,7,2,-3,,-2,-1,-1,,-2,-1
xjs 12	,,,1,,,,1,,,
xjs 93	,,,-1,,,,,,-2,4
xkt	,-1,,1,6,-1,-1,-1,,-2,-1
xkt 14	,,,,1,,,,,,
xmake	,2,-2,2,-1,-1,,-1,-1,,2
xmake 76	,,,,,,1,,,,
xmake 97	,2,,,,,,,,,
xmd	,,-1,-1,3,-1,,1,,-1,
xml ruleset	,,-1,,3,,,,,,
xnum	1,-7,-6,-6,-2,-9,9,4,13,2,1
xnum 0	,-1,,,-2,,,1,2,,-1
xnum 3	,,1,-1,,,,-1,,1,
xnum 4	,,-1,-1,,-1,,,,3,
xnum 5	,,2,,,-1,,,,-1,
xnum 6	,,-1,2,,2,1,-1,,-2,
xnum 8	,,,-1,,-1,,,,2,
xnum 9	,,,,,,1,,,,
xnum assertions	,,,,,,,2,,,
xnum bind	,,-1,,,,,-1,-1,5,
xnum bytes	,-1,2,-1,,-1,6,-1,-1,-3,
xnum emu	,,,,,,,,2,,
xnum killed	,,-1,-1,-1,-1,8,-1,,-1,-1
xnum ms	,-1,-1,2,-1,-2,,,2,-3,5
xnum pytest	,,,,,,,,2,,
xnum running	,,,,,,,-1,,1,
xnum testhost	,,,,,,,,1,,
xnum tests	,,-1,,,-1,,2,-1,1,
xnum violations	,,-1,,4,-1,,-1,,-1,
xnum warning	,,-1,-1,,-1,1,,,-1,3
xnum was	,,,,,,2,-1,-1,,
xnum xhex	,-1,-2,,-1,-1,4,-1,1,,-1
xnum xpath	,-2,1,1,-1,-3,2,,4,-1,-1
xo	,11,-7,-2,-2,-6,5,-2,-1,,5
xo error	,-2,-2,3,-1,-1,2,-1,-1,-1,3
xo in	,2,,,,,,,,,
xorig	,-1,,,2,,,,,,
xorig xpath	,-1,,,2,,,,,,
xpath	-10,8,10,-3,,,2,5,-9,1,-4
xpath crate	,-2,-1,2,,,2,,,,
xpath elapsed	,,,,,,,2,,-1,
xpath emulator	,,,,,-1,,,4,-1,-1
xpath error	,,5,1,-2,-3,2,-2,-1,,
xpath expect	,,-1,,,-1,,2,,2,
xpath failed	-1,-3,-3,-1,-4,-1,-4,2,3,-1,12
xpath fixable	,,,,1,,,,,,
xpath for	,,-1,-1,,-1,,2,,2,
xpath formatted	,,,,2,,,,,,
xpath has	,-1,3,,,-1,,,,,
xpath lru	,,,,,,,2,,-1,
xpath or	,-1,-1,1,,-1,3,,,,
xpath shell	,,,,,-1,,,4,-1,-1
xpath test	,-1,-3,3,1,,4,-3,-1,,-1
xpath timeout	,,-1,-1,,1,,,,3,
xpath tls	,,-1,,,-1,,,,3,
xpath use	,,,-1,1,2,,,,-1,
xpath xc	,4,-1,1,-1,-1,-2,2,-1,-3,2
xpath xcopyof	,,,,,,2,-1,,,
xpath xcpp	,4,-2,3,-1,,-1,2,-1,-1,-1
xpath xcs	,9,-3,-3,7,-4,-1,,-1,-2,-1
xpath xdts	,-2,5,1,,-1,,-1,,-1,
xpath xexe	,2,9,-1,-1,-1,3,-1,-1,-5,-3
xpath xexs	,,-1,-1,,-1,-1,4,1,,-1
xpath xgit	,,-1,-2,,4,,,,1,
xpath xgo	-1,13,,-3,5,-6,-1,-5,1,,-3
xpath xhex	,,,,,,,1,2,-1,
xpath xjava	,7,2,-3,,-2,-1,-1,,-2,-1
xpath xkt	,-1,,1,6,-1,-1,-1,,-2,-1
xpath xmake	,2,-2,2,-1,-1,,-1,-1,,2
xpath xmd	,,-1,-1,3,-1,,1,,-1,
xpath xo	,11,-7,-2,-2,-6,5,-2,-1,,5
xpath xorig	,-1,,,2,,,,,,
xpath xphp	,5,10,-5,-1,,-2,1,-2,-5,-2
xpath xpy	-1,4,7,-2,4,-8,-1,-1,-1,3,-4
xpath xrb	,-1,,4,2,-7,-2,9,-2,-1,-2
xpath xrs	-1,4,6,-5,5,-6,-1,4,-2,-2,-2
xpath xrst	,-1,-1,,6,-2,,,,-1,
xpath xso	,-1,-1,-1,,,3,,,1,
xpath xswift	,9,,-2,-1,-2,-1,-1,,-2,-1
xpath xts	,10,-2,-2,-1,,4,-2,-1,-2,-2
xpath xyml	,-1,-3,-2,,11,-1,-1,,-2,-1
xphp	,5,10,-5,-1,,-2,1,-2,-5,-2
xphp 22	,,,,,,,1,,,
xpy	-1,4,7,-2,4,-8,-1,-1,-1,3,-4
xpy 1	,-1,,-1,2,,,,,,
xpy 199	,2,-1,,,,,,,,
xpy 3	,-1,-1,2,1,,,,,,
xpy 44	,,,,,,,1,,,
xpy 5	,,,,1,,,,,,
xpy 57	,,-1,3,,,,,,,
xpy 88	,2,-1,,,,,,,,
xpy imports	,,,,2,,,,,,
xrb	,-1,,4,2,-7,-2,9,-2,-1,-2
xrb 10	,,-1,-1,,-1,,4,,-1,
xrb 12	,,,,,,,1,,,
xrb 14	,,,,1,,,1,,,
xrb 19	,,,,,,,3,,-1,
xrb 55	,,-1,,,,,3,,-1,
xrb 83	,,,,,,,1,,,
xrs	-1,4,6,-5,5,-6,-1,4,-2,-2,-2
xrs 12	,,-1,,2,,,,,,
xrs 14	,2,,,-1,,,,,,
xrs at	,-1,-2,-1,5,,,-1,,-1,
xrst	,-1,-1,,6,-2,,,,-1,
xso	,-1,-1,-1,,,3,,,1,
xso no	,,,,,,1,,,,
xswift	,9,,-2,-1,-2,-1,-1,,-2,-1
xtf line	,-2,6,,,-1,,,,-1,
xts	,10,-2,-2,-1,,4,-2,-1,-2,-2
xts 27	,2,,,-1,,,,,,
xts xpath	,-1,1,-1,,-1,3,,,-1,
xunit	,-1,-3,2,-1,2,,4,-1,-2,
xunit net	,,-1,,,,,1,,1,
xurl	-3,-6,3,8,4,3,-7,-2,-10,19,-7
xurl 502	,,,-1,,-1,,,,3,
xurl dial	,,-1,-1,,2,,,,2,
xurl double	,,,,3,,,,,-1,
xurl error	,,-1,-1,,-1,,,,4,
xurl failed	,2,-2,-1,,-1,,-1,,4,
xurl on	,,1,,,,1,,,-1,
xurl unresolved	,3,,,,,,,,-1,
xurl xpath	,-2,,-5,3,7,-1,-2,-1,4,-1
xyml	,-1,-3,-2,,11,-1,-1,,-2,-1
yaml passed	,,,,1,,,,,,
you mean	,3,5,-3,,-2,,-1,,-1,
you missing	,3,-1,1,,-1,,,,-1,
your	-1,-3,1,-2,-3,7,-1,-4,-3,7,3
your lock	,,-1,2,,,,,,,
your package	,,-1,1,,-1,,,,2,
your php	,,,1,,,,,,,
your pull	,,,,,-1,,,,2,
your requirements	,,,1,,,,,,,
your workflow	,,,,,-1,3,,,,
zookeeper	,,-1,-1,,-1,,-1,,-1,5`
};

;// CONCATENATED MODULE: ./src/core/classify/learned/scorer.ts
// The evidence model's own chunk: the committed weights and what reads them. Imported only
// dynamically (src/core/classify/learned/index.ts), so a run the rules settle never loads it.



let model;
/** Class probabilities of a text, most likely first. */
function posterior(text) {
    model ??= loadWeights(WEIGHTS);
    return predict(model, features(text));
}


/***/ })

};
