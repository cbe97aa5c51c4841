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
    bias: [-23, -4, 9, 7, -2, 10, -10, 1, -7, 23, -5],
    features: `0	-5,-4,10,5,-4,-6,-8,7,-4,6,3
0 0	-1,-3,,10,1,,,-5,-2,3,-2
0 00	,-2,3,-2,-2,-1,-1,9,-1,-2,-1
0 000	,,-1,,,,,4,,-1,
0 01	,-1,2,-1,-1,-1,,3,,-1,
0 02	,-1,-2,-2,,-1,,3,,4,
0 03	,,,,,,,2,,-1,
0 1	,-2,7,-2,-2,6,,-6,-2,4,-1
0 2	,-1,3,4,-1,-1,,-4,,,
0 231	,,,,,,,2,,-1,
0 31	,,-2,-1,-1,-1,,2,,-2,6
0 bytes	,,,-1,,,,,,2,
0 check	,,-1,-1,4,,,-1,,,
0 compile	,1,,,,,,,,,
0 either	,,,1,,,,,,,
0 errors	,1,2,-2,1,-1,,,,-1,
0 filtered	,,,,,,,,,1,
0 from	,3,-2,,-1,-3,,,,-2,6
0 ignored	,,-1,,,,,1,,,
0 lint	,,,,2,,,,,,
0 mb	,,,,,,2,,,-1,
0 measured	,,,,,,,,,1,
0 ms	,-1,-1,,-1,,1,2,1,,
0 release	,,3,1,,,,-1,,-2,
0 skipped	,,,,,,,,,1,
0 skips	,,,,,,,2,,,
0 time	,,3,,,,,-1,,,
0 total	,,2,,,,,-1,,,
0 warnings	,,-1,1,2,,,,,,
0 x0	,,,,,,,1,1,,
0 x1	,,-1,,,,,1,3,-1,
0 x230	,,,,,,,2,,-1,
0 x2d	,,,,,,,,1,,
0 x32	,,,,,,,,1,,
0 x385	,,,,,,,,1,,
0 x44	,,,,,,,1,1,-1,
00	,-3,,-5,-2,,,8,,3,-1
00 00	,,-1,,-1,,1,1,,,
00 mb	,,-1,,1,,,1,,,
00 ms	,,,,,,,-1,2,1,
000	7,-1,-1,-1,-1,-2,-1,3,-1,-2,
01	,-2,1,-1,-1,4,-1,4,-1,-3,-1
02	,-1,,-4,-1,,-1,6,-1,2,
1	-1,-2,-4,4,2,-2,-4,-1,1,-1,8
1 0	-1,5,,-1,2,-3,,,-1,,-2
1 10	,-1,5,-1,,,,-1,,-1,
1 2	,-1,6,-4,1,1,,1,-1,-3,-1
1 24	,-1,-1,4,,,,-1,,-1,
1 25	,-2,-1,7,-1,-1,,-1,,-2,
1 27	,-1,-1,-4,2,4,-1,-1,,-1,4
1 buffer	,,,,,,2,,,,
1 cannot	,3,-1,-1,,,,,,,
1 chan	,,,,,,,,1,,
1 checkstyle	,,,,1,,,,,,
1 e302	,,,,1,,,,,,
1 error	,3,7,-5,9,-2,-2,-4,-1,-3,-2
1 errors	,,-1,,,,,-2,,3,
1 exit	,8,-2,,-1,-1,-1,2,,-3,-2
1 f401	,,,,1,,,,,,
1 failed	,-2,2,,-2,2,-1,,-2,5,-1
1 failing	,,-1,-1,,,,2,,1,
1 failure	,,-1,-1,-1,,,,,3,
1 failures	,,,,,,,2,,,
1 file	,,1,-1,2,,,,,-1,
1 fixable	,,,-1,1,,,,,,
1 from	,,-1,2,,,,,,,
1 i001	,,,,1,,,,,,
1 invoice	,,,,,,,1,,,
1 leaving	,-2,-1,1,,-1,-1,,,,4
1 node	,,,,,,1,,,,
1 passed	,,,,,,,2,,-1,
1 previous	,3,-1,-1,1,,,,,-1,
1 test	,,-2,-1,-1,-1,,2,1,2,
1 tests	,,,,,,,2,,-1,
1 to	,2,-1,,-1,,,,,,
1 tries	,,,-1,,,,,,3,
1 unexpected	,,,,1,,,,,,
1 waiting	,,,-1,,,1,,,1,
1 with	,,,,1,,,,,,
1 xnum	,-1,-2,-3,-1,5,4,-2,-1,2,-1
1 xpath	,2,-1,-4,2,-3,3,-1,-1,3,
10	-1,-6,5,4,-1,-1,-4,-3,8,2,-4
10 0	,1,-2,4,,-1,,,,-1,
10 100	,,,,,,,1,,,
10 5	,,,,,,,1,,,
10 assertions	,,,,,,,1,,,
10 in	,-1,6,-3,,,,,,-1,
10 m0s	,-1,-1,-1,-1,-1,-1,-1,7,-1,
10 minutes	,,,,,,,,2,,
100	-1,,4,-3,2,-3,-1,-1,1,-1,2
100 characters	,,-1,,3,,,,,,
101 e501	,,-1,,3,,,,,,
103	,,-1,,3,,,,,,
103 100	,,-1,,3,,,,,,
118 tests	,,,,,,,1,,,
12	-1,1,-3,-4,5,-4,6,7,-4,2,-5
12 failures	,,-1,,,,,4,,-1,
12 in	,,-1,,,,,2,,-1,
12 it	,,,,,,,1,,,
12 ms	,,,1,,,,,,,
137	,-2,-4,,-2,-4,18,-2,-1,-1,-2
14	-1,1,-3,2,6,-5,-2,2,2,-4,3
14 1	,-1,-1,-1,5,,,-1,,-1,
14 14	,,-1,-1,,-2,,1,,-2,6
14 expect	,,,,,,,1,,,
14 failures	,,,,,,,1,,,
14 ms	,,,,,,,1,,,
143	,-1,-1,-2,1,-1,8,-1,,-1,-1
144	,1,,,,,,,,,
15 error	,-1,,,2,-1,2,,,-1,
150	7,,-1,-1,-1,-2,,,-1,-1,
151	,,,,,,,1,,,
17 5	,5,-2,-2,,-1,,,,,
176	,,-1,-1,,-1,,-1,,5,
176 0	,,,,,,,,1,,
177	,,,,,,,,3,-1,
18 undefined	,4,-1,,-1,,,,,-1,
182	7,,1,-1,-1,-2,,-1,-1,,
19 0	,,-1,2,,,,1,,-2,
199 error	,2,-1,,,,,,,,
2	-4,-1,2,2,4,-12,-7,12,1,5,-1
2 0	,-3,1,2,-3,3,1,1,-1,1,-1
2 1	,-1,-1,,1,,1,3,5,-6,-1
2 31	,,,,,,,1,,,
2 7	,,,1,,,,,,,
2 blank	,,,,1,,,,,,
2 errors	,2,-1,-1,2,,,-1,,,
2 failures	,,-1,,,,,2,,-1,
2 files	,,,,1,,,,,,
2 ineffectual	,,,,1,,,,,,
2 issues	,,,,1,,,,,,
2 ms	,,1,,,,,1,,-1,
2 offenses	,,,,3,,,,,-1,
2 spaces	,,,,1,,,,,,
2 test	,,,,,,,2,,-1,
2 tests	,,,,,,,1,,,
2 total	,,,,,,,1,,,
2 workers	,,,,,,,1,,,
2 xnum	,,-1,,,,,-2,,4,
20 1	,,,,1,,,,,,
20 fatal	,5,-1,-1,,-1,-1,,,,
23 passed	,,,,,,,1,,,
24 tests	,,,,,,,1,,,
25 0	,,-1,6,-1,-1,,-1,,-2,
263	,-1,4,-1,,,,-1,,-1,
27 error	,1,,1,,,,,,,
28 timeout	,,,,,,,,,1,
3	-3,-4,8,14,5,-8,-4,1,-7,4,-5
3 0	,-3,-1,-1,3,-1,,,-1,1,2
3 10	,-1,-1,5,,-1,,,,-1,
3 by	,,,,,,,1,,,
3 errors	,1,,,,,,,,,
3 has	,,,,,,,,1,,
3 levels	,,,,,,,-1,,3,
3 ms	,,,,,,,1,-1,1,
3 pluggy	,,-1,-1,,,,4,,-1,
3 problems	,,,,1,,,,,,
3 test	,,,,,,,1,,,
3 v8	,,,,,,1,,,,
3 xnum	,,-1,-2,-1,-1,2,2,,2,
30 minutes	,,,,,,,,1,,
300	,-1,-2,4,,,,,3,-1,
300 00	,,,,,,,,2,,
31	-1,,,-10,4,,-3,3,3,-2,4
31 1	,,-1,-2,,2,,-1,,-2,6
31 seconds	,,,,,,,1,,,
321	,,2,-1,,2,,-1,,-1,
345	,,,,,,,1,,,
360	,,,-1,,-1,,,6,-2,
360 minutes	,,,,,,,,2,,
4	-2,1,-1,3,8,-5,7,4,-5,-4,-6
4 0	,,-3,8,-1,,-1,2,-1,-4,-1
4 23	,,,,,,,1,,,
4 expect	,,,,,,,1,,,
4 failed	,,,,,,,2,,-1,
4 failures	,,,,,,,1,,,
4 indent	,,,,1,,,,,,
4 seconds	,,,,,,,1,,,
403	,1,1,-3,4,4,-1,-2,4,-6,-1
41 9	,1,-1,,,,,,,,
42 tests	,,,,,,,1,,,
429	,,,,,-1,,,,2,
429 too	,,,,,-1,,,,2,
44	,-2,-1,,3,1,1,1,,-1,
443	,-1,-2,-2,-1,-2,-1,-1,-1,12,-1
443 read	,,,,,,,,,2,
443 xpath	,,,,,,,,,2,
48 files	,,,,1,,,,,,
483 21	,,,,,,,1,,,
5 0	,-2,3,,,-1,,-1,,,
500 0	,,,,,,,1,,,
502	,-1,-2,,-1,-2,-1,-1,4,4,-1
502 bad	,,,-1,-1,-1,,,,4,
503	,-1,2,-3,-1,-2,-1,,,6,-1
503 service	,,,-1,,-1,,,,3,
520	,,,,,,1,,,,
55	,-2,2,-2,-1,-1,1,6,,-3,-1
63	,-1,2,2,-1,-2,,4,,-3,
65	,-2,1,-3,,,-1,-1,,-3,10
7	-1,-4,-6,11,5,-5,1,3,-3,1,-3
7 3	,,,2,,,,,,-1,
7 running	,,,,,,,2,,-1,
7 test	,,,,,,,1,,,
7 xpath	,,,,1,,,,,,
7 xurl	,,-1,-2,-1,5,,,,,
73	,-2,-2,-1,-1,-1,-1,4,,-2,5
74	,-2,1,-1,-1,-1,1,-1,,-1,5
76 xpath	,,,,,,2,,1,,
79	,-1,-1,,4,,,-1,,,
79 characters	,,-1,,3,,,-1,,,
8	-1,-5,-5,7,3,-1,4,7,,-2,-6
8 0	,-2,1,,,-1,-1,-1,,5,-1
8 ms	,,,,,,,1,,,
80 e501	,,-1,,3,,,-1,,,
83 in	,,,,,,,1,,,
86 1	,,,,,1,,,,,
9 mb	,,,,,,1,,,,
9 minutes	,,,,,,,,3,-1,
9 sigkill	,,-1,-1,,,2,,,,
9 xnum	,,,,,,1,,,,
90 00	,,,,,,,1,,,
94 incompatible	,1,,,,,,,,,
95 5	,,,-1,,3,,,,-1,
96 5	,,,,,1,,,,,
96 tests	,,,,,,,1,,,
988	,-1,-1,,,,,-1,5,-1,
___________________________	,,,,,,,1,,,
_error_catcher	,-1,-1,,,,,,,3,
_testmain	,,,,,,,,1,,
_testmain go	,,,,,,,,1,,
abort	,,-1,,,,1,1,,-1,
aborted reason	,,,,,,,,2,,
about	,2,3,,,-2,1,1,-1,-3,-1
about this	,3,-1,2,-2,-2,2,,,-1,-1
above file	,,,,2,-1,,,,,
access can	,,,,,-1,2,,,,
access instance	,-1,-1,-1,3,,,,,-1,
accessible	,-2,-2,-1,4,8,-1,-1,-1,-3,-1
accessible by	,-1,-2,-2,4,8,-1,-1,-1,-3,-1
account payments	,,,-1,,2,,,,-1,
acquiring	,,-1,,-1,-2,,,,-1,6
action	,-1,-5,-5,-1,11,-1,1,2,1,-1
action download	,,-1,-1,,4,,,,-1,
action fail	,,,,,,,2,,-1,
action output	,,,,,,,2,,-1,
action repository	,,-1,-1,,2,,,,,
action run	,,-1,,,-1,,2,2,-1,
action start	,,,,,,,2,,-1,
action xpath	,,-1,1,,1,,,,-1,
actions	,-2,-4,-4,1,7,-1,-1,1,5,-1
actions bot	,,,,,1,,,,,
actions repository	,-1,-1,-2,,2,,,,3,
active	,-1,-1,4,,-1,,,1,-1,
active test	,,,,,,,,2,,
actual	,-2,-3,1,1,-2,-1,,-1,8,-1
ada	,,,,,,,1,,,
ada lovelace	,,,,,,,1,,,
add	-1,7,-3,7,3,3,-2,-1,-2,-9,-2
add allow	,,,,1,,,,,,
add the	,,,2,,-1,,,,,
addr module	,5,-2,-1,,,,,,,
address already	,,-1,-1,,,,-1,-1,5,
addresssanitizer	,,-1,-1,-1,-1,,6,-1,-2,
adjust	,,,,,,,,1,,
adjust your	,,,,,,,,1,,
after	-1,-2,-3,1,5,-5,-2,-3,9,-5,6
after 10	,,,,,,,-1,4,-1,
after connection	,,,,,,,,,2,
all required	,,-1,-1,,3,,,,,
allocate	,-1,-1,-1,,-1,5,,,-1,
allocate xnum	,,-1,,,,3,,,-1,
allocation	,,,-1,,,5,-1,,-1,
allocation failed	,,,-1,,,5,-1,,-1,
allocation failure	,,,,,,1,,,,
allow clippy	,,,,1,,,,,,
allowed	,-1,-1,-1,-1,-1,5,1,-1,1,
allowed memory	,,-1,-1,,-1,5,,,-1,
already in	,,-1,-1,,,,-1,-1,5,
always fails	,,-1,,,,,3,,-1,
always pass	,,,,,,,1,,,
amt	,-1,-1,,,,,,,3,
an assembly	,3,-1,1,,-1,,,,-1,
an installable	,,,1,,,,,,,
an undefined	,7,-4,,-1,,,,,,
analysing	7,-1,2,-1,-1,-2,,-1,-1,-2,
and 0	,,,,1,,,,,,
and can	,-1,-1,-1,3,,,,,-1,
and contributors	,-1,,-1,,,,4,,-1,
and date	,,,,,,,1,,,
and has	,,-1,-1,,-1,3,,3,-2,
and hooks	,,,,,,,,3,-1,
and its	,,,,,,,,2,,
and not	,,4,-3,-1,4,-1,-1,-1,-1,-1
and package	,,,2,,,,,,,
and run	,2,,-1,,,,,,,
and upgrading	,,,,,,,,,1,
and word	,-1,-1,-1,5,-1,,,,-1,
anonymous	,1,-4,1,-2,,-1,-3,-1,9,-1
anonymous xurl	,,,,,,,1,,,
any any	,1,-1,,,,,,,,
any exist	,,,,,,,1,,,
anything	,,,,,-1,2,,,,
anything in	,,,,,-1,2,,,,
api tasks	,7,-1,-1,,-1,,-1,,-2,
app compiledebugkotlin	,2,-1,,,,,,,,
app ktlintmainsourcesetcheck	,,,,1,,,,,,
applied	,,,,1,,,,,,
applies	,,,,,,,1,,,
appropriate	,,,,,,2,,,,
are behind	,,,-1,,,,,,2,
are running	,,,-3,,5,2,-1,,-1,
are test	,-1,1,-1,,-1,,4,,-2,
are too	,,,-1,,3,,,,,
are you	,3,-1,1,,-1,,,,-1,
arg type	,1,,,,,,,,,
argument	-1,8,10,-5,-4,-1,-2,-2,-1,-2,-2
argument 1	,5,-3,-1,-1,,,1,,-1,
argument of	,4,-1,,,-1,,,,-1,
argumentoutofrangeexception	,,-1,-1,,3,,,,-1,
argumentoutofrangeexception specified	,,-1,-1,,3,,,,-1,
arrays	,-1,1,-1,-1,,3,1,,-2,
arrays java	,,,,,,3,-1,,,
artifact	,-2,-4,-5,-1,1,4,,-1,9,-1
artifact keeper	,-1,-1,-1,,-1,4,,,-1,
artifact org	,,-1,-2,,,,,,4,
artifacts could	,,,-2,,,,,,3,
as static	,-1,-1,-1,3,,,,,-1,
assembly	,3,,,-1,,,,,,
assembly reference	,3,-1,,-1,1,,,,-1,
assert	,-2,,-2,-2,-1,-1,12,-1,-2,-1
assert fail	,,,,,,,3,,-1,
assertequal	,,-1,,-1,,,2,,,
assertequals	,,,,,,,1,,,
asserting	,,1,,-1,,,3,,-2,
asserting that	,,1,,-1,,,3,,-2,
assertion	,-1,-2,-1,-1,-1,-1,4,,3,
assertionerror	-1,-4,-2,-4,-1,-3,-2,18,-2,1,-2
assertionerror assert	,-1,-2,-1,-1,,,2,,3,
assertionerror err_assertion	,-1,-1,-1,-1,-1,,3,,3,
assertionerror expected	,-1,-1,-1,,,,6,,-2,
assertionfailederror	,,-1,-1,,-1,,6,,-2,
assertionfailederror at	,,-1,-1,,-1,,5,,-2,
assertionfailederror expected	,,,,,,,1,,,
assertionfailurebuilder	,,,,,,,1,,,
assertionfailurebuilder java	,,,,,,,1,,,
assertions	,-1,-1,-1,-1,,-1,6,,-1,
assertions 1	,,,,,,,1,,,
assertions 14	,,,,,,,1,,,
assignable	,3,,,-1,-1,,,,-1,
assignable to	,3,,,-1,-1,,,,-1,
assigned	,,,,2,,,,,,
assigned value	,,,,1,,,,,,
assignment	,3,-2,-1,3,-1,,,,-1,
assignment expression	,4,-1,,-1,,,,,,
assignment to	,-1,,-1,4,-1,,,,-1,
async	,,,-3,-1,1,-1,1,5,-3,
async tests	,,,,,,,,3,-1,
at	-3,-4,2,4,-1,4,-3,6,-2,4,-7
at context	,,-1,,,,,-1,,4,
at fluentassertions	,,-1,,,,,3,,-1,
at github	,,,,,1,,,,,
at line	,-1,-1,-1,5,,,,,-1,
at object	,-2,3,,-1,2,,-1,,,
at processticksandrejections	,,,-1,,3,,,,-1,
at system	,-1,3,-1,,-1,1,,,-1,
at testcontext	,,,,,,,1,,,
at xhex	,-1,-2,-1,-1,-1,-1,5,-1,3,
attempt	7,-1,-1,1,-1,-1,,,-1,-2,
attempt 1	7,,-1,-1,-1,-1,,,-1,-1,
attribute	,3,8,-2,-1,-1,-1,-1,-1,-2,-1
attributeerror	,-3,11,-1,-1,-1,-1,-1,-1,-2,
attributeerror module	,-1,5,-1,,-1,,,,-1,
attributeerror np	,,3,,,,,-1,,-1,
auth is	,,,-1,,2,,,,-1,
authenticating	,,,,,,,,,1,
authenticating and	,,,,,,,,,1,
autocorrectable	,,,-1,4,,,,,-1,
available	,,-4,8,-1,-1,-1,-2,,2,-1
average	,,,-1,,,1,,,1,
average mu	,,,,,,1,,,,
await	,1,1,-1,,,,3,-1,-2,
await expect	,,,,,,,1,,,
await page	,,,,,,,1,,,
backend lib	,-1,-1,-1,,-1,4,,,-1,
bad	,-2,-3,-2,4,-3,-1,3,-1,4,-1
bad gateway	,-1,-1,1,-1,-1,,,,4,
bad network	,,,-1,,,,,,2,
base	,-1,-1,7,-1,-2,,-1,,,
based	,-1,-1,-1,,-1,,-1,3,-3,6
bash failed	,-1,-2,1,,-2,-1,,,,6
be converted	,3,-1,,,,,,,-1,
be found	,2,,2,-3,1,-1,-1,-1,1,-1
be increased	,,,-1,,2,,,,-1,
be left	,-1,-1,,4,,,,,-1,
be logged	,,,-1,-1,4,-1,,,-1,
be marked	,-1,-1,-1,3,,,,,-1,
be reformatted	,-1,-1,,4,,,,,-1,
be strictly	,,-1,,,,,4,,-2,
be updated	,,-1,5,-1,-1,,,,-1,
because jvm	,,,,,,3,,,-1,
because recent	,,,-1,,2,,,,-1,
been	-1,,11,-8,-1,-1,4,-2,5,-3,-2
been ignored	,,,-1,,,,,,2,
been killed	,,,-1,,-1,3,,,,
been received	,,-1,-1,,-1,,,4,-1,
been terminated	,,,,,,,,3,,
before	6,-2,-2,,,5,-1,-2,,-2,-1
before rbrace	,,,,1,,,,,,
before standard	,,,,1,,,,,,
behind	,,,-1,,,,,-1,4,
behind proxy	,,,-1,,,,,,2,
bergmann	,-1,,-1,-1,,,4,,-1,
bergmann and	,-1,,-1,-1,,,4,,-1,
billing plans	,,,-1,,2,,,,-1,
bind	,,-1,-1,,,,-1,-1,5,
bind address	,,-1,-1,,,,-1,-1,5,
black	,-1,1,,3,-1,,,,-1,
black check	,,-1,,3,,,,,,
blame	,,,,,,,,2,,
blame message	,,,,,,,,2,,
blank	,-1,-1,-1,6,,,-1,,-1,
blank line	,,,,2,,,,,,
blank lines	,,-1,,3,,,-1,,,
block	,-1,-1,,4,-2,-1,3,-1,,-1
block 3	,,,,,,,-1,,3,
block is	,,-1,-1,5,-1,,,,-1,
blocks its	,,,,,-1,2,,,,
boolean flushencoder	,,,,,,1,,,,
boolean flushstream	,,,,,,1,,,,
boot	,,-1,-1,,-1,,-1,7,-2,-1
borrow	,2,-1,,-1,,,,,,
bot	,,,,,2,,,,-1,
both are	,,,-1,,3,,,,,
branch	,-1,-3,-6,-1,17,-1,-1,-1,-3,-1
branch is	,-1,-1,-1,,5,,,,-1,
branch master	,,-1,-2,,5,,,,-1,
broken by	,,,,,,,,,2,
buffer	,-1,-1,-1,-1,-1,2,7,-1,-2,
buffer int64	,,,,,,2,,,,
buffer overflow	,,-1,-1,-1,-1,,6,-1,-2,
bufferedfilestreamstrategy	,,,,,,1,,,,
build	-3,12,-2,4,4,,9,-8,-5,-7,-4
build cache	,-1,1,-3,,,,,,-1,4
build configuration	,,,,,,,,1,,
build daemon	,-1,-1,-1,,-1,6,,-1,-1,
build failed	-1,12,3,-1,3,-4,3,-2,-2,-10,-2
build itself	,,-1,-1,,-1,,,4,-1,
build or	,,-1,-1,,-1,,,4,-1,
building object	,5,-1,-4,-1,-2,,-1,,1,3
buildmode	,2,,,,,,,,,
buildmode pie	,2,,,,,,,,,
built	,4,1,-6,-1,-2,,-1,-1,-2,9
built target	,2,-2,-3,-1,-1,,-1,-1,-2,9
bundle	,,,3,2,,-1,-1,-1,-1,-1
bundler	,-2,3,6,-1,,-1,-1,-1,-2,-1
bundler 2	,,,2,,,,,,,
but never	,-1,-1,-1,5,,,,,-1,
but not	,4,-1,,-1,,,-1,,-1,
but unused	,,-1,-1,3,,,,,,
but was	,-1,-1,-1,-1,,,3,,2,
button	,,,,,,,1,,,
button name	,,,,,,,1,,,
by authenticating	,,,,,,,,,1,
by checkstyle	,,-1,-1,3,,,-1,,,
by integration	,-1,-2,-2,4,8,-1,-1,-1,-3,-1
by peer	,-1,-1,-2,-1,,,-1,,5,
by sebastian	,-1,,-1,-1,,,4,,-1,
by signal	,-1,-1,-1,,-1,4,,,-1,
by time	,,,,,,,-1,2,,
by warnings	,-2,-1,,4,,,,,,
by xpath	,-3,6,2,-1,-1,-1,-1,,-1,-1
bytes	,-1,-3,1,-1,-2,5,5,-1,-1,-1
bytes exhausted	,,-1,-1,,-1,5,,,-1,
bytes in	,,-1,-1,,,4,,,,
ca1822	,-1,-1,-1,3,,,,,-1,
ca1822 member	,-1,-1,-1,3,,,,,-1,
cache 2	,,,-2,,,,,,,4
call to	,4,4,-1,-1,-1,-1,-1,-1,-2,
call_and_retry_last	,,,,,,1,,,,
call_and_retry_last allocation	,,,,,,1,,,,
called if	,,,,,,,,3,-1,
can	-1,-3,2,4,2,,-1,-3,-3,6,-3
can cause	,,,,,-1,2,,,,
can only	,,-1,2,,,,,,,
canceled	,-1,-3,-2,-1,-1,-1,,8,3,-1
cancelled 0	,,,,,,,1,,,
candidate	,-1,1,5,-1,-1,,,,-2,
candidate versions	,,-1,2,,,,,,-1,
cannot	-2,12,14,9,-8,2,-4,-6,,-14,-4
cannot convert	,3,-1,-1,,,,,,,
cannot find	,3,-3,7,-3,4,-2,-2,-1,-3,-1
cannot install	,,3,1,,-1,,,,-1,
cannot use	,1,-1,,,,,,,,
cargo fmt	,,-1,,3,,,,,,
cases that	,,,,,,,1,,,
cause	,,-1,-1,,-1,5,-1,,,
cause this	,,,,,-1,2,,,,
cc1plus	,-2,-1,-1,-1,-1,9,-1,,-1,-1
chan	,,-1,,,,,-1,4,-1,
chan receive	,,-1,,,,,-1,4,-1,
change	,-1,3,-3,1,-1,-1,-1,1,-3,4
char	,1,1,-1,-1,-1,1,3,-1,-2,
char const	,1,-1,-1,-1,-1,1,3,-1,-1,
characters	,-1,-2,-2,8,1,-1,-1,,-1,
characters with	,,,,2,,,,,,
check	-1,-5,-2,,17,-7,-1,-4,-1,2,3
check latest	,,-1,,,-2,,,,-2,6
check validate	,,,,1,,,,,,
check yaml	,,,,1,,,,,,
checked	,-1,1,-1,5,-1,,,,-1,
checked 48	,,,,1,,,,,,
checked errcheck	,-2,-1,-1,5,-1,,,,-1,
checking	,-1,,-1,2,-3,-1,-1,,-1,6
checking formatting	,,,,1,,,,,,
checkout qf	,,-1,-2,,4,,,,,
checkstyle	,-1,-1,-1,10,-1,-1,-1,-1,-2,
checkstyle 10	,,,,1,,,,,,
checkstyle 3	,,,,1,,,,,,
checkstyle plugin	,,-1,-1,6,-1,,-1,,-2,
checkstyle violation	,,,,1,,,,,,
checkstyle violations	,-1,-1,-1,6,-1,,,,-2,
child processes	,-1,,,,,3,,2,-1,
ci	6,-3,-1,,-2,1,-2,2,-2,2,-1
class	-1,4,11,-4,-2,,-1,-3,-2,-1,-1
clippy	,-1,-1,3,3,-1,,,,-1,
clippy all	,,-1,,2,,,,,,
clippy if	,,,,1,,,,,,
clippy if_same_then_else	,,,,1,,,,,,
clone of	,,,,,1,,,,,
cloning	,-1,-2,-4,,5,,,,3,
cloning into	,-1,-2,-4,,5,,,,4,
close	,-1,,,2,,,,,,
close is	,,,,2,,,,,,
code	-3,-2,3,,-2,3,,-4,-5,2,8
code 1	-2,6,-4,-3,2,2,-11,-2,1,,10
code 128	,,-1,-2,,5,,,,,-1
code 137	,-2,-1,-2,-2,-1,13,-2,,-2,-1
code 143	,-1,-1,-2,-1,-1,8,-1,,-1,-1
code does	,,,-1,,-2,,,,4,
code econnreset	,,,-1,,,,,,2,
code eresolve	,,-1,2,,,,,,,
code err_assertion	,,,,,,,1,,,
code inside	,,-1,-1,2,,,,,,
code style	,,-1,-1,4,-1,,,,-1,
collect2	,8,-1,,-1,-1,-1,-1,,-2,-2
collect2 error	,8,-1,,-1,-1,-1,-1,,-2,-2
collected	,-1,-2,,-1,,1,3,,-1,
collecting hang	,,,,,,,,2,,
collector	,,-1,-1,,,2,,1,-1,
collector blame	,,,,,,,,2,,
command	-2,-2,-9,15,-9,2,5,-3,,-3,8
command make	,,,-2,,,,-1,,1,4
commit	,-1,-1,-2,4,-1,,-1,,3,
commit run	,,,,1,,,,,,
communication	,,-1,-1,,-2,2,,-1,3,
communication with	,,-1,-1,,-2,2,,-1,3,
compact	,,,,,,1,,,,
compact xnum	,,,,,,1,,,,
compacts	,,,,,,1,,,,
compacts near	,,,,,,1,,,,
compared	,,2,-1,,-1,,2,,-1,
compared using	,,,,,,,2,,-1,
compatible	,-1,4,3,-1,,-1,-1,,-2,
compatible set	,,,1,,,,,,,
compatible versions	,,1,,,,,,,,
compilation	-1,13,-2,3,-3,-6,,-2,-1,-2,1
compilation error	,3,5,-2,-2,-2,-1,-1,-1,1,-1
compilation failed	,1,,,,,,,,,
compilation failure	,7,-2,-1,,-1,,,,-1,
compilation terminated	,4,-3,4,-1,-3,1,-1,-1,-2,2
compile	-1,6,8,-2,1,-5,4,-4,-2,-5,-2
compile artifact	,-1,-1,-1,,-1,4,,,-1,
compile default	,5,-2,-1,,,,,,-1,
compile on	,4,-2,-1,,,-1,,,,
compile terminated	,-1,-1,-1,,-1,4,,,-1,
compiledebugkotlin failed	,2,-1,,,,,,,,
compiler	,5,4,1,-1,-2,4,-2,-1,-6,-1
compiler 3	,1,,,,,,,,,
compiler error	,,3,-1,-1,-1,4,-1,,-3,-1
compiler gc	,2,,,,,,,,,
compiler plugin	,4,-2,-1,,-1,,,,,
compilerrunner	,3,-1,,,,,,,,
compilerrunner gradlecompilerrunnerwithworkers	,3,-1,,,,,,,,
compiletestjava	,,,,,,2,,,,
compiling serde	,2,-1,-1,,,,,,,
completed	-2,-2,-1,3,4,-1,3,5,1,-5,-6
completed 1	,,,,,,,2,,-1,
completed with	-2,-1,,4,4,,4,3,-2,-4,-6
composer	,-1,,2,-1,3,,-1,,-2,
composer json	,,-1,3,,-1,,,,,
composer repositories	,,,1,,,,,,,
composer update	,,-1,3,,-1,,,,,
config is	,,,-1,,,,,,2,
config load	,1,,,,,,,,,
configuration on	,,,,,,,,1,,
conflict	,,-1,3,,,,,,-1,
connect	,-1,-2,-2,-1,-3,-1,-1,-1,12,-1
connect none	,,,,,,,,,2,
connect to	,,,-1,,-1,,,,3,
connection	,-2,-3,-7,-2,2,1,-2,-1,14,-1
connection broken	,,,,,,,,,2,
connection reset	,-1,-1,-2,-1,-2,-1,-1,,10,
connectivity	,,,-1,,,,,,2,
consolereportworkaction	,,,,1,,,,,,
const bool	,,,,,,1,,,,
const node	,,,,,,1,,,,
const v8	,,,,,,1,,,,
contain compatible	,,,1,,,,,,,
context xpath	,3,,-1,,,,,,,
contributors	,-1,,-1,,,,4,,-1,
conversion	,1,,,,,,,,,
conversion from	,1,,,,,,,,,
convert from	,3,-1,-1,,,,,,,
converted	,4,-1,-1,,,,,,-1,
converted to	,3,-1,,,,,,,-1,
core compilejava	,1,,,,,,,,,
core dumped	,,,,,,,3,,,
core v0	,-1,-1,-1,-1,,5,-1,,,
correctable	,,,,2,,,,,,
correctable xpath	,,,,2,,,,,,
could	-1,1,1,7,-2,1,4,-5,-3,2,-4
could not	-1,,1,7,-2,1,2,-4,-3,3,-4
crashed	,-1,-1,-1,,-1,4,-1,1,-1,
crate config	,3,-2,,,,,,,,
crate name	,-3,-1,3,,,2,,,,
create file	,,-1,,-1,4,,,,-1,
create or	,,,,,1,,,,,
created	,-1,-1,-1,-1,-1,1,1,4,-1,
created by	,-1,-1,,-1,,,,5,-1,
cs0103	,3,,-1,,,,,,,
cs0103 the	,3,,-1,,,,,,,
cs0246	,3,-1,,,-1,,,,,
cs0246 the	,3,-1,,,-1,,,,,
cs1503	,3,-1,-1,,,,,,,
cs1503 argument	,3,-1,-1,,,,,,,
cstdint	,2,-1,-1,,,,,,,
ctest	,-1,-1,-1,3,-1,-1,5,-1,-2,
ctx	,-1,,,2,,,,,,
current	,,,,-3,3,1,-1,3,-1,-1
current context	,3,,-1,,,,,,,
current mu	,,,,,,1,,,,
current net	,,,1,,,,,,,
current runner	,,,-1,,2,,,,,
current scope	,-1,3,-1,,,,,,,
cxx	,-3,1,2,-1,-2,3,-1,-1,-1,4
daemon	,-2,,-1,-1,,9,-1,-1,-1,-1
daemon because	,,,,,,3,,,-1,
daemon disappeared	,,,-1,,-1,3,,,,
daemon has	,,,,,,2,,,,
daemon will	,,,,,,2,,,,
dashboard	,,,,,,,1,,,
data and	,-1,-1,-1,3,,,,,-1,
data collector	,,,,,,,,2,,
data self	,-1,-1,,,,,,,3,
date dump	,,,,,,,1,,,
date dumpstream	,,,,,,,1,,,
date jvmrun	,,,,,,,1,,,
deadline	,-1,-1,-1,,1,,,4,-1,
debug release	,1,,,,,,,,,
debuginfo	,,,,,,,2,,-1,
debuginfo target	,,,,,,,2,,-1,
declared	,9,,-2,-2,-1,,-1,,-2,
declared but	,4,-1,-1,,,,-1,,-1,
deep	,,,,,,,-2,,3,
deep equality	,,,,,,,1,,,
deepstrictequal	,,-1,,,,,4,,-1,
default compile	,5,-2,-1,,,,,,-1,
default test	,,1,-1,,-1,,4,,-1,
defer	,-1,,,3,,,,,,
define_test_tasks	,,,,,,,1,,,
defined	,1,7,-3,4,-3,-1,-1,-2,-1,-1
defined but	,-1,-1,-1,4,,,,,-1,
defined for	,-1,5,-2,,-1,,,,-1,
denied	,-3,,-1,-2,17,-1,-2,-1,-5,-2
denied publickey	,,,,,2,,,,-1,
denied to	,,,,,1,,,,,
dependencies	-1,-4,3,13,-4,5,-2,-5,-2,-1,-2
dependencies could	,,-1,-2,,-1,,,,5,
dependency	,-3,2,6,-1,-4,-1,1,-1,2,-1
dependency conflict	,,,1,,,,,,,
dependency tree	,,-1,2,,-1,,,,1,
depends	,,-1,4,-1,3,,-1,,-2,
depends on	,,-1,4,-1,3,,-1,,-2,
deploy	,-1,-2,-2,-1,1,-1,-1,-1,-1,7
deployment failed	,-1,-1,-2,,7,,,,-2,-1
details on	,,,,,,,,1,,
detected	-1,-2,-2,-2,8,-2,-1,,-2,3,-1
dev	,2,-3,5,-1,2,,1,-1,-3,-1
device	,2,-4,-3,-2,3,11,-2,-1,-2,-1
device or	,,,-1,,3,,,,-1,
device write	,,,,,,1,,,,
device xpath	,,,,,,2,,,,
diagnostic	,,,,2,,,,,,
diagnostics	,,,1,,,,,,,
dial	,,,-1,,,,,,3,
dial tcp	,,,-1,,,,,,3,
did you	,5,4,-4,-1,1,-1,-1,,-2,-1
didn match	,,-1,2,,,,,,-1,
diff	,-3,-2,-3,12,-2,-2,6,-1,-4,-1
diff in	,-1,-2,-1,8,-1,-1,-1,,-1,
diff on	,,,,1,,,,,,
diff xpath	,-1,,,3,,,,,,
directive	,3,-1,-1,1,-1,,,,-1,
directive or	,4,-1,-1,,-1,,,,,
directory	-1,1,3,1,,12,-6,-4,-2,-3,-1
disappeared	,,,-1,,-1,3,,,,
disappeared unexpectedly	,,,-1,,-1,3,,,,
disk	,,,1,,,2,,,-1,
disk space	,,,1,,,2,,,-1,
distribution	,-1,10,-1,-1,-3,-1,-1,,-2,
distribution found	,,-1,2,,,,,,,
dl3008	,,,-1,3,,,,,,
dll	,-2,-1,,-1,2,-1,4,,-1,
dll net9	,,,,,,,1,,,
do not	,,-1,-2,,1,,,,3,
docstring	,,-1,-1,3,,,,,,
does	-1,7,2,7,-1,-5,-2,-2,1,-4,-2
does not	-1,7,,7,-1,-5,-2,-2,1,-3,-2
doesn match	,-1,-1,-1,-1,7,,-1,,-2,
done is	,,,,,,,,3,-1,
done linting	,,-1,,4,-1,,-1,,-1,
done your	,-1,-1,-3,,3,,,,-1,4
dotnet format	,,,,2,,,,,,
double	,1,-1,-2,6,-1,-1,-1,,-1,
double quote	,-1,-1,-1,5,-1,,,,-1,
download	-1,-3,-7,13,-3,,-2,-3,-2,4,4
download from	,,,-1,,,,,,1,
download info	,,-1,-1,,4,,,,-1,
download of	,,,-1,,,,,,2,
download they	,,,-1,,,,,,2,
downloading	,-3,2,-4,-2,2,-1,-1,-1,9,-1
due	,5,2,-4,2,-3,-1,-1,,-1,-1
due to	,5,2,-4,2,-3,-1,-1,,-1,-1
dump and	,,,,,,,1,,,
dump date	,,,,,,,1,,,
dump files	,,,,,,,1,,,
dumped	,,,,,,,3,,,
dumping	,,,,,,,,2,,
dumping xnum	,,,,,,,,2,,
dumps	,,,,,,,,2,,
dumps from	,,,,,,,,2,,
dumpstream	,,,,,,,1,,,
duration 1	,,,1,-1,,,,,,
duration xnum	,,,,,-1,,,-1,-1,4
duration_ms	,,,,,,,1,,,
duration_ms 0	,,,,,,,1,,,
duration_ms 1	,,,,,,,1,,,
e0308	,3,-1,,-1,,,,,,
e0308 mismatched	,2,-1,,,,,,,,
e0599	,-1,3,-1,,,,,,,
e0599 no	,-1,3,-1,,,,,,,
e302	,,,,1,,,,,,
e302 expected	,,,,1,,,,,,
e501	,-1,-2,,6,-1,,-1,,-1,
e501 line	,-1,-2,,6,-1,,-1,,-1,
econnreset	,,-1,-2,-1,-1,,-1,,7,
edition	,-3,-1,3,,,2,,,,
edition xnum	,-3,-1,3,,,2,,,,
either target	,,,1,,,,,,,
elapsed 0	,-1,5,-1,-1,-1,,1,,-1,
elapsed collecting	,,,,,,,,2,,
else implied	,,,,1,,,,,,
email	,,,,,,,1,,-1,
emitted while	,,,,1,,,,,,
emulator	,-1,-1,-3,,2,,,7,-2,-1
emulator to	,,,-1,,-1,,,7,-2,-1
encoding	,,,,,,,1,,,
end xhex	,,,,,-1,,,-1,-1,4
endgroup	,-1,-4,-1,3,-2,-1,1,-2,4,4
enospc	,,,,,,1,,,,
enospc no	,,,,,,1,,,,
ensure	,-1,-1,-1,,-1,,-1,2,3,
ensure done	,,,,,,,,3,-1,
ensure it	,,,,,,,,3,-1,
entering	,-2,-1,-2,5,-1,-1,,,-1,4
entering directory	,-2,-1,-2,5,-1,-1,,,-1,4
env variable	,,-1,-1,,7,,,-1,-3,
eof	,,-1,-2,,-1,,,,4,
eq	,,,,,,,2,,-1,
equal	,-2,3,-2,-2,-1,-1,1,-1,5,-1
equality	,,-1,,,,,5,,-2,
eresolve	,,-1,2,,,,,,,
err errno	,,-1,-3,,-1,,,,6,
err ineffassign	,,,,3,-1,,,,-1,
err_assertion	,-1,-2,-1,-1,-1,,4,,3,
err_assertion expected	,,,,,,,1,,1,
errcheck	,-2,-1,-1,5,-1,,,,-1,
errno	,,-2,-4,-1,-2,,-1,,9,
errno econnreset	,,,-2,,,,,,3,
error	-7,6,2,,,12,7,-15,-7,,2
error 403	,,-1,,,4,,,,-2,
error allowed	,,-1,-1,,-1,5,,,-1,
error an	,-1,-1,-2,-1,-1,,,,7,
error and	,,,,1,,,,,,
error argument	,2,-1,,-1,,,,,,
error ca1822	,-1,-1,-1,3,,,,,-1,
error call	,-1,5,,,,,,,-1,
error call_and_retry_last	,,,,,,1,,,,
error could	,4,-2,-2,2,-1,6,-1,-1,-3,-1
error cs0103	,3,,-1,,,,,,,
error cs0246	,3,-1,,,-1,,,,,
error cs1503	,3,-1,-1,,,,,,,
error e0308	,2,-1,,,,,,,,
error e0599	,-1,3,-1,,,,,,,
error enospc	,,,,,,1,,,,
error exception	,,,,,,,,,2,
error failures	,,-1,,,,,3,,-1,
error httperror	,-1,-1,-1,,3,,,,2,
error ide0055	,-1,,,3,,,,,,
error in	,8,1,-1,-5,,-2,-3,-1,5,-2
error incompatible	,6,-2,,-1,,,,,-1,
error ineffective	,,,,,,1,,,,
error ineffectual	,,,,2,,,,,,
error input	,-1,-2,-1,,6,,,,-1,
error issues	,,,,3,-1,,,,-1,
error item	,2,-1,,,,,,,,
error killed	,-2,-1,-1,-1,-1,10,-1,,-1,-1
error ld	,8,-1,,-1,-1,-1,-1,,-2,-2
error location	,3,-1,-1,,,,,,-1,
error message	,,-1,-2,,2,,2,-1,,
error netsdk1045	,,,1,,,,,,,
error parameter	,-1,-1,-1,,5,,,,-1,
error please	,,-1,,,,,3,,-1,
error process	-2,,-1,2,4,-1,6,3,-2,-5,-6
error processing	,,,,,,2,,,,
error reached	,,,,,,3,,,-1,
error reported	,,,,1,,,,,,
error resource	,-1,-1,-1,-1,5,,,,-1,
error response	,-1,-1,-1,-1,,,,,5,
error return	,-2,-1,-1,5,-1,,,,-1,
error symbol	,3,-1,-1,,,,,,,
error test	,,-1,,,,,,,3,
error tests	,,3,,,,,-1,,-1,
error the	-1,-5,5,4,-3,-8,-4,-3,9,5,
error timeout	,,-1,-1,,-1,,,6,-1,-1
error try	,4,-1,,-1,-1,,,,-1,
error ts2305	,-3,5,,,,,,,,
error ts2339	,3,-1,1,,-1,,,,-1,
error ts2345	,2,,,,,,,,,
error uint8_t	,2,-1,-1,,,,,,,
error unable	,-3,7,-5,-2,8,-1,-1,-1,,-1
error unsupported	,2,6,-1,-1,-2,-1,-1,,-2,
error whitespace	,,-1,-1,4,,,,,,
errored	,-1,-1,-1,,-1,-1,-3,,,8
errors	-1,10,5,-2,1,-7,-4,6,2,-8,-3
errors 0	,,-1,-1,,,,1,,3,
errors 1	,1,-2,-2,1,-1,,3,,-1,
errors in	,5,-2,1,-2,-1,,,,-1,
errors were	,,,,1,,,,,,
errors while	,,,,,,,3,,-1,
eslint	,1,1,-1,3,-1,,-1,,-1,
eslint max	,,,,2,,,,,,
eta	,,-1,-1,-1,,,,,4,
eval	,-1,2,-3,-1,8,-1,-1,-1,-2,-1
example	,-1,,-1,-1,2,,3,,,
example tests	,,,,,,,1,,,
examples	,-1,,,-1,-1,-1,6,-1,1,-1
examples 1	,,,,,,,2,,-1,
exceeded	6,-3,-5,-5,2,-4,4,-1,13,-4,-2
exceeded for	,,,-1,-1,-1,,,3,1,
exceeded max	,-1,-1,-1,6,-1,,-1,,-1,
exceeded the	,,-1,-1,,-1,,-1,6,-1,
exceeded timeout	,,,,,,,1,3,-2,
except	,,,,1,,,,,,
exceptions	,-1,-1,,-1,,,-1,,4,
exec rubocop	,,,,3,,,,,-1,
execute executeactionstaskexecuter	,7,-1,-1,,-1,,-1,,-2,
executeactionstaskexecuter	,7,-1,-1,,-1,,-1,,-2,
executeactionstaskexecuter execute	,7,-1,-1,,-1,,-1,,-2,
executeactionstaskexecuter java	,7,-1,-1,,-1,,-1,,-2,
execution	-1,5,2,,,-9,-1,6,,2,-3
execution executeactionstaskexecuter	,7,-1,-1,,-1,,-1,,-2,
execution failed	,8,2,-2,,-3,1,2,-1,-5,-1
execution please	,,-1,,,,,2,,,
execution time	,,-1,,,,,1,3,-1,
exhausted	,-1,-1,-1,-1,-1,7,-1,-1,-1,
exhausted tried	,,-1,,,,4,,,-1,
exist date	,,,,,,,1,,,
exist in	,6,-1,2,-1,-2,,,,-2,
exist on	,2,1,,-1,-1,-1,,,-1,
exit	-4,7,-2,4,-2,-12,,3,4,-5,7
exit code	-3,1,,1,-1,-3,4,,-2,-4,6
expect	,-1,-2,-1,-1,-1,-1,7,-1,2,
expect false	,,,,,,,1,,,
expect locator	,,,,,,,1,,,
expect out	,,,,,,,4,,-1,
expect page	,,,,,,,1,,,
expect received	,,,,,,,2,,-1,
expectations	,,-1,,,,,3,,-1,
expected	-1,7,2,-14,,-8,-6,20,-4,9,-5
expected 1	,-2,3,-2,3,,-1,,,1,-1
expected actual	,,-1,,,,,1,,2,
expected ada	,,,,,,,1,,,
expected deep	,,,,,,,1,,,
expected exception	,,-1,,,,,2,,-1,
expected false	,,,,,,,1,,,
expected indentation	,,,,1,,,,,,
expected object	,,,,,,,1,,,
expected str	,1,,,,,,,,,
expected string	,,,,,,,1,,,
expected true	,,,,,,,1,,,
expected u32	,2,-1,,,,,,,,
expected values	,,-1,,,,,2,,1,
expected xpath	,3,-2,-2,-1,-1,,6,,-2,
expiring	,,,,,,3,,,-1,
expiring daemon	,,,,,,3,,,-1,
explain	,4,-1,,-1,-1,,,,-1,
explain e0308	,2,-1,,,,,,,,
explain e0433	,1,-3,2,,,,,,,
export	,2,13,-4,-1,-2,-1,-2,-1,-4,-1
exported	,-4,10,-2,-1,-1,-1,,,-1,
exported member	,-3,5,,,,,,,,
exporting	,,,,,2,,,,-1,
exporting to	,,,,,2,,,,-1,
expression	,6,,-3,2,-2,-1,2,-1,-2,-1
expression has	,4,-1,,-1,,,,,,
extldflags	,2,,,,,,,,,
extldflags wl	,2,,,,,,,,,
f401	,,-1,-1,4,,,,,,
f401 os	,,,,1,,,,,,
fail	-1,1,1,-5,-6,-7,-3,11,2,10,-3
fail 1	,-1,4,-2,,-1,,-2,,1,
fail package	,,,,,,,2,,-1,
fail test	,,-1,,,,,5,,-3,
fail xpath	-1,6,-2,-1,-4,-3,-1,4,3,,-1
failed	-7,-9,,-2,-9,-2,,8,-6,17,10
failed 0	,-1,-2,3,,,,,,2,
failed 1	,-1,-1,2,,,,1,,2,
failed 4	,,,,,,,1,,,
failed asserting	,,1,,-1,,,3,,-2,
failed examples	,,-1,-1,,,,,,3,
failed exit	,-2,9,-1,-1,-4,-1,-1,-1,-6,8
failed failures	,,-1,,,,,2,,,
failed fix	,2,,-1,,,,,,,
failed javascript	,,,-1,,,5,-1,,-1,
failed or	,,,-1,,2,,,,-1,
failed out	,,,-1,,,-1,5,-1,-2,
failed reason	,,,,,,,-1,,3,
failed tests	,,4,,,,,-4,,3,
failed to	-2,-3,3,6,-4,5,-2,-3,-1,1,
failed waiting	,2,-3,-1,3,,1,,,,
failed xpath	,-1,,-1,-2,-1,5,4,,-3,-1
failing	,-1,-2,-2,4,-2,,8,-1,-2,-1
failing tests	,,,,,,1,2,,-1,
failure	-1,6,1,-3,4,-3,2,,-3,1,-4
failure gc	,,,,,,1,,,,
failure importerror	,5,-2,-1,,,,,,,
failure in	,-1,2,-1,-1,-1,,-1,,2,
failure scavenge	,,,,,,1,,,,
failures	-1,-1,3,-5,-5,-3,-3,20,-2,-1,-2
failures 0	,,3,-1,,,,-2,,2,
failures 1	,,1,-1,-1,,,2,,-1,
failures 4	,,-1,,,,,4,,-1,
failuretype	,,,,,,,1,,,
failuretype testcodefailure	,,,,,,,1,,,
false tobe	,,,,,,,1,,,
fatal	-1,1,2,-1,-5,4,9,-5,-3,1,-1
fatal clone	,,,,,1,,,,,
fatal could	,,-1,-2,,5,,,,,
fatal error	-1,5,2,6,-3,-7,9,-3,-2,-6,
fatal unable	,,-1,-2,,-1,,,,7,
fatalprocessoutofmemory	,,,,,,1,,,,
fatalprocessoutofmemory v8	,,,,,,1,,,,
fault	,,-1,,,-1,-1,6,,-2,
fetch	,-2,-3,-4,-1,-1,-1,-1,-1,15,-1
fetch xurl	,,-1,,,-1,,,,3,
fetched	,,-1,-1,,-1,,,,5,
fetcherror	,,-1,-2,,-1,,-1,,6,
few	,,,1,,,1,,,-1,
few gcs	,,,,,,1,,,,
field	,-1,5,-2,-1,,,,,-1,
file checked	,1,2,-1,-1,,,,,,
file does	,,,1,,,,,,,
file included	,4,-1,-1,,,,,,-1,
file name	,,,-1,,3,,,,,
file run	,,,,2,-1,,,,,
file would	,,-1,,3,,,,,,
filename too	,,-1,,-1,4,,,,-1,
fileoffset	,,,,,,2,,,,
files	-1,,2,-2,15,2,-3,-1,-3,-4,-4
files had	,,,,1,,,,,,
files if	,,,,,,,1,,,
files in	,,,,1,,,,,,
files inspected	,-1,-1,-1,9,-1,-1,-1,-1,-2,-1
files matched	,,-1,,,,,2,,,
files run	,,,,1,,,,,,
files took	,-1,1,-1,-1,,,,,2,
files with	,1,,,,,,,,,
files would	,-1,-1,-1,4,1,,,,-1,
filtered	,,,,,,,,,1,
filtered out	,,,,,,,,,1,
find	-1,,-7,23,-1,4,-4,-4,-3,-5,-3
find compatible	,,,1,,,,,,,
find module	,,-5,7,-1,3,-1,-1,,-1,
find package	,-1,-1,7,,-1,,,,-2,
find symbol	,4,4,-3,-1,-1,-1,-1,,-1,
find version	,,-1,3,,,,,,,
find_spec_for_exe	,,-1,3,,,,,,-1,
finish	,1,-4,-1,2,-2,,-1,2,-2,4
finish xnum	,,,,,-1,,,-1,-1,4
finished	,-5,1,2,-3,-1,-1,8,-1,3,-2
finished in	,-1,,-1,-1,-1,-1,5,,1,
finished test	,,,,,,,2,,-1,
fix	,-1,-5,-1,18,-3,-2,-2,-1,-3,-1
fix end	,,,,1,,,,,,
fix formatting	,-1,,,3,,,,,,
fix option	,,-1,-1,3,,,,,,
fix these	,,,,1,,,,,,
fix whitespace	,,-1,-1,4,,,,,,
fixable	,1,-1,-2,4,,,,,-1,
fixable with	,,-1,-1,3,,,,,,
fixer	,,,,1,,,,,,
fixes	,,,,1,,,,1,,
fixes applied	,,,,1,,,,,,
flake8	,-1,,-1,6,-1,,-2,,-1,
fluentassertions	,,-1,,,,,3,,-1,
fluentassertions execution	,,-1,,,,,3,,-1,
flush	,,,,,,1,,,,
flush boolean	,,,,,,1,,,,
flushencoder	,,,,,,1,,,,
flushstream	,,,,,,1,,,,
flushstream boolean	,,,,,,1,,,,
fmt	,-1,-1,-1,7,-1,-1,-1,,-1,
following artifacts	,,,-2,,,,,,3,
following files	,,,,1,,,,,,
following reports	,,,,1,,,,,,
following tests	,,,,,,,3,,-1,
for	-4,-2,7,5,3,,-3,-5,7,-1,-8
for async	,,,,,,,,3,-1,
for emulator	,,,-1,,-1,,,7,-2,-1
for further	,-1,,-1,3,,,,,,
for job	,-1,-1,,-1,6,,,-1,-1,
for jobs	,,,,,,,,2,,
for more	,3,4,-1,2,-2,-2,2,-2,-2,-2
for other	,2,-3,-1,3,,1,,,,
for rakefile	,,-1,-2,,5,,,,,
for unfinished	,,2,,-1,-1,1,,,,-1
for xpath	,-1,-4,3,-1,-2,3,-1,-1,6,
for xurl	,,-1,-2,,5,,,,-1,
format	,-5,2,-7,15,1,-2,-1,-1,,-2
format github	,,,,2,,,,,,
format has	,-1,,,2,,,,,,
format violations	,,,,1,,,,,,
formatted	,-1,-2,-2,7,-2,-1,2,,-2,-1
formatting	,-2,,-1,8,-1,-1,-1,,-1,
formatting insert	,,-1,,3,,,,,,
formatting replace	,,,,2,,,,,,
formatting xpath	,-1,,,3,,,,,,
found	-3,6,4,5,9,13,-5,-7,-7,-6,-9
found 1	,2,,-3,4,-1,-1,-1,,,
found 4	,,,,1,,,,,,
found are	,4,-1,-1,,-1,,,,,
found code	,,,,1,,,,,,
found for	,,2,1,-2,3,-1,-1,-1,,-1
found looking	,,-1,-2,,5,,,,,
found put	,,-1,-1,,5,,,,-1,
found usize	,2,-1,,,,,,,,
found void	,-1,4,-1,,-1,,,,,
found which	,,-1,2,,,,,,-1,
found xnum	,,-1,,4,-1,,-1,,-1,
found xpath	,-2,3,-4,-1,4,,,,3,
free	,,,,,,2,,,-1,
free space	,,,,,,2,,,-1,
from	-2,16,11,-1,-8,-1,-6,-9,2,,-2
from app	,-2,4,-1,,,,,,,
from daemon	,-1,-1,-1,,2,,,,1,
from lock	,,,2,,-1,1,,,,
from long	,1,,,,,,,,,
from testhost	,,,,,,,,2,,
from the	,,-2,4,,-1,,-1,,1,
from versions	,,-1,1,,,,,,,
full bug	,,,,,,2,,,,
fully	,,,-1,,3,,,,,
fully qualified	,,,-1,,3,,,,,
func1	,-1,-1,-1,-1,,,,1,3,
func1 xhex	,,,,,,,,1,,
function main	,1,,,,,,,,,
further	,-1,,-1,3,,,,,,
further information	,-1,,-1,3,,,,,,
garbage	,,,,,,2,,,,
garbage collector	,,,,,,2,,,,
gc	,1,-1,-1,-1,-1,6,-1,,-1,
gc in	,,,,,,1,,,,
gc ldflags	,2,,,,,,,,,
gcs	,,,,,,1,,,,
gem	,-2,1,8,-2,-1,-1,-1,-1,,-1
gem gemnotfoundexception	,,-1,3,,,,,,-1,
gem install	,-1,-3,7,,-1,,,,-1,
gemfile	,-1,-1,3,,1,,,,-1,
gemnotfoundexception	,,-1,3,,,,,,-1,
get	-1,3,-4,,-2,4,-1,1,-1,5,-3
get xurl	,-2,2,,-2,-1,-1,-1,-1,6,-1
getbyrole	,,,,,,,1,,,
getbyrole button	,,,,,,,1,,,
getting	,-2,,-2,3,2,-1,-1,-1,3,-1
getting action	,,-1,-1,,4,,,,-1,
ghc	,-1,-2,7,-1,-1,,-1,,-2,
git push	,,,,,2,,,,,
github	-1,-1,-4,-1,,,-2,-2,1,11,-1
github actions	,-1,-1,-1,2,,-1,-1,2,2,
github runner	,,,,,1,,,,,
github_token	,,-1,,,2,,,,,
github_token permissions	,,,,,1,,,,,
globbing	,-1,-1,-1,5,-1,,,,-1,
globbing and	,-1,-1,-1,5,-1,,,,-1,
go	-2,1,-9,13,-5,-5,-5,3,-5,18,-4
go 1	,-1,-1,6,-1,-1,,-1,,-2,-1
go mod	,-2,-2,12,-1,-2,-1,-1,,-2,-1
go sum	,-2,-1,8,-1,-1,,-1,,-2,
go xpath	,-2,-2,5,-2,,-1,-1,-1,5,-1
goal org	,4,-6,-3,3,-2,-1,7,-1,-1,-1
gofmt	,-1,,,3,,,,,,
gofmt exit	,-1,,,3,,,,,,
gofmt gofmt	,-1,,,3,,,,,,
gofunc	,,,,,,,-1,2,,
golangci	,1,-2,2,6,-2,-1,-1,-1,-3,-1
golangci lint	,1,-2,2,6,-2,-1,-1,-1,-3,-1
google_checks	,,,,1,,,,,,
google_checks xml	,,,,1,,,,,,
goroutine	,-1,-2,-1,-1,-1,-1,1,4,3,
goroutine 1	,,,,,,,1,1,,
goroutine 7	,,,,,,,2,,-1,
goroutine 9	,,,,,,,3,,-2,
goroutine xnum	,,,,,,,-1,1,1,
gradle build	,-1,-1,-1,,-1,6,,-1,-1,
gradle ktlint	,,,,1,,,,,,
gradlecompilerrunnerwithworkers	,3,-1,,,,,,,,
gradlecompilerrunnerwithworkers gradlekotlincompilerworkaction	,3,-1,,,,,,,,
gradlekotlincompilerworkaction	,3,-1,,,,,,,,
group	-1,-2,-5,-4,3,4,-2,3,-2,2,4
group run	,-1,-4,-1,3,-2,-1,1,-2,4,4
h3	,,,,,,,1,,,
h3 strong	,,,,,,,1,,,
h5	,,,,,,,1,,,
h5 example	,,,,,,,1,,,
had format	,,,,1,,,,,,
handle	,,,,,,2,,,,
handle readonlyspan	,,,,,,2,,,,
handles	,,,,,,,1,,,
handshake	,-1,-1,-1,,-1,,,,5,
handshake timeout	,-1,-1,,,,,,,3,
hang	,,-1,,,-1,,,2,1,
hang dumps	,,,,,,,,2,,
has	-2,6,9,-9,-1,-4,1,-5,11,-4,-4
has arg	,-1,,,2,,,,,,
has been	,1,-2,-4,,3,1,-1,5,-1,-1
has elapsed	,,,1,,,,,2,-1,
has exceeded	,,,,,,,,4,-1,
has identical	,,,,1,,,,,,
has incompatible	,3,-1,,-1,,,,,,
has missing	,,,,1,,,,,,
has no	-1,1,15,-1,-2,-3,-1,-1,-1,-4,-1
has timed	,,,,,-1,,,2,,
has type	,5,-2,,-1,,,,,,
haskell	,-1,-2,-2,,6,,,,-1,
have 1	,,,,1,,,,,,
have bad	,,,-1,,,,,,2,
have crashed	,,,-1,,-1,3,,,,
have failed	,,,-1,,2,,,,-1,
have reached	,,,,,-1,,,,3,
header cstdint	,2,-1,-1,,,,,,,
heap	,-1,-2,-2,-1,-2,11,2,-1,-3,-1
heap limit	,,,-1,,,4,,,-1,
heap out	,-1,-1,-1,-1,-1,6,-1,,-1,
heap space	,-1,-1,-1,,,6,-1,,-1,
helm	,-1,-1,-2,2,-1,,,4,-1,
helm upgrade	,,,-1,,,,,4,-1,
help	,-4,,,12,-6,-2,2,-2,1,-1
help config	,,,-1,,,,,,2,
help for	,-1,-1,,3,,,,,,
help remove	,,,-1,2,,,,,,
help to	,,,,1,,,,,,
here	,2,9,-1,-2,-3,-1,-1,,-2,-1
hook id	,,,,1,,,,,,
hook useeffect	,,,,1,,,,,,
hooks	,,-1,,,,,,3,-1,
hooks ensure	,,,,,,,,3,-1,
host	,-1,-3,,-1,-1,-1,-1,1,8,-1
host process	,,,,,,,,2,,
hosted	,-1,1,-2,-1,,1,-1,-2,5,-1
hosted runner	,-1,-1,-2,-1,1,2,-1,-2,5,-1
how	,,-1,-2,,2,,,1,,
how to	,,-1,-2,,2,,,1,,
http	,-2,,3,-1,-3,-1,-1,-1,8,-1
http status	,,,,,,,,,2,
httperror	,-1,-2,-2,-1,7,-1,-1,,1,
httperror resource	,-1,-1,-1,-1,6,,,,-1,
httpsconnectionpool	,,-1,-1,-1,,,-1,,4,
httpsconnectionpool host	,,-1,-1,-1,,,-1,,4,
i001	,,-1,-1,5,-1,,,,-1,
i001 import	,,-1,-1,5,-1,,,,-1,
id string	,,,,,,,1,,,
ide0055	,-1,,,3,,,,,,
ide0055 fix	,-1,,,3,,,,,,
identical blocks	,,,,1,,,,,,
identical to	,,,,,,,1,,,
if any	,,,,,,,1,,,
if appropriate	,,,,,,2,,,,
if has	,,,,1,,,,,,
if returning	,,,,,,,,3,-1,
if same	,,,,1,,,,,,
if the	,,-1,-2,-1,2,,,,-1,4
if_same_then_else	,,,,1,,,,,,
ignored	,,-1,-1,,-1,,1,,2,
ignored 0	,,-1,,,,,1,,,
ignored or	,,,-1,,,,,,2,
immediately	,-1,,,,,4,,,-1,
implement	,3,-1,-1,-1,,,,,,
implied	,-2,-1,-1,6,,,,,,
implied by	,-2,-1,-1,6,,,,,,
import	-1,11,9,4,1,-4,-3,-5,-2,-9,-2
import block	,,-1,-1,5,-1,,,,-1,
import crate	,3,-2,,,,,,,,
import sys	,,,,1,,,,,,
imported	,-2,4,1,2,-1,-1,-1,,-1,-1
imported but	,1,-1,-1,3,,,,,,
importerror no	,5,-2,-1,,,,,,,
imports	,-1,-1,-1,3,,,3,,-2,
imports are	,,,,2,,,,,,
in 0	,-2,,1,-1,-1,-1,5,,,-1
in 11	,,,,,1,,,,,
in 21	,,,,1,,,,,,
in 22	,,-1,-1,,,,4,,-1,
in _error_catcher	,-1,-1,,,,,,,3,
in apt	,,,-1,3,,,,,,
in assignment	,4,-1,,-1,,,,,,
in block	,1,-1,1,,-1,-1,3,-1,,-1
in config	,3,-2,,,,,,,,
in define_test_tasks	,,,,,,,1,,,
in file	,6,-1,-1,-1,-2,-1,-1,,1,
in find_spec_for_exe	,,-1,3,,,,,,-1,
in function	,6,-1,-1,-1,,-1,,,-1,-1
in gemfile	,,,1,,,,,,,
in header	,2,-1,-1,,,,,,,
in loadtestsfromname	,5,-2,-1,,,,,,,
in module	,2,6,4,-2,-2,-1,-1,-1,-4,-1
in name	,,,,,-1,,,,3,
in old	,,,,,,1,,,,
in read	,-1,-1,,,,,,,3,
in top	,-1,,2,-1,-1,-1,1,,2,
in total	,,,,,,,1,,,
in use	,,-1,-1,,,,-1,-1,5,
inactivity	,,,,,,,,2,,
inactivity time	,,,,,,,,2,,
include cstdint	,2,-1,-1,,,,,,,
include file	,-1,-1,-1,,,,,,,4
included	,4,-1,-1,,,,,,-1,
included from	,4,-1,-1,,,,,,-1,
including	,,,1,,,,,,,
including require	,,,1,,,,,,,
incompatible	,11,-4,2,-2,-1,-1,-1,-1,-2,-1
incompatible return	,2,-1,,,,,,,,
incompatible type	,2,-1,,-1,,,,,,
incompatible types	,8,-3,-1,-1,-1,-1,-1,,-1,
incorrectly sorted	,,,,2,,,,,,
increased	,,,-1,,2,,,,-1,
increased please	,,,-1,,2,,,,-1,
indent	,,-1,-1,3,,,,,,
indentation	,,-1,-1,3,,,,,,
indentation of	,,,,1,,,,,,
index	,-1,,2,-2,-4,-1,3,-1,7,-1
index files	,,,-1,,,,,,2,
index for	,,-1,2,,-2,,,,3,
indicate	,,,-1,,-2,,,,4,
indicate success	,,,-1,,-2,,,,4,
indicates	,,-1,-1,,-1,,,4,-1,
indicates stalled	,,-1,-1,,-1,,,4,-1,
individual	,,-1,,,,,3,,-1,
individual test	,,-1,,,,,3,,-1,
ineffassign	,,,,3,-1,,,,-1,
ineffassign 1	,,,,1,,,,,,
ineffective	,,,,,,1,,,,
ineffective mark	,,,,,,1,,,,
ineffectual	,,,,3,-1,,,,-1,
ineffectual assignment	,,,,3,-1,,,,-1,
info checkstyle	,-1,-1,,5,,,,,-1,
info double	,,,,1,,,,,,
info results	,,1,,-1,,,2,,-1,
info tests	,,,,,,,1,,-1,
info there	,-1,2,-1,3,,,-1,,,
information about	,3,-2,-1,1,,-1,2,,-3,
information visit	,-1,,-1,3,,,,,,
input files	,5,-1,-3,,-1,,,,,
input required	,-1,4,-2,-1,5,-1,-1,-1,-2,-1
insert	,,-1,,3,,,,,,
insert xpath	,,-1,,3,,,,,,
inspected	,-1,-1,-1,9,-1,-1,-1,-1,-2,-1
inspecting	,,,,2,,,,,,
install	-1,-8,5,19,1,-7,-3,-5,,2,-4
install bundler	,,,2,,,,,,,
install instead	,,,-1,3,,,,,,
install jobs	,,,1,,,,,,,
install no	,,3,,-1,-1,1,,,-1,
install package	,,-1,-3,5,1,,,,-1,
install the	,,5,1,,-1,,,,-2,
installable	,,,1,,,,,,,
installable set	,,,1,,,,,,,
installation	,-2,1,1,-1,3,-1,-1,2,-2,-1
installed	,-1,16,-2,-3,-5,-1,-2,-1,2,-1
installed on	,,,1,,,,,,,
installing	,-3,5,4,-2,,-1,-1,2,-1,-2
installing dependencies	,,-1,1,,2,1,,,-1,
instance data	,-1,-1,-1,3,,,,,-1,
instead	,-3,,-4,9,3,-1,-3,-1,2,-1
instead of	,-1,-2,-4,8,2,-1,-2,,1,-1
int	,6,2,-1,-1,-1,,-2,,-2,
int32	,-1,2,,,-1,1,,,,
int64	,,,,,,2,,,,
int64 fileoffset	,,,,,,2,,,,
integration	,-1,-2,-2,4,7,,-1,,-3,-1
internal compiler	,-1,3,-1,,-1,4,-1,,-3,-1
internal error	,-1,5,-1,-1,-2,,,,,
internal isolate	,,,,,,1,,,,
internal v8	,,,,,,1,,,,
into	,-1,2,-5,-1,6,-1,,,,
into submodule	,,,-1,,3,,,,-1,
invalid workflow	,-1,-1,-1,,5,,,,-1,
io	,-4,-1,3,-3,,3,-2,-1,6,-1
io ioexception	,,-1,,,,3,,,1,
io randomaccess	,,,,,,2,,,,
io strategies	,,,,,,1,,,,
io streamwriter	,,,,,,1,,,,
ioexception	,,-1,,,,3,,,1,
ioexception no	,,,,,,3,,,,
is 2	,,,1,,,,,,,
is assigned	,,,,1,,,,,,
is called	,,,,,,,,3,-1,
is defined	,1,-2,-1,4,,,,,-1,
is equality	,,-1,,,,,4,,-1,
is exhausted	,,,,,,3,,,-1,
is forbidden	,,,-1,,3,,,,-1,
is identical	,,,,,,,1,,,
is missing	,-1,,5,-1,2,,,-1,-3,
is problem	,,,-1,,,,,,2,
is un	,,-1,-1,5,-1,,,,-1,
isn defined	,-1,5,,,-1,,,,-1,
isolate	,,,,,,1,,,,
isolate char	,,,,,,1,,,,
issues	,-2,-2,,9,-1,-1,-2,-1,1,
issues found	,-1,-2,-1,8,-1,,,,-1,
it for	,,,,,-1,2,,,,
it may	,,,-1,,-1,3,,,,
it resolves	,,,,,,,,3,-1,
its	,-2,2,-3,-1,,1,-1,1,6,-1
its child	,,,,,,,,2,,
its dependencies	,,-1,-2,,-1,,,,5,
its network	,,,,,-1,2,,,,
itself	,-1,-1,-3,-1,-2,-1,,3,6,-1
jar	,-1,-3,1,-1,-3,-1,-1,,9,
java 151	,,,,,,,1,,,
java heap	,,,,,,4,-1,,-1,
java xnum	,,-1,4,-1,-1,3,-1,,-2,
javac	,1,2,-2,,,,,,,
javac debug	,1,,,,,,,,,
javascript	,,,-1,,,5,-1,,-1,
javascript heap	,,,-1,,,5,-1,,-1,
jest ci	,,,,,,,1,,,
jlleitschuh	,,,,1,,,,,,
jlleitschuh gradle	,,,,1,,,,,,
job	-1,-4,-6,-5,-3,7,-3,1,4,2,9
job exceeded	,,,,,,,,2,,
job failed	,-1,-1,-1,-1,-1,-1,-1,,-3,10
job running	,,,,,,,,4,-1,
job was	,,-1,-1,,5,,,-1,-1,
jobs and	,,,,,,,,2,,
jobs to	,2,-3,-1,3,,1,,,,
js	,-1,-1,1,-1,-1,2,-1,3,-1,
js 15	,1,,,,,,,,,
js stacktrace	,,,,,,2,,,,
json	,-1,1,2,4,-3,-1,-2,-1,2,-1
json or	,,,1,,,,,,,
jvm	,,-1,-1,,,4,,,,
jvm garbage	,,,,,,2,,,,
jvm heap	,,,,,,3,,,-1,
jvmrun	,,,,,,,1,,,
jvmrun dump	,,,,,,,1,,,
keeper	,-1,-1,-1,,-1,4,,,-1,
keeper backend	,-1,-1,-1,,-1,4,,,-1,
keys	,,,,,,,1,,-1,
kill	,-1,-2,-2,-1,-1,2,-1,6,1,-1
killed	,-4,-3,-4,-2,2,22,-2,-1,-5,-2
killed or	,,,-1,,-1,3,,,,
killed program	,-1,-1,,,,5,,,-1,
killed pytest	,,,,,,2,-1,,,
killed python	,,,,-1,,2,,,,
killed signal	,-1,-1,-1,,,5,,,-1,
kind	,4,-1,-1,,,,,,-1,
kotlin compilerrunner	,3,-1,,,,,,,,
ktlint	,,-1,,4,-1,,,,-1,
ktlint found	,,-1,,4,-1,,,,-1,
ktlint worker	,,,,1,,,,,,
ktlintmainsourcesetcheck	,,,,1,,,,,,
ktlintmainsourcesetcheck failed	,,,,1,,,,,,
lang nosuchmethoderror	,-1,15,-1,-1,-1,-1,-5,-1,-3,-1
lang outofmemoryerror	,,,,,,4,-1,,-1,
last 10	,,-1,-1,,-1,,,4,-1,
last few	,,,,,,1,,,,
latest false	,,-1,,,-2,,,,-2,6
layer	,,-1,-2,-1,3,3,,,-1,
layers	,,,,,2,,,,-1,
ld	,10,-3,1,-1,-2,-1,-1,,-2,-2
ld returned	,8,-1,,-1,-1,-1,-1,,-2,-2
ldflags xpath	,2,,,,,,,,,
leaving	,-2,-1,1,,-1,-1,,,,4
leaving directory	,-2,-1,1,,-1,-1,,,,4
left	,-3,-5,-3,1,-3,13,1,-1,2,-1
left on	,-1,-2,-2,-1,-2,12,-1,-1,-2,-1
left unchanged	,-1,-1,,4,,,,,-1,
legacy	,,,1,,,,,,,
length	,-1,-2,-1,8,-1,-1,3,-1,-3,-1
length 120	,,,,1,,,,,,
levels	,1,-2,-2,,-1,,3,,1,
levels in	,1,-2,-2,,-1,,3,,1,
lib due	,4,-1,-1,,,,,,,
limit	,-2,-3,-2,-2,-1,10,-1,1,2,-1
limit allocation	,,,-1,,,4,,,-1,
limit by	,,,,,,,,,2,
limit for	,,,,,,,,2,,
limit needs	,,,-1,,2,,,,-1,
limit you	,,,,,,,,,1,
line before	,,,,1,,,,,,
line length	,-1,-2,-1,8,-1,-1,-1,,-2,
line too	,-1,-2,,6,-1,,-1,,-1,
line xpath	,11,-7,-1,-1,-1,,-1,,-1,
lines found	,,,,1,,,,,,
linking cxx	,-2,-1,-1,,,,,,-1,5
lint	,1,-4,1,14,-3,-1,-2,-1,-4,-1
lint in	,,,,3,-1,,,,-1,
lint run	,-1,,,4,-1,,,,,
linting	,,-1,-2,8,-1,-1,-1,,-1,
linting found	,,-1,,4,-1,,-1,,-1,
linux python	,-1,-2,,-1,,2,3,,-1,
listen tcp	,,-1,-1,,,,-1,-1,5,
loader	,1,,,,,,,,,
loading composer	,,,1,,,,,,,
loadtestsfromname	,5,-2,-1,,,,,,,
local	,-2,-1,9,-1,,-1,1,-1,-5,-1
locate package	,,-1,5,,-1,,,,-2,
location class	,3,1,-2,-1,,,,,-1,
location searched	,,-1,2,,,,,,,
location variable	,1,,,,,,,,,
location xpath	,,-1,1,,,,2,,-1,
locator	,,,,,,,1,,,
lock	,-1,,9,-2,-2,,-1,,-2,-1
lock file	,-1,-2,7,-1,,,-1,,-1,
lockfile	,-2,1,2,-2,1,-1,3,-1,-1,-1
logged in	,,,-1,-1,4,-1,,,-1,
long	,4,-4,-4,5,5,-1,,,-4,-1
long 103	,,-1,,3,,,,,,
long 108	,,-1,,3,,,,,,
long the	,,,-1,,3,,,,,
long to	,1,,,,,,,,,
lossy	,1,,,,,,,,,
lossy conversion	,1,,,,,,,,,
lost	,,-1,-1,,-2,2,,-1,3,
lost communication	,,-1,-1,,-2,2,,-1,3,
lovelace	,,,,,,,1,,,
lower	,,-1,4,-1,-1,,,,-1,
lower or	,,,1,,,,,,,
lru	,,,,,,,3,,-1,
m0s	,-1,-1,-1,-1,-1,-1,1,8,-2,-1
m0s this	,,,,,,,,2,-1,
machine	,,,-1,-1,1,5,,,-2,
machine runs	,,,,,,2,,,-1,
main main	,,,,,1,,,1,,
main tf	,4,-1,,,-1,,,,,
make makefile	,2,,-1,-3,-2,,2,-1,-3,7
makefile	-1,3,3,2,-4,-4,-2,,-1,-5,9
manifest	,,,-1,-1,-1,,,,1,3
many requests	,,,,,-1,,,,2,
mark	,,,,,,2,,,-1,
mark compact	,,,,,,1,,,,
mark compacts	,,,,,,1,,,,
mark sweep	,,,,,,1,,,,
marked as	,-1,-1,-1,3,,,,,-1,
master xurl	,,-1,-2,,4,,,,,
match	,,-6,1,-2,8,-1,3,-1,-1,-1
match any	,-1,-1,-1,-1,7,,-1,,-2,
matched	,,-1,,,,,2,,,
matched the	,,-1,,,,,2,,,
matches params	,,,,,,,1,,,
matches static	,,,,,,,1,,,
matching	,-1,-1,6,,-2,,,,-1,
matching distribution	,,-1,2,,,,,,,
maven checkstyle	,,-1,-1,6,-1,,-1,,-2,
maven compiler	,4,-2,-1,,-1,,,,,
maven surefire	,-1,3,-1,-1,-1,-1,3,,-1,
max	,-1,-3,,7,-2,1,-2,-1,2,-1
max line	,-1,-1,-1,6,-1,,-1,,-1,
max warnings	,,,,2,,,,,,
maximum	,-1,-1,,1,-1,-1,-1,5,-1,
maximum execution	,,,,,,,,4,-1,
maximum time	,,,,,,,,2,,
may increase	,,,,,,,,,2,
mb	,-1,-3,-3,1,-1,4,,-1,4,
mb xnum	,,,,,,1,,,,
mean	,4,4,-2,-1,-1,-1,-1,,-1,
measured	,,,,,,,,,1,
measured 0	,,,,,,,,,1,
member	,,3,-1,3,-1,-1,,,-2,
memory	,-4,-1,-2,1,-2,12,3,-1,-4,-1
memory size	,,-1,-1,,-1,5,,,-1,
message dumping	,,,,,,,,2,,
message the	,,,,,,,,2,,
message token	,,-1,-1,,4,,,,-1,-1
message toomanyrequests	,,,,,,,,,1,
method	-1,6,19,-6,-3,-6,-2,-3,-2,1,-2
method named	,1,3,-2,,-1,,,,-1,
method not	,-1,9,-2,-1,-2,,-1,,-1,
method totalwithtax	,1,,,,,,,,,
might	,-1,4,-3,-1,1,2,,,-2,
might not	,,,,,,1,,,,
min	,-3,2,-1,-1,-1,-1,2,-1,-3,8
minutes	,2,-3,-1,-1,-2,-1,,10,-3,-1
minutes this	,,,,,,,,1,,
mismatched	,3,-1,,-1,,,,,,
mismatched types	,3,-1,,-1,,,,,,
missing	-1,-1,5,10,2,-2,-2,-2,-2,-6,-2
missing dependency	,,,,1,,,,,,
missing using	,4,-1,-1,,-1,,,,,
missingmethodexception	,-1,7,-1,-1,-1,,-1,,-1,
missingmethodexception method	,-1,7,-1,-1,-1,,-1,,-1,
model	7,1,-1,1,-1,-2,-1,-1,-1,-1,
module	-2,16,7,16,-7,-4,-5,-6,-3,-8,-4
money	,,,,,,,1,,,
more	-1,1,11,-7,1,7,-3,,-2,-7,-2
more information	,2,-1,-2,4,4,-1,2,-1,-4,-1
ms	-1,-1,-5,2,1,-4,2,5,5,-3,-1
ms average	,,,,,,1,,,,
ms exceeded	,,,,,,,,3,-1,
ms for	,,,,,,,1,3,-2,
ms mark	,,,,,,1,,,,
ms no	,,,,1,,,,,,
mu	,,,,,,1,,,,
mu 0	,,,,,,1,,,,
mypy	,2,1,-1,-1,,,,,,
mypy src	,2,-1,,-1,,,,,,
name assertionerror	,,,,,,,1,,,
name of	,-1,6,-2,1,-1,,,,-1,
name resolution	,,,,,-1,,,,3,
name xpath	,-1,,-3,,4,,,,,
named	,8,5,5,-3,-4,-2,-2,-1,-4,-1
named tests	,6,-4,-1,,,,,,,
namespace name	,3,-1,1,,-1,,,,-1,
native stack	,,,,,,1,,,,
near heap	,,,,,,1,,,,
needs	,-1,-1,5,-1,1,-1,-1,,-2,
needs to	,,-1,4,-1,1,-1,,,-2,
net 10	,,,1,,,,,,,
net sdk	,,-2,4,,-1,,,,,
net9	,,,,,,,1,,,
net9 0	,,,,,,,1,,,
netsdk1045	,,,1,,,,,,,
network	,-1,-2,-1,-1,-3,2,-1,-1,8,-1
network access	,,,,,-1,2,,,,
network connection	,,,-1,,-1,3,,,,
network connectivity	,,,-1,,,,,,2,
network error	,,,-1,,,,,,3,
network if	,,,-1,,,,,,2,
network in	,,,-1,,,,,,2,
network proxy	,,,-1,,,,,,2,
network settings	,,,-1,,,,,,2,
network this	,,,-1,,,,,,2,
never	,,-2,-3,5,-2,-1,-1,-1,5,-1
never used	,-1,-1,-1,7,,,,,-1,
next	7,,-2,,1,1,,-1,-1,-3,
next build	,1,,,,,,,,,
next js	,1,,,,,,,,,
nil	,-1,-3,-2,,4,-1,7,-1,-3,
ninja build	,2,,,,,,,,,
no	-4,6,6,10,1,7,-1,-12,-5,-2,-7
no attribute	,4,7,-2,-1,-1,-1,-1,-1,-2,-1
no blank	,,,,1,,,,,,
no changes	,,,,2,,,,,,
no exported	,-3,5,,,,,,,,
no fixes	,,,,1,,,,,,
no input	,5,-1,-3,,-1,,,,,
no matching	,,-1,3,,-1,,,,,
no member	,3,-2,,,,,,,,
no output	,,-1,-1,,-1,,,4,-1,
no rakefile	,,-1,-2,,5,,,,,
no space	,-1,-2,-2,-1,-2,12,-1,-1,-2,-1
no unused	,,,,2,,,,,,
node abort	,,,,,,1,,,,
node oomerrorhandler	,,,,,,1,,,,
node version	,,-1,-1,,-2,,,,-2,6
node xnum	,-1,-1,-1,,,,-1,5,-1,
node12	,,-1,-1,,3,,,,-1,
node16	,,-1,-1,,3,,,,-1,
none expected	,1,,,,,,,,,
none read	,-1,-1,-1,,,,,,4,
none redirect	,,,,,,,,,2,
none status	,,,,,,,,,2,
nosuchmethoderror	,-1,15,-1,-1,-1,-1,-5,-1,-3,-1
nosuchmethoderror org	,,7,,,-1,,-2,,-2,
not	-7,9,9,11,-1,7,-8,-11,-3,-1,-7
not access	,-1,-1,-1,3,,,,,-1,
not accessible	,-1,-2,-2,4,8,-1,-1,-1,-3,-1
not assignable	,3,,,-1,-1,,,,-1,
not checked	,-2,-1,-1,5,-1,,,,-1,
not compile	,3,-1,-3,3,-3,6,-1,-1,-3,-1
not declared	,4,-1,-1,-1,-1,,,,-1,
not exist	,7,-3,3,-2,-1,-1,-1,2,-2,-1
not exported	,-1,5,-2,,,,,,,
not find	,-3,2,10,1,-2,-1,-1,-1,-3,-1
not found	-1,-1,6,14,-3,4,-5,-3,-3,-4,-4
not indicate	,,,-1,,-2,,,,4,
not read	,,-1,-2,,5,,,,,
not resolve	,-1,1,4,-1,-3,-1,-1,,2,
not satisfy	,,,1,,,,,,,
not started	,,,-1,,2,,,,-1,
not succeed	,,,,,,1,,,,
not supplied	,-1,4,-2,-1,5,-1,-1,-1,-2,-1
not support	,-1,1,2,,-1,,,,-1,
not transfer	,,,-2,,,,,,4,
not use	,,,,1,,,,,,
not used	,6,-1,-1,-1,,,-1,,-1,
not valid	,-1,-2,-2,,9,,,-1,-2,-1
note clippy	,-1,-1,-1,3,,,,,,
note expected	,1,-1,,,,,,,,
note uint8_t	,2,-1,-1,,,,,,,
notes	,,-1,1,-1,-1,,,,,3
notice publishing	,,,-1,,3,,,,-1,
np	,-1,6,-1,,,,-2,,-1,
npm ci	,,-1,2,,-1,,,,2,
npm install	,,-1,3,,-1,,,,-1,
npm itself	,-1,-1,-2,-1,-1,,,,7,
npm run	,6,-1,-5,1,-2,1,-1,,,
number is	,1,,,,,,,,,
numpy	,,4,,,,,-1,,-1,
numpy 2	,,3,,,,,-1,,-1,
o2 xpath	,,-1,,,,2,,,-1,
object	-1,-1,7,-4,-3,-3,-1,1,3,-3,6
object has	,-1,3,,,,,,,,
object is	,,-1,,,,,4,,-1,
occurs	,2,-1,,-1,,,,,,
of	3,1,-9,8,3,-4,,1,2,2,-9
of 300	,,,,,,,,2,,
of 360	,,,,,,,,2,,
of apt	,,,-1,3,,,,,,
of bundler	,,,1,,,,,,,
of disk	,,,,,,2,,,-1,
of files	,,,,1,,,,,,
of goal	,,-1,-1,,,,-1,,4,
of its	,,-1,-3,,2,,,,4,
of memory	,-1,-1,-1,-1,-1,6,-1,,-1,
of packages	,,,2,,,,,,,
of type	,2,2,,-1,-1,-1,,,-1,
of valid	,,-1,-1,,3,,,,-1,
of wrong	,-1,,,2,,,,,,
of xnum	,-1,-1,-1,-1,-1,5,1,3,-3,
offenses	,-1,-1,-1,9,-1,-1,-1,-1,-2,-1
offenses autocorrectable	,,,,3,,,,,-1,
offenses detected	,-1,-1,-1,9,-1,-1,-1,-1,-2,-1
oh	,-1,-1,,4,,,-3,,2,
oh no	,-1,-1,,4,,,-3,,2,
ok	,2,-2,-2,-1,-3,-2,5,6,-2,-2
ok 1	,,,,,,,1,,,
ok 2	,,,,,,,1,,,
old ones	,,,-1,,,,,,2,
old space	,,,,,,1,,,,
on	-2,-3,1,-7,-1,-2,6,4,10,1,-6
on device	,-1,-2,-2,-1,-2,12,-1,-1,-2,-1
on how	,,,-1,,,,,1,1,
on line	,-3,6,-2,1,,1,-1,-1,,-1
on runner	,,,,,,,,4,-1,
on type	,2,2,,-1,-1,-1,,,-1,
on xpath	,-2,5,-1,1,-1,,,,-1,
on xurl	,,2,-3,,-1,,,1,3,
one of	,-2,1,-5,-2,6,-1,-1,-1,5,-1
ones	,,,-1,,,,,,2,
ones used	,,,-1,,,,,,2,
only install	,,,1,,,,,,,
oomdetails	,,,,,,1,,,,
oomdetails const	,,,,,,1,,,,
oomerrorhandler	,,,,,,1,,,,
oomerrorhandler char	,,,,,,1,,,,
open	,-2,-3,-6,-1,3,-1,-1,,11,-1
opentest4j	,,-1,-1,,-1,,6,,-2,
opentest4j assertionfailederror	,,-1,-1,,-1,,6,,-2,
operation	,-1,-3,-1,-1,-1,-1,-1,9,2,-1
operation was	,-1,-2,-2,-1,-2,-1,-1,9,3,-1
operator	,,4,-1,,-1,,1,,-1,
operator strictequal	,,,,,,,1,,,
option	,-1,7,-2,4,-2,-1,-2,-1,-1,-2
opts	,,,-1,,2,,,,-1,
opts auth	,,,-1,,2,,,,-1,
or	-3,-2,,17,-6,15,-5,-6,-4,-3,-4
or address	,,,-1,,3,,,,-1,
or an	,3,-1,1,,-1,,,,-1,
or blocks	,,,,,-1,2,,,,
or both	,,,-1,,3,,,,,
or have	,,,-1,,,,,,2,
or lower	,,,1,,,,,,,
or namespace	,3,-1,1,,-1,,,,-1,
or old	,,,-1,,,,,,2,
or one	,,-1,-2,,,,,,4,
or opts	,,,-1,,2,,,,-1,
or something	,,2,-3,,-1,,,3,-1,
or un	,,-1,-1,5,-1,,,,-1,
or use	,-1,-1,4,,-1,,,,-1,
or your	,,,-1,,2,,,,-1,
orders	,,,,,,,1,,-1,
org jlleitschuh	,,,,1,,,,,,
org opentest4j	,,-1,-1,,-1,,6,,-2,
org port	,,,,,,,,,3,
orphan	,,,,,,,,4,-1,
orphan process	,,,,,,,,4,-1,
os imported	,,,,1,,,,,,
other	,2,-1,1,1,-1,,,,-1,
other jobs	,2,-3,-1,3,,1,,,,
out	-1,-7,-6,-3,-2,-3,4,6,11,4,-3
out after	,,-1,-1,-1,-1,-1,-1,8,-1,
out finished	,,,,,,,1,,,
out format	,,,,2,,,,,,
out of	,-2,2,-3,-2,1,7,3,-2,-4,-1
out waiting	,,-1,-1,,,,-1,5,-2,
outofmemoryerror	,,,,,,4,-1,,-1,
outofmemoryerror java	,,,,,,4,-1,,-1,
output fail	,,,,,,,2,,-1,
output for	,1,,,,,,,,,
output format	,,,,2,,,,,,
output has	,,-1,-1,,-1,,,4,-1,
output package	,,,,,,,2,,-1,
overflow	,,-1,-1,-1,-1,,6,-1,-2,
override warnings	,,,,1,,,,,,
package	-1,1,2,11,-2,-7,-5,3,-4,,2
package information	,,,1,,,,,,,
package is	,,-1,2,,,,,,,
package use	,,-1,-2,7,-1,,,,-1,
package version	,-1,-1,-2,7,,,,,-2,
packages	-1,-3,,15,-2,-5,-2,1,-2,-1,-2
packages please	,,,1,,,,,,,
page getbyrole	,,,,,,,1,,,
panic	,,-1,-1,-1,-1,-1,1,4,,
panic runtime	,,,,,,,2,,-1,
panic test	,,,,,,,-1,5,-1,
panicked	,-1,-3,,-1,-1,-1,3,,4,
parameter	,7,-6,,-1,6,-1,-1,1,-4,-1
parameter of	,4,-1,-1,,-1,,,,-1,
parameter token	,,,-1,,2,,,,-1,
parameter using	,,-1,-1,,3,,,,-1,
params	,1,-1,-1,,,,2,,-1,
pass	,-2,2,-2,-2,1,,4,-1,1,-1
pass 1	,,4,,,,,-1,,-1,
pass lib	,,,,,,,2,,-1,
pass xpath	,,-1,,,,1,2,-1,,
passed	-1,-4,,-2,-3,,-1,6,-3,10,-2
passed 1	,-1,-1,,-1,,,1,,2,
passed 2	,,,,,,,3,,-1,
passed 211	,,,,,,,1,,,
passed 41	,,,,,,,1,,,
passed 5	,,-1,,,,,3,,-1,-1
passed in	,,1,-1,,,,5,,-3,
passing	,,,,,,,2,,-1,
path file	,,,-1,,3,,,,,
payments	,,,-1,,2,,,,-1,
payments have	,,,-1,,2,,,,-1,
pending	,-1,-1,-1,-1,-2,,5,-1,3,
permission	,-3,1,-2,-1,14,-1,-2,-1,-4,-1
permission denied	,-2,1,-2,-1,13,-1,-2,-1,-3,-1
permission to	,,,,,1,,,,,
permissions	,,,2,,2,,,,-3,
php fatal	,-1,5,-1,-1,-1,1,-1,,-1,
phpunit	,-1,1,2,-1,1,-1,3,-1,-2,-1
phpunit 11	,,,,,,,1,,,
pid xnum	,,-1,-1,,-1,1,-1,4,-2,
pie	,2,,,,,,,,,
pie compiler	,2,,,,,,,,,
pin	,,-1,-2,7,-1,,,,-1,
pin versions	,,-1,-2,7,-1,,,,-1,
plans	,,,-1,,2,,,,-1,
plans section	,,,-1,,2,,,,-1,
platform linux	,-1,-2,,-1,,2,3,,-1,
please check	,,-1,-1,,2,,,,1,
please make	,,,-1,,-2,,,,5,
please refer	,,-1,,,,,3,,-1,
please run	,,,2,,,,,,,
please submit	,,,,,,2,,,,
please wait	,,-1,,,,,2,,,
pluggy 1	,-1,-2,,-1,,2,3,,-1,
plugin 2	,-1,-2,-4,,-2,-1,1,-1,9,
plugin org	,,-1,-1,,-1,,,,4,
port	,,-1,-1,,,-1,1,,2,
port 443	,,-1,-1,-1,,,,,3,
possible lossy	,1,,,,,,,,,
potentially	,-1,-1,-1,2,-1,,,3,-1,
potentially fixable	,,-1,,2,,,,,,
potentially indicates	,,-1,-1,,-1,,,4,-1,
pre	,1,-1,-2,5,,,-1,,-1,
pre commit	,,,,1,,,,,,
prepare	,,-1,,,3,,,,,
prepare all	,,-1,-1,,3,,,,,
prepare workflow	,,,-1,,2,,,,,
preprocessed	,,,,,,2,,,,
preprocessed source	,,,,,,2,,,,
prettier	,,-1,,3,-1,,,,-1,
prettier check	,,,,1,,,,,,
prettier with	,,,,3,-1,,,,,
prevent	,-1,-2,1,4,-1,-1,1,-1,,
prevent globbing	,-1,-1,-1,5,-1,,,,-1,
previous	,2,1,-2,5,-2,-1,-2,-1,1,-1
previous error	,1,1,,3,-1,-1,,,-2,
previous errors	,2,-1,,,,,,,,
printf	,-1,,,2,,,,,,
problem 1	,,,1,1,,,,,,
problem related	,,,-1,,,,,,2,
problems	,-1,2,-2,1,-2,,,,3,-1
problems 2	,,,,1,,,,,,
process	-2,-2,-3,-5,,-3,5,3,1,3,2
process completed	-2,-1,,4,4,,4,3,-2,-4,-6
process crashed	,,,,,,,,2,,
process pid	,,,-1,,-1,1,-1,4,-2,
process processticksandrejections	,,,,,2,,,,-1,
process starves	,,,,,-1,2,,,,
processes	,-1,-1,1,,-1,3,,1,-1,
processticksandrejections	,,-1,-1,-1,5,,,,-1,
processticksandrejections nod	,,,-1,,3,,,,-1,
processticksandrejections xpath	,,,,,2,,,,,
program	,-1,-2,-2,,-1,9,-1,-1,,-1
program cc1plus	,-2,-1,-1,-1,-1,9,-1,,-1,-1
promise	,,-1,-1,-1,,-1,-1,6,-1,
promise ensure	,,,,,,,,3,-1,
properly see	,,,-1,,,,,,2,
property	,3,,-2,,1,-1,-1,3,-2,
protected	,,-1,,,4,,,,-1,
provide	,-2,4,-3,,2,,,,,
proxy	,3,-3,-2,,-1,,,,4,
proxy config	,,,-1,,,,,,2,
proxy or	,,,-1,,,,,,2,
proxy please	,,,-1,,,,,,2,
publickey	,,,,,2,,,,-1,
publishing	,,,-1,,3,,,,-1,
publishing to	,,,-1,,3,,,,-1,
pull	,-2,-2,2,-1,-1,-1,-1,-1,8,-1
pull rate	,,,,,-1,,,,3,
pull request	,,,,,4,,,,-1,
pulling from	,-1,-2,-1,,-2,,,,7,
push	,,-1,-3,-1,10,,-1,-1,-4,-1
push origin	,,,,,1,,,,,
push some	,,,,,2,,,,-1,
pushing	,,-1,-2,,6,,,,-2,
pushing layers	,,,,,2,,,,-1,
put	,-1,-1,-2,,5,,2,,-3,
put xurl	,,-1,-1,,5,,,,-1,
qa_tracking_singletarget	,,,,,,,3,,-1,
qa_tracking_singletarget failed	,,,,,,,3,,-1,
qf	,,-1,-2,,4,,,,,
qf xhex	,,-1,-2,,4,,,,,
qty	,,,,,,,1,,,
quote	,-1,-1,-1,5,-1,,,,-1,
quote to	,-1,-1,-1,5,-1,,,,-1,
race	,-1,-2,-2,-1,-1,-1,-2,-1,12,
rake exited	,,-1,-1,,3,,,,,
rake test	,,,,,,,1,,,
rakefile	,,-1,-2,,5,,,,,
rakefile found	,,-1,-2,,5,,,,,
rakefile rakefile	,,-1,-2,,5,,,,,
rakefile rb	,,-1,-2,,5,,,,,
ran	,-2,1,-3,4,-2,-1,3,3,-1,-1
ran golangci	,,,,3,-1,,,,-1,
randomaccess	,,,,,,2,,,,
randomaccess writeatoffset	,,,,,,2,,,,
rate	,,,-1,-1,-1,,,,5,
rate limit	,,,-1,-1,-1,,,,5,
rb rakefile	,,-1,-2,,5,,,,,
rbrace	,,,,1,,,,,,
reached	,-1,-1,-2,-1,-2,2,-1,3,4,-1
reached heap	,,,,,,3,,,-1,
reached your	,,,,,-1,,,,3,
react hook	,,,,1,,,,,,
read	-1,-3,-5,-5,-1,5,-2,2,2,9,-1
read econnreset	,,,,,-1,,-1,,3,
read none	,,,,,,,,,2,
read timed	,-1,-1,,-1,,,,,4,
read username	,,,-2,,5,,,,-2,
reading xurl	,,-1,-2,,-1,,,,5,
readme	,,,,2,,,-1,,,
readme md	,,,,2,,,-1,,,
readonlyspan	,,,,,,2,,,,
readonlyspan 1	,,,,,,2,,,,
readtimeouterror	,-1,-1,,-1,,,,,4,
readtimeouterror httpsconnectionpool	,,,,,,,,,2,
real	,,,,,,,2,,,
reason test	,,,,,,,,2,,
receive	,-1,-1,-1,-1,-1,,-1,3,2,
receive 9	,,,,,,,,3,-1,
received	-1,-3,-2,-5,-2,-4,-2,4,6,10,-1
received 1	,,,,,,,1,,,
received false	,,,,,,,1,,,
received in	,,-1,-1,,-1,,,4,-1,
received tobe	,,,,,,,1,,,
recent account	,,,-1,,2,,,,-1,
redirect none	,,,,,,,,,2,
refer	,,2,-1,,-1,,3,,-2,
refer to	,,-1,,,,,3,,-1,
reference	-1,8,,-2,3,-3,-2,-2,-1,,-2
reference to	,5,-1,-1,,,,,,-1,-1
reference xpath	,,,1,,,,,,,
reformat	,-1,3,-1,3,-1,-1,-1,,-1,
reformat xpath	,-1,3,-1,3,-1,-1,-1,,-1,
reformatted	,-1,-1,,4,,,,,-1,
refs	,,,,,2,,,,-1,
refs to	,,,,,2,,,,-1,
refusing	,,,,,1,,,,,
refusing to	,,,,,1,,,,,
rejected	,,-1,-1,,5,,,,-1,
rejects	,,,,,,,1,,-1,
related	,-1,-1,-3,-1,-2,,2,,6,
related to	,-1,-1,-3,,-2,,,,7,
release use	,,3,,,,,-1,,-1,
relro	,2,,,,,,,,,
remote	,-2,5,-7,-1,8,-1,-1,,,-1
remote permission	,,,,,1,,,,,
remote rejected	,,,,,2,,,,,
removed	,-1,5,,-1,-1,,,-1,-2,
removed in	,,3,,,,,,,-1,
replace	,,,,2,,,,,,
report at	,,,,,,1,1,,-1,
reported	,3,-2,-1,4,-1,,-1,,-1,
reported by	,,-1,-1,3,,,-1,,,
reportoomfailure	,,,,,,2,,,,
reportoomfailure char	,,,,,,1,,,,
reportoomfailure v8	,,,,,,1,,,,
repositories with	,,,1,,,,,,,
repository	-1,-4,-2,5,-2,6,-2,-1,-1,2,-1
repository not	,-1,-2,-1,-1,5,,,,1,
request	,-2,-5,,3,7,-2,-2,-2,5,-1
request to	,,-1,-1,,1,,-1,,3,
requested module	,-1,4,-2,,,,,,,
requesterror	,,,,,1,,,,,
requesterror httperror	,,,,,1,,,,,
requests	,-1,-1,2,-1,-2,,-1,,5,
requests server	,,,,,,,,,1,
require	,-3,-4,13,-1,2,-1,-4,-1,1,-1
require dev	,,,1,,,,,,,
required	-1,1,9,7,-4,10,-3,-2,-2,-11,-3
required actions	,,-1,-1,,3,,,,,
required and	,-1,4,-2,-1,5,-1,-1,-1,-2,-1
required by	,-1,7,3,-1,-2,,,,-4,
requirement	,,-2,5,,-1,,,,-1,
requirements	,,-1,2,,-1,,,,1,
requirements could	,,,1,,,,,,,
requirements txt	,,,1,,,,,,,
requires	-1,-3,-5,20,-3,2,-2,-2,-1,-4,-2
requires go	,-1,-1,6,-1,-1,,-1,,-2,-1
requires php	,,,1,,,,,,,
requires ruby	,,-1,4,,-1,,,,-1,
requires xpath	,,,1,,,,,,,
rerun	,,-1,,,,,2,,,
rerun pass	,,-1,,,,,2,,1,
reset	,-1,2,-3,-1,-2,-1,-1,-1,8,
reset by	,-1,-1,-2,-1,,,-1,,5,
resolve	-1,,,7,-3,-3,-1,-2,-1,5,-1
resolve action	,,,-1,,3,,,,-1,
resolve actions	,-1,-1,-2,,2,,,,3,
resolve dependencies	,,-1,3,,-1,,,,1,
resolve dependency	,,-1,2,,,,,,,
resolve host	,,-1,-2,,-1,,,,5,
resolved	,-1,-1,,-1,-2,-1,-1,,6,
resolved org	,,,-2,,,,,,3,
resolved to	,,,2,,,,,,,
resolves	,,,,,,,,3,-1,
resolving	,-1,-3,3,-1,3,-1,-1,,2,-1
resolving dependencies	,,-1,2,,2,,,,-1,
resource	-1,1,-4,1,3,11,-2,-1,-2,-5,-1
resource not	,-1,-2,-2,4,8,-1,-1,-1,-3,-1
response	-1,-1,-5,-1,3,-8,-1,2,-1,14,-1
response from	,-1,-1,-1,,2,,,,1,
response status	,,,-1,,-2,,,,4,
results	,-1,-3,1,-2,1,-1,6,-1,-1,-1
retrying	,-1,-1,-2,-1,2,-1,,3,2,
retrying retry	,,,,,,,,,2,
return	-1,7,-7,,7,-3,-3,,1,-5,3
return code	,-1,-1,4,-1,-2,-1,,,-2,5
return statement	,1,,,,,,,,,
return value	,1,-2,-1,5,1,,-1,,-1,
returned 1	,8,-1,,-1,-1,-1,-1,,-2,-2
returning	,,,,,,,,3,-1,
returning promise	,,,,,,,,3,-1,
right	,-1,-3,-2,-1,-1,-1,2,,7,
rm	,,,,2,,,,,,
root	,-4,9,,-3,4,,-2,-1,-2,-1
rootdir	,-1,-2,,-1,,1,3,,-1,
rootdir xpath	,-1,-2,,-1,,1,3,,-1,
rspec	,-1,,,-1,-1,,,,2,
rspec expectations	,,-1,,,,,3,,-1,
rspec xpath	,,-1,-1,,,,,,3,
rubocop	,-1,-1,-1,6,-1,,-1,,-1,
rubocop returns	,,-1,-1,5,-1,,,,-1,
ruby	,-2,-1,4,,-1,-1,4,-1,,-1
ruby version	,-1,-2,5,-1,1,,-1,,-1,
ruff	,,-1,,3,,,,,-1,
ruff format	,,,,1,,,,,,
ruleset	,,-1,-1,3,,,-1,,,
run	3,-4,-5,-16,5,11,-2,-2,3,5,1
run 4	,,-1,,,,,3,,-1,
run again	,2,,-1,,,,,,,
run composer	,,-1,3,,-1,,,,,
run git	,,,,,2,,,,-1,
run helm	,-1,-1,-2,2,-1,,,4,-1,
run kubectl	,,,-1,-1,4,,,,,
run make	,-1,-1,,-1,-1,,,,1,3
run mypy	,2,,,-1,,,,,,
run npx	,,,,2,,,,,-1,
run out	,,,,2,,,,,,
run package	,,,,,,,2,,-1,
run pre	,,,,1,,,,,,
run prettier	,,,,3,-1,,,,,
run ruff	,,,,1,,,,,,
run shellcheck	,,,,1,,,,,,
run typecheck	,3,,-1,-1,,,,,,
run was	,,,,,,,,2,,
run xhex	,,,,,,,-1,3,-1,
run xpath	6,-8,-2,-1,-7,9,-5,3,-1,,6
runner	-1,-2,-4,-4,-2,5,3,-2,-1,8,-1
runner github	,,-1,-1,,-1,-1,-1,2,3,
runner has	,,,,,-1,,,-1,4,
runner process	,,,,,-1,2,,,,
runner version	,,,-1,,2,,,,,
runner will	,,,,,,2,,,-1,
runner worker	,,,,,1,,,,,
running	-1,-1,-9,-1,1,3,1,9,1,-1,-1
running 24	,,,,,,,1,,,
running checks	,,,,1,,,,,,
running ctest	,,-1,-1,,,-1,5,-1,-2,
running on	,-1,-1,2,-1,-2,-1,-2,2,4,
running out	,,,,,,3,,,-1,
running tests	,-1,-1,-1,,1,-1,4,1,-1,
running unittests	,,,,,,,2,,-1,
runs out	,,,,,,2,,,-1,
runtests	,1,1,-1,,,,-1,1,,
runtests func1	,,,,,,,,1,,
runtests xhex	,,,,,,,,1,,
runtime	,-2,3,2,,-2,-1,4,-1,-3,-1
runtime php	,,,,,,,1,,,
rustc	,3,,,1,-1,-1,,,-1,
rustc explain	,4,-1,,-1,-1,,,,-1,
safefilehandle	,,,,,,2,,,,
safefilehandle handle	,,,,,,2,,,,
same then	,,,,1,,,,,,
satisfiable	,,,1,,,,,,,
satisfiable by	,,,1,,,,,,,
satisfies	,,-1,2,,,,,,,
satisfies the	,,-1,2,,,,,,,
satisfy	,,,1,,,,,,,
satisfy that	,,,1,,,,,,,
sc2086	,-1,-1,-1,5,-1,,,,-1,
sc2086 info	,,,,2,,,,,,
scavenge	,,,,,,1,,,,
scavenge might	,,,,,,1,,,,
sccache	,-1,-1,-1,,-1,4,,,-1,
sccache compile	,-1,-1,-1,,-1,4,,,-1,
scripts sh	,,,,1,,,,,,
sdk	,-2,9,-1,-1,4,-1,-1,-1,-5,-1
sdk does	,,,1,,,,,,,
sdk that	,,,1,,,,,,,
searched	,-1,1,3,-1,-1,,,,-1,
searched crates	,,,2,,,,,,,
sebastian	,-1,,-1,-1,,,4,,-1,
sebastian bergmann	,-1,,-1,-1,,,4,,-1,
sec	,-1,-3,4,-1,-1,-1,,-1,3,
seconds files	,-1,1,-1,-1,,,,,2,
seconds has	,,,,,,,,2,,
seconds to	,-1,1,-1,-1,,,,,2,
section in	,,,-1,,2,,,,-1,
see log	,2,1,-1,-1,,,,,-1,
see npm	,,,-1,,,,,,2,
segmentation	,,-1,-1,-1,-1,-1,7,,-2,
segmentation fault	,,-1,,,-1,-1,6,,-2,
select	,-1,2,5,,-2,-1,-1,,-2,-1
select version	,,-1,2,,,,,,-1,
self assertequal	,,-1,,-1,,,2,,,
self hosted	,,-1,-1,,2,2,,-1,,
serious	,,-1,,4,-1,,-1,,-1,
serious in	,,-1,,4,-1,,-1,,-1,
server	-1,-2,-2,-7,-2,8,1,-2,-2,12,-2
service	,-2,-4,,-1,1,-1,-1,-2,11,-1
service unavailable	,,-1,-1,,-1,,,,5,
session starts	,-1,-2,,-1,,2,3,,-1,
set	-1,3,-3,7,-1,12,-2,-2,-1,-10,-2
set of	,,-1,,1,2,,,,-1,
set properly	,,,-1,,,,,,2,
sha	,,-1,,,3,,,,-1,
sha xhex	,,-1,,,3,,,,-1,
shellcheck	,-1,-1,,2,,,,,,
shellcheck scripts	,,,,1,,,,,,
short	,-1,3,1,-2,-1,,1,,-1,
short test	,,1,1,-1,,-1,2,,,
should	-1,-4,-6,-6,4,4,-2,4,4,4,-2
show	,,,,2,,,,,,
show diff	,,,,1,,,,,,
shows	,,,,,,,1,,,
sigkill	,-1,-1,-1,,,4,-1,,,
sigkill kill	,,-1,-1,,,2,,,,
signal	,-3,-1,-4,-2,-3,12,-2,6,-2,-1
signal 9	,-1,-1,-1,-1,-1,7,,,-1,
signal terminated	,-1,-1,-1,,,5,,,-1,
size	,-1,1,-1,-1,-1,5,2,-1,-2,
size of	,,-1,-1,,-1,5,,,-1,
skipped	,2,4,-5,-1,-3,-1,4,-1,4,-1
skipped 0	,,3,-1,-1,,,1,,-1,
skips	,,,,,,,2,,-1,
slugify	,,,,,,,1,,,
snapshots	,,2,,,,,,,-1,
solve failed	,-1,-1,-2,,7,2,,,-3,
solving	,,-1,2,-1,5,,-1,,-2,-1
some errors	,,,,1,,,,,,
some index	,,,-1,,,,,,2,
some refs	,,,,,2,,,,-1,
something	,,2,-2,,-1,,,3,-1,
something wrong	,,-1,-1,,-1,,,4,-1,
sorted	,-1,-1,-1,7,-1,-1,,,-1,
sorted or	,,-1,-1,5,-1,,,,-1,
sorted xpath	,,,,2,,,,,,
source files	,-1,4,-1,-2,-1,,,,2,
source if	,,,,,,2,,,,
space	,-2,-4,-1,,-3,20,-3,-1,-4,-1
space free	,,,,,,2,,,-1,
space is	,,-1,-1,,,4,,,-1,
space left	,-1,-2,-2,-1,-2,14,-1,-1,-3,-1
space requested	,,,,,,1,,,,
space the	,,,,,,2,,,-1,
spaces	,,-1,-1,3,,,,,,
spaces but	,,,,1,,,,,,
specified argument	,,-1,-1,,3,,,,-1,
specified inactivity	,,,,,,,,2,,
specified path	,,,-1,,3,,,,,
specified pattern	,,-1,,,,,2,,,
spending	,,,-1,,2,,,,-1,
spending limit	,,,-1,,2,,,,-1,
splitting	,-1,-1,-1,5,-1,,,,-1,
spurious	,,,-1,,,,,,3,
spurious network	,,,-1,,,,,,3,
src	,3,-3,2,2,-1,,-1,,-1,
ssl	,-1,-2,1,-1,-1,,,,4,
stacktrace	,,1,-2,-1,1,2,,1,-2,
stage	,,,,,,2,,,,
stage 1	,,,,,,2,,,,
stalled	,,-1,-1,,-1,,,4,-1,
stalled build	,,-1,-1,,-1,,,4,-1,
standard	,,-1,-1,3,,,-3,,2,
standard no	,,,,1,,,,,,
start 1	,,,,,,,1,,,
start 2	,,,,,,,1,,,
start 3	,,,,,,,1,,,
start package	,,,,,,,2,,-1,
start xnum	,,,,,-1,,,-1,-1,4
startalarm	,,,,,,,-1,2,,
startalarm func1	,,,,,,,-1,2,,
started because	,,,-1,,2,,,,-1,
starting test	,,-1,,,,,2,,,
starts	,-1,-2,,-1,,2,4,,-1,
starves	,,,,,-1,2,,,,
starves it	,,,,,-1,2,,,,
static routes	,,,,,,,1,,,
static xurl	,-1,-1,-1,3,,,,,-1,
status	-1,6,-7,,-3,,-1,,,7,
status 403	,,,,,3,,,,-1,
status 503	,,,,,,,,,2,
status code	,-1,3,-1,,-1,,1,,1,
status none	,,,,,,,,,2,
std	,5,-1,-2,-1,-1,2,,,-1,-1
stop	,2,3,-3,-1,-1,2,-1,,-1,
stop working	,,,,,,2,,,-1,
stopped subcommand	,2,,,,,,,,,
store	,1,-1,-2,,,,,,,4
str none	,1,,,,,,,,,
strategies	,,,,,,1,,,,
strategies bufferedfilestreamstrategy	,,,,,,1,,,,
stream	,-1,1,-2,-1,-2,-1,-1,-1,8,
streamwriter	,,,,,,1,,,,
streamwriter flush	,,,,,,1,,,,
strictequal	,,,,,,,1,,,
strictly	,,-1,,,,,4,,-2,
strictly equal	,,-1,,,,,4,,-2,
string	-1,5,11,-8,2,-1,,1,-2,-7,-1
string undefined	,1,,,,,,,,,
strong test	,,,,,,,1,,,
style	,-2,2,-2,6,-1,,,,-1,
style issues	,,,,3,-1,,,,,
style violations	,,,,1,,,,,,
subcommand	,2,,,,,,,,,
subcommand failed	,2,,,,,,,,,
submit	,-1,-1,-1,,-1,2,,3,-1,
submit full	,,,,,,2,,,,
submodule	,-1,2,-3,-1,5,-1,-1,-1,1,
submodule path	,-1,2,-3,-1,5,-1,-1,-1,1,
submodule update	,,,-1,,2,,,,-1,
subtest	,,,,,,,1,,,
succeed	,,,,,,1,,,,
such device	,,,-1,,3,,,,-1,
sudo	,,-1,4,,-1,,,,-1,
suites	,-1,,1,-1,-1,1,-1,3,-2,
suites 1	,,1,1,,,1,-1,,-1,
summary	,-1,-1,-1,2,-2,-1,6,-1,2,-1
summary info	,,1,1,-1,,-1,2,,,
supplied	,-3,6,-2,-1,5,-1,-1,-1,-2,-1
support	,3,1,3,-1,1,-1,-2,-1,-2,-1
support targeting	,,,1,,,,,,,
supported	,,-1,-2,,5,,,,-1,
supported use	,,-1,-1,,3,,,,-1,
supports	,,,2,,,,,,,
supports net	,,,1,,,,,,,
surefire	,-1,3,-1,-1,-1,-1,3,,-1,
surefire plugin	,,1,-1,,-1,,4,,-1,
sweep	,,,,,,1,,,,
sweep xnum	,,,,,,1,,,,
symbol	,5,7,-2,-1,-3,-1,-1,-1,-2,-1
symbol method	,1,,,,,,,,,
symbol variable	,3,-1,-1,,,,,,,
syntaxerror	,8,7,-2,-2,-2,-1,-2,-1,-5,-1
system argumentoutofrangeexception	,,-1,-1,,3,,,,-1,
system io	,,,,,,3,,,,
system missingmethodexception	,-1,7,-1,-1,-1,,-1,,-1,
system string	,-1,4,-1,,-1,,,,,
tag	,-2,-3,-6,-1,10,,-2,6,,-1
tap	,,,,,,,1,,,
tap version	,,,,,,,1,,,
target	-1,-5,-1,18,-2,-1,-5,-2,1,-9,8
target in	,,,,,,,2,,-1,
target net	,,,1,,,,,,,
targeting	,,,1,,,,,,,
targeting net	,,,1,,,,,,,
task core	,1,,,,,,,,,
taskexecutionexception	,7,-1,-1,,-1,,-1,,-2,
taskexecutionexception execution	,7,-1,-1,,-1,,-1,,-2,
tasks taskexecutionexception	,7,-1,-1,,-1,,-1,,-2,
tcp	,-1,-2,-2,-1,-1,-1,-2,-1,12,-1
temporary	,-1,1,-3,,-1,,,,5,
temporary failure	,,-1,-2,,-1,,,,5,
terminate	,,-1,-1,-1,,,-1,4,2,
terminate orphan	,,,,,,,,4,-1,
terminated	-1,2,-5,3,-2,-5,9,-2,2,-4,1
terminated by	,-1,-1,-1,,-1,6,-1,,-1,
terminated program	,-1,-1,-1,,,5,,,-1,
terminates	,,,,,-1,2,,,,
terminates the	,,,,,-1,2,,,,
terraform validate	,4,-1,,,-1,,,,,
test	-3,-5,4,-5,-7,1,1,14,9,-1,-7
test 1	,,-1,-1,,3,,,,-1,
test 2	,,,,,,,1,,,
test 3	,,,,,,,1,,,
test at	,,,,,,,1,,,
test buildmode	,2,,,,,,,,,
test cases	,,,,,,,1,,,
test default	,,1,-1,,-1,,4,,-1,
test execution	,,-1,,,,,3,,,
test failed	,1,-4,-2,-2,2,,1,3,2,-1
test failures	,-1,5,-1,-1,-1,,2,,-3,
test files	,-1,,1,-1,-1,,1,-1,2,
test gofmt	,-1,,,3,,,,,,
test host	,,,,,,,,2,,
test on	,,-2,-1,,-1,,5,,,
test passed	,,,,,,,3,,-1,
test project	,,,,,,,1,,,
test result	,,,,,,,,,1,
test results	,,-1,,,,,3,,-1,
test run	,-1,-2,-3,-1,2,,2,4,-1,
test session	,-1,-2,,-1,,2,3,,-1,
test suites	,-1,,1,-1,-1,1,-2,3,-1,
test summary	,,1,1,-1,,-1,2,,,
test that	,,,,,,,1,,,
test time	,,,,,,,2,,,
test timed	,-1,-2,-1,-1,-1,-1,-2,10,-2,-1
test to	,,,,,,,2,-1,-1,
test xpath	,2,-3,3,-1,-1,-1,2,-1,1,-1
testcodefailure	,,,,,,,1,,,
testcontext	,,-1,,,,,,,2,
testcontext anonymous	,,,,,,,1,,,
testhost	,,,,,,,,2,,
testhost and	,,,,,,,,2,,
testing	-1,-1,6,-5,2,-4,-3,4,6,-3,-2
testing run	,,-1,,,,,,3,-1,
testing runtests	,,,,,,,,1,,
testing startalarm	,,,,,,,-1,2,,
testing trunner	,-1,-1,-1,-1,-1,-1,,3,2,
tests	-1,-2,3,-7,-6,-2,4,17,6,-7,-5
tests 1	,,,-1,,,,3,-1,,
tests 10	,,,,,,,1,,,
tests 120	,,,,,,2,-1,,,
tests 2	,,-1,,,,,3,,-1,
tests and	,,,,,,,,3,-1,
tests completed	,,,,,,1,1,,-1,
tests dll	,-1,-1,,,1,,4,,-1,
tests failed	,,-1,-1,,2,-1,4,,-2,
tests has	,,,,,-1,,,2,,
tests in	,-1,,-1,-1,,,3,,-1,
tests passed	,-1,-1,-1,-1,-1,-1,4,-1,2,-1
tests run	,,3,,,,,,,-1,
tests see	,,,,,,1,1,,-1,
tests succeeded	,-1,-1,,,-1,,6,,-1,
tests test	,,,,,,,1,,,
tests xnum	,,,,,,,2,,,
text 0	,4,-1,-1,,,,,,-1,-1
that	-1,-4,4,11,-2,-4,2,1,-2,-3,-2
that always	,,,,,,,1,,,
that failed	,,,,,,,1,,,
that requirement	,,,1,,,,,,,
that satisfies	,,-1,2,,,,,,,
that supports	,,,1,,,,,,,
that terminates	,,,,,-1,2,,,,
that two	,,-2,,,,,4,,-1,
the	,-11,,12,-5,3,-5,-5,16,5,-8
the action	,,,,,,,,2,,
the active	,,,,,,,,2,,
the billing	,,,-1,,2,,,,-1,
the build	,3,-3,-3,4,-3,,-1,3,1,-1
the class	,-1,4,-1,,-1,,,,-1,
the code	,,-1,-1,2,,,,,,
the current	,2,1,,-2,2,-1,,,-2,-1
the details	,,,,,,,,1,,
the fix	,,-1,-1,3,,,,,,
the fully	,,,-1,,3,,,,,
the hosted	,,-1,-1,,-2,-1,,-1,6,
the include	,-1,-1,-1,,,,,,,4
the individual	,,-1,,,,,3,,-1,
the job	,-1,-1,-1,-1,1,-1,-1,5,-2,
the last	,,-1,,,-1,,,4,,
the limit	,,,,,,,,,2,
the local	,,-1,3,,-1,,,,-1,
the lock	,,-2,7,-1,-2,-1,-1,1,-1,
the lockfile	,,-1,5,-1,-1,,,,-1,
the machine	,,,-1,,-1,5,,,-2,
the maximum	,,-1,-1,,-1,,-1,6,-1,
the method	,-2,5,-2,-1,-2,,-1,-1,3,
the net	,,,1,,,,,,,
the numpy	,,3,,,,,-1,,-1,
the operation	,-1,-2,-2,-1,-2,-1,-1,9,3,-1
the package	,,-1,6,,-1,,,,-2,
the report	,,,,,,1,1,,-1,
the requirement	,,-1,4,,-1,,,,-1,
the runner	,-1,-1,-1,-1,-3,4,-1,-2,5,
the self	,,,-1,,-1,3,,,1,
the server	,,-1,-1,-1,,2,,-1,2,
the tag	,,-1,-2,,6,,,-1,-1,
the test	,-1,,-1,-1,-1,,-1,5,-1,
the type	,2,,1,,-1,,,,-1,
then else	,,,,1,,,,,,
there	,-2,2,-2,6,-4,-1,6,-1,-2,-1
there are	,-1,3,-2,7,-5,-1,4,-1,-4,
there was	,,,,,,,1,,,
there were	,,,,,,1,1,,-1,
these violations	,,,,1,,,,,,
they have	,,,-1,,,,,,2,
this	-1,-1,,5,-2,-3,,-5,3,9,-4
this error	,2,1,-2,-2,-3,2,-1,3,1,-1
this if	,,,,1,,,,,,
this is	,,-2,-7,-2,-1,-1,1,,13,-1
this potentially	,,-1,-1,,-1,,,4,-1,
this scope	,2,,-1,,,,,,,
thrashing	,,,,,,2,,,,
throw string	,,-1,,,,,3,,-1,
thrown	,-1,,2,-1,-1,-1,1,3,-2,
thrown exceeded	,,,,,,,1,3,-2,
time	-1,-4,3,-4,-2,1,2,4,10,-6,-2
time 00	,,,,,,,1,,,
time action	,,,,,,,2,,-1,
time gofunc	,,,,,,,-1,2,,
time limit	,,,,,,,,2,,
time of	,,-1,-1,,-1,,-1,5,-1,
time real	,,,,,,,2,,,
timed	,-2,-4,-3,-2,-2,-2,-3,16,2,-1
timed out	,-1,-3,-2,-2,-2,-1,-2,12,3,-1
timeout	-1,-5,-8,-6,-2,-5,-3,-2,23,11,-3
timeout of	,-1,-1,-1,-1,-1,-1,1,6,-2,
timeout was	,,,-1,,,,,,2,
title 1	,,,,,,,1,,-1,
tls	,-1,-1,,,,,,,3,
tls handshake	,-1,-1,,,,,,,3,
to 1	,3,-1,-1,1,,,,,-1,
to add	,4,-2,5,-1,-1,,-1,,-2,
to adjust	,,,,,,,,1,,
to allocate	,-1,-1,-1,,-1,5,,,-1,
to an	,7,-5,,-1,-1,,-1,,,
to be	,1,-3,4,-3,2,-2,2,-1,1,-1
to boot	,,-1,-1,,-1,,-1,7,-2,-1
to connect	,,,-1,,-1,,,,3,
to create	,-1,-1,-1,-1,7,1,,,-3,-1
to download	,-1,-3,3,-1,-1,-1,-1,-1,2,5
to dump	,,,,,,,1,,,
to eq	,,,,,,,1,,,
to err	,,,,3,-1,,,,-1,
to fetch	,-1,-2,-1,-1,-2,,-1,,8,
to find	,1,-4,6,2,1,-1,-1,-1,-1,-1
to finish	,2,-3,-1,3,,1,,,,
to fix	,,-1,1,4,-1,,,,-1,
to image	,,,,,2,,,,-1,
to install	,-1,6,2,-1,-2,,-1,-1,-2,
to int	,2,-1,,,,,,,,
to network	,,,-1,,-1,,,,3,
to parameter	,4,-1,-1,,-1,,,,-1,
to prevent	,-1,-2,1,4,-1,-1,1,-1,,
to push	,-1,-1,-1,,6,,,,-2,
to rerun	,,-1,,,,,2,,1,
to resolve	,-2,-2,5,-1,1,-1,-1,-1,2,-1
to select	,,-1,3,,,,,,-1,
to the	,3,-1,4,,6,-1,-1,-1,-7,-1
to type	,2,,,-1,,,,,,
to undefined	,-2,7,,,-1,-1,-1,,-1,
to update	,,-1,5,-1,-1,,,,-1,
to version	,,-1,3,,-1,,,,-1,
to xurl	,-2,2,-4,-1,6,-1,-1,-1,2,-1
tobe	,,,,,,,1,,,
tobe expected	,,,,,,,1,,,
tobe true	,,,,,,,1,,,
todo	,,,,,,,1,,,
todo 0	,,,,,,,1,,,
token	-1,-3,1,-5,-2,14,-2,-2,-2,-2,4
token or	,,,-1,,2,,,,-1,
token required	,,-1,-1,,4,,,,-1,-1
tokens	7,,-1,,-1,-2,,,-1,-1,
too	,-3,1,-4,6,7,-1,-2,-1,-1,-1
too long	,-2,-3,-2,6,6,-1,-1,,-2,-1
took	,-1,1,-1,-1,-1,-1,-2,-1,7,
toomanyrequests	,,,,,-1,,,,3,
toomanyrequests you	,,,,,,,,,2,
top	,-1,,2,-1,-1,-1,1,,2,
top required	,-1,,2,-1,-1,-1,1,,2,
total	,-5,1,-2,-1,1,4,8,-3,-1,-2
total of	,,-1,,,,,2,,,
total test	,,,,,,,2,,,
totalwithtax	,2,-1,,,,,,,,
trailing	,,,,2,,,,,-1,
trailing whitespace	,,,,2,,,,,-1,
transfer	,-1,1,-4,,-1,,,,6,
transfer artifact	,,,-2,,,,,,4,
travis_time	,,,,,-1,,,-1,-1,4
travis_time end	,,,,,-1,,,-1,-1,4
tree	,-1,-2,1,-1,,-1,,,4,
tried	,-1,-3,-1,-1,3,3,-1,-1,1,
tried to	,-1,-1,-1,,4,4,-1,-1,-3,
tries	,,,-1,,,,,,3,
tries remaining	,,,-1,,,,,,3,
trim	,,,,1,,,,,,
trim trailing	,,,,1,,,,,,
trunner	,-1,-1,-1,-1,-1,-1,,3,2,
trunner xhex	,,-1,,,,,,3,-1,
try	,6,2,3,-2,-1,,-1,-1,-4,-1
try rustc	,4,-1,,-1,-1,,,,-1,
ts2305	,-3,5,,,,,,,,
ts2305 module	,-3,5,,,,,,,,
ts2339	,3,-1,1,,-1,,,,-1,
ts2339 property	,3,-1,1,,-1,,,,-1,
ts2345	,4,-1,-1,,-1,,,,-1,
ts2345 argument	,4,-1,-1,,-1,,,,-1,
tsc	,1,5,2,-2,-1,-1,-1,,-2,
tsc tsconfig	,1,,,,,,,,,
tsconfig	,1,,,,,,,,,
tsconfig json	,1,,,,,,,,,
tsl	,1,,,,,,,,,
tsl error	,1,,,,,,,,,
two	,,-2,,,,,4,,-1,
txt	,-1,-1,8,-1,-1,-1,,,-2,
type	-1,20,1,-2,1,-6,-2,-3,-3,-1,-2
type com	,1,,,,,,,,,
type got	,2,-1,,,,,,,,
type is	,1,,,,,,,,,
type number	,1,,,,,,,,,
type optional	,1,,,,,,,,,
type or	,3,-1,1,,-1,,,,-1,
type request	,1,,,-1,,,,,,
type str	,1,,,,,,,,,
type string	,7,-2,-2,2,-1,,-1,,-3,
type undefined	,1,,,,,,,,,
typecheck	,6,-1,-1,-1,,,-1,,-1,
typecheck failures	,3,-1,-1,,,,,,-1,
types	,12,1,-3,-3,-2,3,-2,-1,-3,-1
types in	,4,-1,,-1,,,,,,
types possible	,1,,,,,,,,,
u32 found	,2,-1,,,,,,,,
u8	,2,-1,,-1,,,,,,
ubuntu com	,,,-2,,,,,,4,
uint8_t	,2,-1,-1,,,,,,,
uint8_t is	,2,-1,-1,,,,,,,
un	,,-1,-1,5,-1,,,,-1,
un formatted	,,-1,-1,5,-1,,,,-1,
un sorted	,,-1,-1,5,-1,,,,-1,
unable	-1,-3,,4,-2,9,-2,-3,-3,4,-3
unable to	-1,-3,,4,-2,9,-2,-3,-3,4,-3
unavailable	,-1,-1,,-1,-1,,,,5,-1
unchanged	,-1,-1,,4,,,,,-1,
undeclared	,2,-3,8,-1,-2,-1,-1,-1,-2,-1
undeclared type	,3,-1,-1,,,,,,,
undefined	-1,19,5,,-5,-3,-3,-2,2,-10,-3
undefined is	,1,,,,,,,,,
undefined method	,5,3,-1,-1,-1,-1,,-1,-2,-1
undefined reference	,5,-1,-1,,,,,,-1,-1
unexpected	-1,-1,1,-8,,7,-3,-5,3,10,-3
unexpected blank	,,,,1,,,,,,
unexpected http	,-1,-1,-1,-1,-1,,,,5,
unexpected value	,-1,-2,-1,-1,9,-1,,-1,-2,
unexpectedly	,-1,-1,-2,,-2,4,,,2,
unexpectedly it	,,,-1,,-1,3,,,,
unfinished	,,2,,-1,-1,1,,,,-1
unfinished jobs	,,2,,-1,-1,1,,,,-1
unhandledpromiserejectionwarning httperror	,,,,,2,,,,,
unit	,,,,,,,2,,-1,
unittest	,,-1,,,-1,,4,,-1,
unittests	,,,,,,,2,,-1,
unittests xpath	,,,,,,,2,,-1,
unless	,,2,-2,2,-1,,,,-1,
unnecessary	,-1,-1,-1,3,,,,,,
unoptimized	,,,,,,,2,,-1,
unoptimized debuginfo	,,,,,,,2,,-1,
unpacking	,,,,,,1,,,,
unresolved	,6,6,4,-4,-3,-2,-1,-1,-3,-1
unsupported argument	,2,6,-1,-1,-2,-1,-1,,-2,
unused	,-2,-2,-3,9,-1,-1,-1,,3,-1
unused variable	,-2,-1,-1,5,,,,,,
unused vars	,,,,2,,,,,,
update	,-4,1,7,-3,6,-1,-2,-1,-2,-1
update bundler	,,3,-1,,,,,,,
update to	,,,1,,,,,,,
update workflow	,,,,,1,,,,,
update your	,,,2,,-1,,,,,
updated	,,4,3,-1,-2,-1,-1,,-2,
upgrading	,,,,,,,,,2,
upgrading xurl	,,,,,,,,,2,
urllib3	,,,,,,,,,3,
use	-1,8,14,,10,-4,-5,-6,-3,-8,-5
use apt	,,,-1,3,,,,,,
use crate	,2,-1,,,,,,,,
use docker	,,-1,-1,,3,,,,-1,
use np	,,3,,,,,-1,,-1,
use version	,,,1,,,,,,,
used	6,3,-7,3,10,-2,-2,-1,-2,-7,-2
used instead	,,,-1,,,,,,2,
used no	,,,,2,,,,,,
used xpath	,-1,-1,-1,3,,,,,,
useeffect	,,,,1,,,,,,
useeffect has	,,,,1,,,,,,
username	,-1,-1,-2,,6,,1,,-3,
username for	,,,-2,,5,,,,-2,
usertest	,,,,,,,1,,,
uses	,,-2,-1,,7,,,,-3,
using 2	,,,,,,,1,,,
using directive	,5,-1,-3,1,-1,,,,-1,
utf	,,,,,,,3,,-1,
utf 8	,,,,,,,3,,-1,
utils	,,,,,,2,,,,
utils reportoomfailure	,,,,,,2,,,,
v2 3	,,,-1,-1,-1,,,,1,3
v8	,,,,,,2,-2,,2,
v8 fatalprocessoutofmemory	,,,,,,1,,,,
v8 internal	,,,,,,1,,,,
v8 oomdetails	,,,,,,1,,,,
v8 utils	,,,,,,2,,,,
valid values	,,-1,-1,,3,,,,-1,
validate on	,,,,1,,,,,,
value but	,,,,1,,,,,,
value in	,1,-1,,,,,,,,
value of	,-2,1,-1,6,-1,,,,-1,
value to	,,,,,,,3,-1,-1,
value type	,2,-1,,,,,,,,
values	,-2,9,-3,-1,1,-1,-2,-1,,-1
values parameter	,,-1,-1,,3,,,,-1,
values to	,,-1,,,,,2,,1,
variable	,8,3,-6,4,,-2,-2,-2,-2,-1
variable has	,5,-2,,-1,,,,,-1,
variable total	,,-1,-1,2,,,,,,
variables	,-3,-1,2,2,-2,-1,,,-3,6
vars	,,,,2,,,,,,
verify no	,,,,2,,,,,,
version	-2,-6,5,9,,14,-5,-6,-4,-6,1
version 13	,,,,,,,1,,,
version 2	,,-1,1,-1,3,,-1,,,
version 3	,,-2,7,-1,-2,,,,-1,
version for	,,1,2,,,,,,-2,
version is	,,-1,3,,-1,,,,-1,
version of	,-1,-4,6,-1,1,-1,-1,-1,1,
version solving	,,-1,2,-1,5,,-1,,-2,-1
version that	,,-1,3,,,,,,-1,
version xhex	,,,-1,,4,,,,-1,
versions	,-2,3,2,6,1,-2,-2,-1,-1,-1
versions for	,,,1,,,,,,,
versions found	,,-1,2,,,,,,-1,
versions in	,,-1,-2,7,-1,,,,-1,
vet typecheck	,3,-1,-1,,,,,,-1,
violation help	,,,,1,,,,,,
violations	,-2,-2,-2,15,-2,-1,-1,-1,-3,-1
violations please	,,,,1,,,,,,
wait	,-1,-3,-4,-2,1,-1,,14,-3,-1
want	,-2,3,1,-1,-1,-1,4,-1,-1,-1
warn	,-1,4,1,2,-2,2,-3,,-2,-1
warn code	,,,,3,-1,,,,,
warn xpath	,,,,1,,,,,,
warning build	,2,-3,-1,3,,1,,,,
warning pin	,,,-1,3,,,,,,
warning react	,,,,1,,,,,,
warning spurious	,,,-1,,,,,,3,
warning the	,-1,-3,6,-1,2,,,-1,-1,-1
warning unexpected	,2,-1,-1,2,,,,,,
warning use	,,,-1,2,,,,,,
warnings	,-2,-2,,9,-1,-1,-1,,-1,
warnings add	,,,,1,,,,,,
warnings potentially	,,,,1,,,,,,
was 2	,,-1,,,,,3,,-1,
was aborted	,,,,,,,,2,,
was canceled	,-1,-2,-2,-1,-2,-1,-1,9,3,-1
was out	,,-1,-1,,3,,,,-1,
was reached	,,,-1,,,,,,2,
was removed	,,3,,,,,-1,,-1,
were emitted	,,,,1,,,,,,
were failing	,,,,,,1,1,,-1,
when evaluating	,-1,-1,,-1,6,,,-1,-1,
when the	,,-1,-1,-1,-1,2,,,2,
which	,-1,3,2,,2,-1,-3,-1,1,-1
which didn	,,-1,2,,,,,,-1,
while installing	,-1,-3,7,,-1,,,,-1,
while resolving	,,-1,2,,,,,,,
while running	,-1,-1,-1,,,-1,4,-1,1,-1
whitespace	,-2,6,-3,6,-3,-1,-1,-1,-1,-1
whitespace fix	,,-1,-1,4,,,,,,
whitespace formatting	,,-1,-1,4,,,,,,
whitespace passed	,,,,1,,,,,,
will stop	,,,,,,2,,,-1,
with	-6,-4,1,5,-2,9,4,-10,,-4,7
with 0	,,,-2,,,,,,,4
with exit	-2,,-3,4,1,1,3,1,,-1,-3
with google_checks	,,,,1,,,,,,
with javac	,1,,,,,,,,,
with length	,,,,,,,3,,-1,
with package	,,4,-2,,,,,,,
with preprocessed	,,,,,,2,,,,
with return	,-1,-1,4,-1,-2,-1,,,-2,5
with tag	,,,-1,,3,,,,-1,
with this	,-1,-1,5,,-1,,,,-2,
with valid	,,,,,,,2,,,
with write	,,,,3,-1,,,,,
wl	,2,,,,,,,,,
wl relro	,2,,,,,,,,,
word	,-1,-1,-1,5,-1,,,,-1,
word splitting	,-1,-1,-1,5,-1,,,,-1,
worker	,,-1,-1,,-1,3,-4,,4,
worker consolereportworkaction	,,,,1,,,,,,
workflow	,-1,-2,-2,-1,9,2,-1,-1,-2,-1
workflow directory	,,,-1,,2,,,,,
workflow file	,-1,-1,-1,,5,,,,-1,
workflow that	,,,,,-1,2,,,,
workflow xpath	,,,,,1,,,,,
working	,,-1,-1,,3,2,-1,-1,1,
working when	,,,,,,2,,,-1,
would	,-1,2,1,3,1,-1,-1,,-2,-1
would be	,-1,-1,-1,4,1,,,,-1,
would reformat	,-1,3,-1,3,-1,-1,-1,,-1,
write	,-2,-2,-4,3,-1,5,-1,-1,3,-1
write to	,,,,3,-1,,,,,
write xpath	,-1,-1,-1,-1,-1,3,,,2,
writeatoffset	,,,,,,2,,,,
writeatoffset safefilehandle	,,,,,,2,,,,
wrong type	,-1,,,2,,,,,,
wrong with	,,-1,-1,,-1,,,4,-1,
x2	,,-1,2,,-2,,,,-3,6
x230	,,,,,,,2,,-1,
x2d	,,,,,,,,1,,
x32	,,,,,,,,1,,
x385	,,,,,,,,1,,
x44	,,,,,,,1,1,-1,
xc	,8,-3,,-1,-2,-2,2,,-3,2
xcopyof	,,,,,,2,-1,,,
xcopyof arrays	,,,,,,2,-1,,,
xcpp	,6,-1,,-1,-2,-1,2,-1,,-1
xcs	,8,-3,-4,7,-3,-1,,-1,-2,-1
xcs line	,-1,2,-1,,,,,,1,
xdist	,,,,,,1,,,,
xdts	,-3,6,1,-1,-1,-1,-1,,-1,
xgit denied	,,,,,1,,,,,
xgo	-1,12,3,-5,5,-5,-3,-5,2,-1,-3
xgo 176	,,,,,,,,1,,
xgo 24	,3,-1,-1,,,,,,-1,
xgo xnum	,-1,-1,-1,-1,,-1,1,4,,
xh 10	,2,-1,-1,,,,,,,
xhex 0	,-1,-1,-2,-1,3,,,3,-1,
xhex 5	,,-1,-1,,5,,,,-2,
xhex start	,,,,,-1,,,-1,-1,4
xhex xhex	,-1,-1,-1,,2,-1,-1,3,,
xhex xnum	,-1,,-1,2,,1,,,-1,
xjava	,8,2,-4,1,-2,-1,-1,,-2,-1
xjava 57	,1,,,,,,,,,
xjs 12	,,,1,,,,1,,,
xkt	,-2,,,7,-1,-1,-1,,-2,
xkt 14	,,,,1,,,,,,
xmake 76	,,,,,,2,,,,
xmake 97	,2,,,,,,,,-1,-1
xmd	,-1,-1,-1,4,,,1,,-1,
xml ruleset	,,-1,-1,3,,,-1,,,
xnum	3,-12,-6,-2,1,-1,8,2,15,-1,-6
xnum 0	,-1,-1,-1,-1,-1,,1,4,1,
xnum 3	,,-1,,,,1,-2,,3,
xnum 6	,,,,,,1,,,,
xnum 7	,,,,,,1,,,,
xnum 9	,,,,,,1,,,,
xnum assertions	,,,,,,,2,,,
xnum bind	,,-1,-1,,,,-1,-1,5,
xnum bytes	,-1,-1,-1,,-1,5,-1,,-1,
xnum duration	,,,,,-1,,,-1,-1,4
xnum finish	,,,,,-1,,,-1,-1,4
xnum killed	,,-1,-1,-1,,5,-1,,,
xnum ms	,-1,-1,,-1,-1,1,1,3,-2,
xnum pytest	,,,,,,,,4,-1,
xnum running	,,,,,,,-1,1,1,
xnum testhost	,,,,,,,,2,,
xnum tests	,,,,,,,2,,,
xnum violations	,,-1,,4,-1,,-1,,-1,
xnum xhex	,,-1,-1,,3,1,,,,
xnum xpath	,-1,,2,-1,-2,4,,2,-2,-1
xo	-1,12,-8,,-2,-5,4,-2,-1,-2,6
xo error	,1,-4,4,-1,-2,3,-1,-1,-2,2
xo failed	,-3,-1,3,,-1,-1,,,-1,3
xo in	,2,,,,,,,,,
xo xpath	,1,-1,-2,,-1,-1,,,,4
xorig	,-1,,,3,,,,,,
xorig xpath	,-1,,,3,,,,,,
xpath	-8,11,13,-5,3,-4,,8,-15,2,-6
xpath 15	,,2,-4,,5,,,,-1,
xpath 483	,,,,,,,1,,,
xpath 95	,,,,,2,,,,-1,
xpath 96	,,,,,1,,,,,
xpath build	,5,-2,-2,-1,,5,-1,,-2,-1
xpath crate	,-3,-1,3,,,2,,,,
xpath elapsed	,,,,,,,2,,-1,
xpath error	,2,-2,1,-2,-3,5,-2,-1,4,-1
xpath eta	,,-1,-1,-1,,,,,4,
xpath expect	,-1,-1,-1,-1,-1,,3,,2,
xpath failed	,-1,,-2,-3,,-3,1,-1,,9
xpath fixable	,,,,1,,,,,,
xpath for	,-1,-2,-1,,,,3,,2,
xpath formatted	,,,,2,,,,,,
xpath has	,-1,3,,,,,,,,
xpath lru	,,,,,,,3,,-1,
xpath package	,-2,-3,1,-1,-1,,-1,,1,7
xpath path	,-1,-2,,,-1,,,,-3,7
xpath permission	,-1,-1,,,5,,-1,,,
xpath repository	,,,,,1,,,,,
xpath sha	,,-1,,,3,,,,-1,
xpath test	,-1,-3,3,2,-1,,3,,-2,
xpath the	,,,-1,,2,,,,-1,
xpath timeout	,,,-1,,1,,,,2,
xpath tls	,-1,-1,,,,,,,3,
xpath use	,,,-1,2,,,,,,
xpath x2	,,-1,2,,-2,,,,-3,6
xpath xc	,8,-3,,-1,-2,-2,2,,-3,2
xpath xcopyof	,,,,,,2,-1,,,
xpath xcpp	,6,-1,,-1,-2,-1,2,-1,,-1
xpath xcs	,8,-3,-4,7,-3,-1,,-1,-2,-1
xpath xdts	,-3,6,1,-1,-1,-1,-1,,-1,
xpath xgo	-1,12,3,-5,5,-5,-3,-5,2,-1,-3
xpath xhex	,,-1,,,,,1,3,-1,
xpath xjava	,8,2,-4,1,-2,-1,-1,,-2,-1
xpath xkt	,-2,,,7,-1,-1,-1,,-2,
xpath xmd	,-1,-1,-1,4,,,1,,-1,
xpath xo	-1,12,-8,,-2,-5,4,-2,-1,-2,6
xpath xorig	,-1,,,3,,,,,,
xpath xphp	-1,7,11,-4,-1,-3,-1,1,-1,-5,-2
xpath xpy	-1,6,8,-2,5,-7,-1,-1,-3,-1,-3
xpath xrb	,-1,-2,5,2,-3,-2,5,-1,,-1
xpath xrs	-1,4,6,-5,7,-5,-1,1,-2,-1,-2
xpath xsh	-1,-7,-2,-1,-1,7,5,-6,-1,-4,11
xpath xso	,,,-1,,,2,,,1,
xpath xswift	,9,1,-3,-1,-2,-1,-1,,-2,-1
xpath xtf	,-2,7,-1,1,-1,-1,-1,,-2,
xpath xts	-1,10,,-3,-1,-1,4,-6,-1,-2,-2
xpath xyml	,-1,-2,-1,,9,-1,-1,,-3,-1
xphp	-1,7,11,-4,-1,-3,-1,1,-1,-5,-2
xphp 22	,,,,,,,1,,,
xpy	-1,6,8,-2,5,-7,-1,-1,-3,-1,-3
xpy 199	,2,-1,,,,,,,,
xpy 3	,-1,-1,2,1,,,-1,,,
xpy 44	,,,,,,,1,,,
xpy 5	,,,,1,,,,,,
xpy 88	,3,-1,,,,,,,,
xpy imports	,,,,2,,,,,,
xrb	,-1,-2,5,2,-3,-2,5,-1,,-1
xrb 12	,,-1,,,,,2,,-1,
xrb 14	,,,-1,1,,,1,,,
xrb 19	,,,,,,,1,,,
xrb 55	,,-1,,,,,5,,-2,
xrb 83	,,,,,,,1,,,
xrs	-1,4,6,-5,7,-5,-1,1,-2,-1,-2
xrs 14	,3,-1,-1,-1,,,,,,
xrs at	,-1,-1,-1,5,,,,,-1,
xsh	-1,-7,-2,-1,-1,7,5,-6,-1,-4,11
xsh no	,,-1,-2,-1,5,,,,,-1
xsh permission	,-1,-1,-1,-1,5,,,,-1,
xsh xpath	,-1,-1,-1,,4,,,,,
xso	,,,-1,,,2,,,1,
xso no	,,,,,,2,,,,
xswift	,9,1,-3,-1,-2,-1,-1,,-2,-1
xtf	,-2,7,-1,1,-1,-1,-1,,-2,
xtf line	,-2,5,,,-1,,,,-1,
xts	-1,10,,-3,-1,-1,4,-6,-1,-2,-2
xts 27	,4,-1,,-1,,,,,,
xts xpath	,-1,1,-1,,,4,,,-1,
xunit	,-1,-2,-1,-1,1,-1,4,,,
xunit net	,,-1,,,,,1,,1,
xurl	-3,-6,3,-3,1,5,-5,-2,-8,23,-4
xurl 502	,,,-1,,,,,,3,
xurl dial	,,,-1,,,,,,3,
xurl double	,,-1,,3,-1,,,,-1,
xurl error	,,,,,-2,,,,3,
xurl failed	,2,-1,-1,,-1,,-1,,3,
xurl no	,,,-1,,3,,,,-1,
xurl on	,,,,,,1,,,,
xurl the	,,,,,1,,,,,
xurl unresolved	,3,-1,,,,,,,,
xurl with	,,,-1,,3,,,,-1,
xurl xpath	,-2,-1,-2,2,2,-1,-1,-1,4,-1
xyml	,-1,-2,-1,,9,-1,-1,,-3,-1
yaml passed	,,,,1,,,,,,
you mean	,4,4,-3,-1,-1,-1,-1,,-1,
you missing	,3,-1,1,,-1,,,,-1,
your	-1,-1,-11,-3,-3,14,,-4,-2,8,1
your lock	,,,2,,,,,,,
your php	,,,1,,,,,,,
your pull	,,,,,-1,,,,2,
your requirements	,,,1,,,,,,,
your settings	,,,-1,,2,,,,-1,
your spending	,,,-1,,2,,,,-1,
your workflow	,,,,,-1,2,,,,`
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
