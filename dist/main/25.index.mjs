export const id = 25;
export const ids = [25];
export const modules = {

/***/ 76025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPatterns: () => (/* binding */ runPatterns)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/journal.ts
var core_journal = __webpack_require__(44608);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(34201);
;// CONCATENATED MODULE: ./src/core/patterns/dashboard.ts
// The weekly learnings as Markdown: the patterns found, the period's numbers
// and a 12-week trend with Mermaid charts (GitHub renders `xychart-beta` in
// job summaries, issues and PRs). One rendering serves the job summary and
// the learnings issue's comment.

function renderDashboard(input) {
    const { metrics } = input;
    const days = metrics.periodDays;
    return [
        `## ci-medic learnings: the ${days} day${days === 1 ? '' : 's'} to ${metrics.generatedAt.slice(0, 10)}`,
        '',
        ...patternLines(input),
        '',
        '### This period',
        '',
        periodTable(metrics.period),
        '',
        `### The last ${metrics.weeks.length} weeks`,
        '',
        ...trend(metrics.weeks),
        ...(metrics.corruptLines
            ? ['', `_${metrics.corruptLines} ledger line(s) could not be read and were skipped._`]
            : [])
    ].join('\n');
}
function patternLines({ metrics, patterns, minOccurrences, prUrl }) {
    const { period, periodDays } = metrics;
    if (period.failures === 0)
        return [
            `The ledger holds no failure in the last ${periodDays} days: there is nothing to learn from this period.`
        ];
    if (!patterns.length)
        return [
            `${period.failures} failure(s) in the last ${periodDays} days; none was seen more than ${minOccurrences} times, so there is no pattern.`
        ];
    return [
        `${patterns.length} pattern(s): failures seen more than ${minOccurrences} times.${prUrl ? ` Their docs are in ${prUrl}.` : ''}`,
        '',
        (0,markdown/* table */.tp)(['pattern', 'category', 'seen (total)', 'last seen', 'what', 'doc'], 
        // Titles are test names and error text: no mention or issue reference in the comment or the PR.
        patterns.map(p => [
            `\`${(0,markdown/* cell */.Hn)(p.key)}\``,
            (0,markdown/* inertReferences */.xe)((0,markdown/* cell */.Hn)(p.category)),
            String(p.count),
            (0,markdown/* cell */.Hn)(p.lastSeen),
            (0,markdown/* inertReferences */.xe)((0,markdown/* cell */.Hn)(p.title, 80)),
            (0,markdown/* inertReferences */.xe)((0,markdown/* cell */.Hn)(p.doc))
        ]))
    ];
}
function periodTable(b) {
    const pct = (v) => (v === null ? '\u2013' : `${Math.round(v * 100)}%`);
    const num = (v, unit = '') => (v === null ? '\u2013' : `${v}${unit}`);
    const categories = Object.entries(b.byCategory)
        .sort((x, y) => y[1] - x[1])
        .map(([c, n]) => `${(0,markdown/* cell */.Hn)(c)} ${n}`)
        .join(', ');
    return (0,markdown/* table */.tp)(['measure', 'value'], [
        ['failures', `${b.failures}${categories ? ` (${categories})` : ''}`],
        ['autofix fix rate', `${pct(b.fixRate.autofix)} (${b.fixed.autofix}/${b.attempted.autofix})`],
        [
            'self-heal fix rate',
            `${pct(b.fixRate['self-heal'])} (${b.fixed['self-heal']}/${b.attempted['self-heal']})`
        ],
        ['reverts', String(b.reverts)],
        ['regressions', String(b.regressions)],
        ['median time from failure to fix PR', num(b.medianMinutesToFix, ' min')],
        ['attempts per fix', num(b.attemptsPerFix)],
        ['tokens per verified fix', num(b.tokensPerFix)],
        ['cost per verified fix', b.costPerFixUsd === null ? '\u2013' : `$${b.costPerFixUsd}`],
        ['tokens / cost, all runs', `${b.tokens} / $${b.costUsd}`]
    ]);
}
function trend(weeks) {
    const labels = weeks.map(w => w.end.slice(5, 10));
    const percent = (v) => (v === null ? 0 : Math.round(v * 100));
    const out = [
        chart('Failures per week', labels, 'failures', [['bar', weeks.map(w => w.failures)]]),
        chart('Fix rate (%): autofix, self-heal', labels, 'percent', [
            ['line', weeks.map(w => percent(w.fixRate.autofix))],
            ['line', weeks.map(w => percent(w.fixRate['self-heal']))]
        ]),
        chart('Reverts and regressions', labels, 'count', [
            ['bar', weeks.map(w => w.reverts + w.regressions)]
        ])
    ];
    if (weeks.some(w => w.costPerFixUsd !== null))
        out.push(chart('Cost per verified fix (USD)', labels, 'USD', [
            ['line', weeks.map(w => w.costPerFixUsd ?? 0)]
        ]));
    return [...out.flatMap(c => [c, '']), categoryTable(weeks)];
}
function chart(title, labels, axis, series) {
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
        `  y-axis "${axis}"`,
        ...series.map(([kind, values]) => `  ${kind} [${values.join(', ')}]`),
        '```'
    ].join('\n');
}
/** Failures by category per week: the top categories of the whole trend as columns. */
function categoryTable(weeks) {
    const totals = new Map();
    for (const w of weeks)
        for (const [c, n] of Object.entries(w.byCategory))
            totals.set(c, (totals.get(c) ?? 0) + n);
    const top = [...totals.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([c]) => c);
    if (!top.length)
        return '_No failure in the ledger over these weeks._';
    return (0,markdown/* table */.tp)(['week to', ...top.map(c => (0,markdown/* cell */.Hn)(c)), 'all', 'fix rate (autofix)', 'attempts per fix'], weeks.map(w => [
        w.end.slice(0, 10),
        ...top.map(c => String(w.byCategory[c] ?? 0)),
        String(w.failures),
        w.fixRate.autofix === null ? '\u2013' : `${Math.round(w.fixRate.autofix * 100)}%`,
        w.attemptsPerFix === null ? '\u2013' : String(w.attemptsPerFix)
    ]));
}
/** The webhook's `text`: a few lines in Slack's mrkdwn, its control characters (&, <, >) escaped. */
function renderWebhookText(input) {
    const slack = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ');
    const { metrics, patterns } = input;
    const rate = metrics.period.fixRate.autofix;
    const head = `ci-medic learnings for ${slack(input.repository)}, the ${metrics.periodDays} days to ${metrics.generatedAt.slice(0, 10)}: ${metrics.period.failures} failure(s), ${patterns.length} pattern(s)${rate === null ? '' : `, autofix fixed ${Math.round(rate * 100)}%`}.`;
    const lines = patterns
        .slice(0, 5)
        .map(p => `\u2022 ${slack(p.key)} (${slack(p.category)}, seen ${p.count}\u00D7): ${slack(p.title).slice(0, 120)}`);
    return [head, ...lines, ...(input.link ? [slack(input.link)] : [])].join('\n');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/patterns/doc.ts
// A pattern's doc, docs/patterns/<key>.md: YAML front matter the fixing
// actions read (key, category, fingerprints, files\u2026), then the problem, where
// it occurs, what fixed it and what did not. A later week updates the doc:
// counts, runs and fixes are merged with what it already says, and whatever
// a person wrote below the end marker is kept as it is.
//
// What the merge needs beyond the front matter (the runs, the fixes, the
// failed attempts) is kept in one hidden `ci-medic:state` comment above the
// end marker, so the visible text is never parsed back.


const DOC_FORMAT = 'pattern/v1';
/** Everything below this line is a person's, kept word for word on updates. */
const END_MARKER = '<!-- ci-medic:end \u2014 text below this line is kept as written when ci-medic updates this doc -->';
const END_RE = /^<!-- ci-medic:end\b.*-->$/m;
const STATE_RE = /<!-- ci-medic:state (\{.*\}) -->/;
const MAX_RUNS = 30;
const MAX_FIXES = 20;
const MAX_FILES = 20;
/** The doc text of a pattern. */
function renderPatternDoc(doc, context) {
    const p = doc.pattern;
    const state = { title: p.title, rules: p.rules, workflows: p.workflows };
    const hidden = { ...state, runs: p.runs, fixes: p.fixes, failed: p.failed };
    return [
        frontMatter(p),
        `# ${heading(p.title)}`,
        '',
        '## Problem',
        '',
        ...problem(p),
        '',
        '## Where it occurs',
        '',
        ...p.runs.map(r => `- ${runLink(r, context)} \u2014 ${r.at}`),
        '',
        '## What fixed it',
        '',
        ...(p.fixes.length ? p.fixes.map(f => fixLine(f, context)) : ['Nothing has fixed it yet.']),
        '',
        '## What did not',
        '',
        ...(p.failed.length
            ? p.failed.map(f => failedLine(f, context))
            : ['No failed fix is recorded.']),
        '',
        `<!-- ci-medic:state ${safeJson(hidden)} -->`,
        END_MARKER,
        doc.human ? `${doc.human.replace(/^\n+/, '').trimEnd()}\n` : ''
    ].join('\n');
}
function frontMatter(p) {
    const yaml = new dist/* Document */.yo({
        'ci-medic': DOC_FORMAT,
        key: p.key,
        category: p.category,
        fingerprints: p.fingerprints,
        files: p.files,
        count: p.count,
        'first-seen': p.firstSeen,
        'last-seen': p.lastSeen
    });
    (0,dist/* visit */.YR)(yaml, {
        Seq(_, node) {
            node.flow = true;
        }
    });
    return `---\n${yaml.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
function problem(p) {
    const fps = p.fingerprints.map(f => `\`${plain(f)}\``).join(', ');
    const lines = [
        `A \`${plain(p.category)}\` failure, seen ${p.count} time${p.count === 1 ? '' : 's'} from ${p.firstSeen} to ${p.lastSeen} (fingerprint${p.fingerprints.length === 1 ? '' : 's'} ${fps}).`
    ];
    if (p.rules.length)
        lines.push('', `classify recognised it by: ${p.rules.map(code).join(', ')}.`);
    if (p.workflows.length)
        lines.push('', `Workflows: ${p.workflows.map(code).join(', ')}.`);
    if (p.files.length)
        lines.push('', `Files: ${p.files.map(code).join(', ')}.`);
    // The title is a test name or an error's text from a log: shown as log text, never as Markdown.
    lines.push('', (0,markdown/* fence */.EU)(p.title));
    return lines;
}
function runLink(r, c) {
    const attempt = r.attempt > 1 ? ` (attempt ${r.attempt})` : '';
    return `[run ${r.id}${attempt}](${c.serverUrl}/${c.repository}/actions/runs/${r.id})`;
}
function fixLine(f, c) {
    const where = [
        f.pr ? safeUrl(f.pr) : '',
        f.commit ? `commit \`${plain(f.commit).slice(0, 12)}\`` : ''
    ].filter(Boolean);
    const run = runLink({ id: f.runId, attempt: 1, at: f.at }, c);
    return `- **${f.resolution}** by ${f.source} (${run}, ${f.at})${where.length ? `: ${where.join(', ')}` : ''}`;
}
function failedLine(f, c) {
    const run = runLink({ id: f.runId, attempt: 1, at: f.at }, c);
    const reason = f.reason ? `: ${inline(f.reason)}` : '';
    return `- **${f.resolution}** by ${f.source} (${run}, ${f.at})${reason}`;
}
/** A PR or commit URL as written by ci-medic; anything else is shown inert. */
function safeUrl(url) {
    return /^https?:\/\/[\w.:-]+\/[\w./%-]+$/.test(url) ? url : inline(url);
}
/** Untrusted one-line text: no HTML, no mentions or references, bounded. */
function inline(text) {
    const flat = text.replace(/\s+/g, ' ').trim().slice(0, 300);
    return (0,markdown/* inertReferences */.xe)(flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
function heading(text) {
    return inline(text.slice(0, 120)).replace(/^#+\s*/, '') || 'Recurring failure';
}
function code(text) {
    return `\`${plain(text).replace(/`/g, "'")}\``;
}
function plain(text) {
    return text.replace(/\s+/g, ' ').slice(0, 200);
}
/** JSON that cannot end the HTML comment it sits in. */
function safeJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
// ---- reading a doc back ----
/** A doc as it was written: its pattern (from the front matter and the hidden state) and the human text. */
function parsePatternDoc(text) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (!match)
        return undefined;
    let front;
    try {
        front = (0,dist/* parse */.qg)(match[1]);
    }
    catch {
        return undefined;
    }
    if (!front || typeof front !== 'object' || front['ci-medic'] !== DOC_FORMAT)
        return undefined;
    // The key names the doc's file: a slug only, never a path.
    if (typeof front.key !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,100}$/i.test(front.key))
        return undefined;
    const body = text.slice(match[0].length);
    const end = END_RE.exec(body);
    // A doc without the marker was written by hand: all of its body is kept.
    const human = end ? body.slice(end.index + end[0].length) : body;
    const state = readState(end ? body.slice(0, end.index) : '');
    return { pattern: patternFrom(front, state), human: human.replace(/^\n/, '') };
}
function readState(text) {
    const m = STATE_RE.exec(text);
    if (!m)
        return {};
    try {
        const value = JSON.parse(m[1]);
        return value && typeof value === 'object' ? value : {};
    }
    catch {
        return {};
    }
}
function patternFrom(front, state) {
    const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
    const str = (v) => typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : '';
    // The hidden state is text in a file anyone with push access can edit: only well-formed entries are kept.
    const arr = (v, fields) => Array.isArray(v)
        ? v.filter(x => x !== null &&
            typeof x === 'object' &&
            Object.entries(fields).every(([k, t]) => typeof x[k] === t))
        : [];
    const RUN = { id: 'number', attempt: 'number', at: 'string' };
    const FIX = { source: 'string', runId: 'number', at: 'string', resolution: 'string' };
    return {
        key: str(front.key),
        category: str(front.category) || 'unknown',
        count: typeof front.count === 'number' && front.count >= 0 ? Math.floor(front.count) : 0,
        fingerprints: strings(front.fingerprints),
        files: strings(front.files),
        firstSeen: str(front['first-seen']),
        lastSeen: str(front['last-seen']),
        title: typeof state.title === 'string' ? state.title : str(front.key),
        rules: strings(state.rules),
        workflows: strings(state.workflows),
        runs: arr(state.runs, RUN),
        fixes: arr(state.fixes, { ...FIX, pr: 'string', commit: 'string', title: 'string' }),
        failed: arr(state.failed, { ...FIX, reason: 'string' })
    };
}
// ---- merging a week into a doc ----
/**
 * This period's pattern merged into the doc of an earlier week: the total
 * count grows by the sightings after the doc's last-seen that are not runs
 * it already lists (so a rerun over the same week adds nothing), lists are
 * united, the key and the human text stay.
 */
function mergePattern(week, earlier) {
    if (!earlier)
        return { pattern: capped(week), human: '' };
    const old = earlier.pattern;
    const since = old.lastSeen ? Date.parse(old.lastSeen) : Number.NEGATIVE_INFINITY;
    const known = new Set(old.runs.map(r => `${r.id}.${r.attempt}`));
    const fresh = week.runs.filter(r => !known.has(`${r.id}.${r.attempt}`) && !(Date.parse(r.at) <= since)).length;
    const merged = {
        ...week,
        key: old.key,
        title: old.title || week.title,
        count: old.count + fresh,
        fingerprints: union(old.fingerprints, week.fingerprints, x => x),
        files: union(old.files, week.files, x => x),
        firstSeen: earliest(old.firstSeen, week.firstSeen),
        lastSeen: latest(old.lastSeen, week.lastSeen),
        rules: union(old.rules, week.rules, x => x),
        workflows: union(old.workflows, week.workflows, x => x),
        runs: union(old.runs, week.runs, r => `${r.id}.${r.attempt}`),
        fixes: union(old.fixes, week.fixes, f => `${f.runId}|${f.resolution}|${f.pr}|${f.commit}`),
        failed: union(old.failed, week.failed, f => `${f.runId}|${f.resolution}|${f.reason}`)
    };
    return { pattern: capped(merged), human: earlier.human };
}
/** Newest entries kept: a doc stays readable however long a pattern lasts. */
function capped(p) {
    const newest = (xs, max) => [...xs].sort((a, b) => b.at.localeCompare(a.at)).slice(0, max);
    return {
        ...p,
        files: p.files.slice(0, MAX_FILES),
        runs: newest(p.runs, MAX_RUNS),
        fixes: newest(p.fixes, MAX_FIXES),
        failed: newest(p.failed, MAX_FIXES)
    };
}
function union(a, b, key) {
    const out = new Map();
    for (const x of [...a, ...b])
        if (!out.has(key(x)))
            out.set(key(x), x);
    return [...out.values()];
}
function earliest(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return Date.parse(a) <= Date.parse(b) ? a : b;
}
function latest(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return Date.parse(a) >= Date.parse(b) ? a : b;
}
/** Which earlier doc a pattern continues: the same key, else one sharing a fingerprint. */
function earlierDocOf(week, docs) {
    const fps = new Set(week.fingerprints);
    return (docs.find(d => d.pattern.key === week.key) ??
        docs.find(d => d.pattern.fingerprints.some(f => fps.has(f))));
}

// EXTERNAL MODULE: ./src/core/classify/fingerprint.ts + 5 modules
var fingerprint = __webpack_require__(42507);
;// CONCATENATED MODULE: ./src/core/patterns/occurrences.ts
// The ledger's records as pattern analysis sees them: one `Occurrence` per
// failure sighting, and the fixing outcomes beside them. A failure is seen
// once per classified run (a verdict); autofix's outcome for that failure
// is what was done about the same sighting, so it is attached, not counted
// again. self-heal's production errors never pass through classify: their
// outcomes are the sightings (a `verified` one only confirms an earlier fix).

/** Numbers, hex ids and paths vary between sightings of the same failure; they are not its identity. */
function normaliseMessage(message) {
    return (0,fingerprint/* messageShape */.jZ)(message)
        .replace(/(?:[\w.@-]+\/)+[\w.@-]+/g, '<path>')
        .replace(/\b[\w-]+\.(?:[cm]?[jt]sx?|py|go|rb|rs|java|kt|cs|php)\b/g, '<path>')
        .trim();
}
/** Verdicts and outcomes \u2192 sightings (time-parsable, with a fingerprint) and outcomes. */
function ledgerFacts(ledger) {
    const seen = new Map();
    for (const v of ledger.verdicts) {
        const occurrence = verdictOccurrence(v);
        // One sighting per run attempt and failure, however often it was written (a retried append).
        if (occurrence)
            seen.set(`${v.runId}.${v.runAttempt}.${v.fingerprint}`, occurrence);
    }
    const outcomes = ledger.outcomes.filter(o => o.fingerprint && Number.isFinite(Date.parse(o.time)));
    for (const o of outcomes) {
        if (o.source !== 'self-heal' || o.resolution === 'verified')
            continue;
        seen.set(`sh.${o.runId}.${o.runAttempt}.${o.fingerprint}`, outcomeOccurrence(o));
    }
    return { occurrences: [...seen.values()].sort((a, b) => a.at - b.at), outcomes };
}
function verdictOccurrence(v) {
    const at = Date.parse(v.time);
    // A rerun that passed is not a failure; a run with no failure found has no fingerprint.
    if (!v.fingerprint || v.outcome === 'rerun-passed' || !Number.isFinite(at))
        return undefined;
    return {
        at,
        runId: v.runId,
        runAttempt: v.runAttempt,
        fingerprint: v.fingerprint,
        category: v.category,
        title: v.rule,
        shape: '',
        files: [],
        workflow: v.workflow,
        jobs: v.jobs
    };
}
function outcomeOccurrence(o) {
    return {
        at: Date.parse(o.time),
        runId: o.runId,
        runAttempt: o.runAttempt,
        fingerprint: o.fingerprint,
        category: o.category,
        title: o.title,
        shape: normaliseMessage(o.title),
        files: o.files,
        workflow: '',
        jobs: []
    };
}

;// CONCATENATED MODULE: ./src/core/patterns/group.ts

const DAY_MS = 86_400_000;
const FIXED = new Set(['fixed', 'verified']);
const NOT_FIXED = new Set(['not-fixed', 'reverted', 'regressed', 'budget']);
function findPatterns(facts, options) {
    const end = options.now.getTime();
    const start = end - options.periodDays * DAY_MS;
    const inPeriod = facts.occurrences.filter(o => o.at > start && o.at <= end);
    const outcomes = facts.outcomes.filter(o => Date.parse(o.time) <= end);
    const groups = groupSightings(inPeriod, outcomes);
    return groups
        .filter(g => g.length > options.minOccurrences)
        .map(g => patternOf(g, outcomes))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
/** Union-find over fingerprints, joined by a shared category + message shape. */
function groupSightings(sightings, outcomes) {
    const parent = new Map();
    const find = (k) => {
        let root = k;
        while (parent.get(root) !== undefined && parent.get(root) !== root)
            root = parent.get(root);
        parent.set(k, root);
        return root;
    };
    const join = (a, b) => {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb)
            parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    };
    const shapes = [
        ...sightings.map(o => ({ fp: o.fingerprint, category: o.category, shape: o.shape })),
        ...outcomes.map(o => ({
            fp: o.fingerprint,
            category: o.category,
            shape: normaliseMessage(o.title)
        }))
    ];
    for (const s of shapes) {
        find(`fp:${s.fp}`);
        if (s.shape)
            join(`fp:${s.fp}`, `msg:${s.category}:${s.shape}`);
    }
    const byRoot = new Map();
    for (const o of sightings) {
        const root = find(`fp:${o.fingerprint}`);
        byRoot.set(root, [...(byRoot.get(root) ?? []), o]);
    }
    return [...byRoot.values()];
}
function patternOf(sightings, allOutcomes) {
    const fingerprints = byFrequency(sightings.map(o => o.fingerprint));
    const fps = new Set(fingerprints);
    const outcomes = allOutcomes.filter(o => fps.has(o.fingerprint));
    const category = byFrequency(sightings.map(o => o.category))[0] ?? 'unknown';
    const first = sightings[0];
    const rules = byFrequency(sightings.map(o => o.title).filter(Boolean));
    const named = byFrequency(outcomes.map(o => o.title).filter(Boolean))[0];
    return {
        key: patternKey(category, first.fingerprint),
        category,
        count: sightings.length,
        fingerprints,
        files: byFrequency([...sightings, ...outcomes].flatMap(o => o.files)).slice(0, 20),
        firstSeen: iso(first.at),
        lastSeen: iso(sightings[sightings.length - 1].at),
        title: named ?? (rules[0] ? `${category}: ${rules[0]}` : `${category} failure`),
        rules,
        workflows: byFrequency(sightings.map(o => o.workflow).filter(Boolean)),
        runs: sightings.map(o => ({ id: o.runId, attempt: o.runAttempt, at: iso(o.at) })),
        fixes: outcomes.filter(o => FIXED.has(o.resolution)).map(fixRef),
        failed: outcomes.filter(o => NOT_FIXED.has(o.resolution)).map(failedFix)
    };
}
/** `<category>-<first fingerprint>`: the same pattern gets the same file name every week. */
function patternKey(category, fingerprint) {
    const slug = (s) => s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return `${slug(category) || 'unknown'}-${slug(fingerprint).slice(0, 24) || 'none'}`;
}
function fixRef(o) {
    return {
        source: o.source,
        runId: o.runId,
        at: o.time,
        resolution: o.resolution,
        pr: o.pr,
        commit: o.commit,
        title: o.title
    };
}
function failedFix(o) {
    return { source: o.source, runId: o.runId, at: o.time, resolution: o.resolution, reason: o.reason };
}
/** Distinct values, most frequent first (ties keep first-seen order). */
function byFrequency(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
function iso(ms) {
    return new Date(ms).toISOString();
}

;// CONCATENATED MODULE: ./src/core/patterns/metrics.ts
const TREND_WEEKS = 12;
const metrics_DAY_MS = 86_400_000;
const ATTEMPTED = new Set(['fixed', 'not-fixed', 'reverted', 'regressed', 'budget']);
function computeMetrics(facts, patterns, options) {
    const end = options.now.getTime();
    const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => {
        const bucketEnd = end - (TREND_WEEKS - 1 - i) * 7 * metrics_DAY_MS;
        return bucket(facts, bucketEnd - 7 * metrics_DAY_MS, bucketEnd);
    });
    return {
        generatedAt: options.now.toISOString(),
        periodDays: options.periodDays,
        period: bucket(facts, end - options.periodDays * metrics_DAY_MS, end),
        weeks,
        topPatterns: patterns
            .slice(0, 10)
            .map(p => ({ key: p.key, category: p.category, count: p.count, title: p.title })),
        corruptLines: options.corruptLines ?? 0
    };
}
function bucket(facts, start, end) {
    const inside = (ms) => ms > start && ms <= end;
    const seen = facts.occurrences.filter(o => inside(o.at));
    const outcomes = facts.outcomes.filter(o => inside(Date.parse(o.time)));
    const byCategory = {};
    for (const o of seen)
        byCategory[o.category] = (byCategory[o.category] ?? 0) + 1;
    const fixedOutcomes = outcomes.filter(o => o.resolution === 'fixed');
    const count = (source, set) => outcomes.filter(o => o.source === source && set(o)).length;
    const attempted = {
        autofix: count('autofix', o => ATTEMPTED.has(o.resolution)),
        'self-heal': count('self-heal', o => ATTEMPTED.has(o.resolution))
    };
    const fixed = {
        autofix: count('autofix', o => o.resolution === 'fixed'),
        'self-heal': count('self-heal', o => o.resolution === 'fixed')
    };
    const tokens = sum(outcomes.map(o => o.tokens));
    const costUsd = round(sum(outcomes.map(o => o.costUsd)), 4);
    const fixes = fixedOutcomes.length;
    return {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        failures: seen.length,
        byCategory,
        attempted,
        fixed,
        fixRate: {
            autofix: ratio(fixed.autofix, attempted.autofix),
            'self-heal': ratio(fixed['self-heal'], attempted['self-heal'])
        },
        reverts: outcomes.filter(o => o.resolution === 'reverted').length,
        regressions: outcomes.filter(o => o.resolution === 'regressed').length,
        medianMinutesToFix: median(fixedOutcomes.filter(o => o.pr).flatMap(o => minutesToFix(o, facts))),
        attemptsPerFix: fixes ? round(sum(fixedOutcomes.map(o => o.attempts)) / fixes, 2) : null,
        tokens,
        costUsd,
        tokensPerFix: fixes ? Math.round(tokens / fixes) : null,
        costPerFixUsd: fixes ? round(costUsd / fixes, 4) : null
    };
}
/** Minutes from the first sighting since the fingerprint's previous fix; [] when classify never saw it. */
function minutesToFix(fix, facts) {
    const at = Date.parse(fix.time);
    const previousFix = Math.max(Number.NEGATIVE_INFINITY, ...facts.outcomes
        .filter(o => o.fingerprint === fix.fingerprint && o.resolution === 'fixed')
        .map(o => Date.parse(o.time))
        .filter(t => t < at));
    const first = facts.occurrences.find((o) => o.fingerprint === fix.fingerprint && o.at > previousFix && o.at <= at);
    return first ? [round((at - first.at) / 60_000, 1)] : [];
}
function median(values) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : round((sorted[mid - 1] + sorted[mid]) / 2, 1);
}
function ratio(part, whole) {
    return whole ? round(part / whole, 3) : null;
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}
function round(value, digits) {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
}

;// CONCATENATED MODULE: ./src/core/patterns/week.ts




function analyseWeek(input) {
    const facts = ledgerFacts(input.ledger);
    const found = findPatterns(facts, input);
    const claimed = new Set();
    const docs = found.map(week => {
        const earlier = earlierDocOf(week, input.existing.filter(d => !claimed.has(d.pattern.key)));
        const merged = mergePattern(week, earlier);
        claimed.add(merged.pattern.key);
        return {
            path: `${input.patternsPath.replace(/\/+$/, '')}/${merged.pattern.key}.md`,
            text: renderPatternDoc(merged, input.context),
            pattern: merged.pattern,
            updated: earlier !== undefined
        };
    });
    const metrics = computeMetrics(facts, docs.map(d => d.pattern), { now: input.now, periodDays: input.periodDays, corruptLines: input.ledger.corrupt });
    return { docs, metrics, output: docs.map(outputOf) };
}
function outputOf(doc) {
    const p = doc.pattern;
    return {
        key: p.key,
        category: p.category,
        count: p.count,
        fingerprints: p.fingerprints,
        'first-seen': p.firstSeen,
        'last-seen': p.lastSeen,
        doc: doc.path
    };
}

// EXTERNAL MODULE: ./src/core/fixing/index.ts + 9 modules
var fixing = __webpack_require__(24227);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/edges/github/errors.ts
var github_errors = __webpack_require__(70925);
;// CONCATENATED MODULE: ./src/edges/github/pin-issue.ts
// Pinning an issue to the top of the repository's issue list. GitHub offers
// it in GraphQL only (`pinIssue`, input {issueId}: the issue's REST node_id);
// octokit's `graphql` posts to <api url>/graphql, or <host>/api/graphql for a
// GitHub Enterprise Server API url ending in /api/v3. A GraphQL refusal comes
// back with HTTP 200 and an `errors` list (octokit throws it as a
// GraphqlResponseError); an HTTP refusal (401, 403, 5xx) is the client's
// GitHubApiError. `pinRefusal` turns either into one sentence that names the
// cause and what to do.


const IS_PINNED = `query ciMedicIsPinned($id: ID!) {
  node(id: $id) { ... on Issue { isPinned } }
}`;
const PIN = `mutation ciMedicPinIssue($id: ID!) {
  pinIssue(input: {issueId: $id}) { issue { isPinned } }
}`;
/** Whether the issue (by node id) is pinned already. */
async function isIssuePinned(client, nodeId) {
    const data = await client.graphql(IS_PINNED, { id: nodeId });
    return data.node?.isPinned === true;
}
/** Pins the issue (by node id); rejects with GitHub's refusal. */
async function pinIssue(client, nodeId) {
    await client.graphql(PIN, { id: nodeId });
}
/** The errors of a GraphQL answer octokit threw (GraphqlResponseError), else undefined. */
function graphqlErrorsOf(error) {
    if (!(error instanceof Error) || error.name !== 'GraphqlResponseError')
        return undefined;
    const errors = error.errors;
    if (!Array.isArray(errors))
        return undefined;
    return errors.map(e => {
        const item = (e ?? {});
        return {
            ...(typeof item.type === 'string' ? { type: item.type } : {}),
            message: typeof item.message === 'string' ? item.message : 'no message'
        };
    });
}
const AGAIN = 'The next weekly run tries again, and stops trying once the issue is pinned (by hand too).';
/** The warning for an issue that could not be pinned: what GitHub said, and what to do. */
function pinRefusal(error, issue) {
    const name = issue ? `The learnings issue #${issue.number}` : 'The learnings issue';
    const byHand = `pin it by hand ("Pin issue" on ${issue?.url ?? 'its page'})`;
    const errors = graphqlErrorsOf(error);
    if (errors?.some(e => e.type === 'FORBIDDEN'))
        return `${name} was not pinned: GitHub refused the token (${said(errors)}). Pinning needs issues: write, and GitHub may refuse it to a workflow's GITHUB_TOKEN: ${byHand}, or give github-token a token that may pin (a GitHub App's, or a fine-grained token with Issues: write). ${AGAIN}`;
    if (errors)
        return `${name} was not pinned: GitHub said ${said(errors)}. A repository pins at most 3 issues: unpin one, or ${byHand}. ${AGAIN}`;
    const why = (0,github_errors/* describeGitHubError */.dZ)(error, 'issues: write') || (0,src_errors/* errorMessage */.gJ)(error);
    return `${name} was not pinned (${why.replace(/\.$/, '')}): ${byHand}. ${AGAIN}`;
}
function said(errors) {
    return errors.map(e => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ');
}

// EXTERNAL MODULE: ./src/actions/classify/artifact.ts
var artifact = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/actions/classify/could-not.ts
var could_not = __webpack_require__(10155);
// EXTERNAL MODULE: ./src/edges/github/own-issues.ts
var own_issues = __webpack_require__(89077);
// EXTERNAL MODULE: ./src/edges/github/pull-requests.ts
var pull_requests = __webpack_require__(39680);
;// CONCATENATED MODULE: ./src/edges/github/learnings-issue.ts



const LEARNINGS_LABEL = 'ci-medic-learnings';
const COMMENT_MARKER = '<!-- ci-medic:learnings-summary -->';
/** In ci-medic's comment once the issue was found pinned or pinned by ci-medic. */
const PINNED_MARKER = '<!-- ci-medic:learnings-pinned -->';
function learningsIssue(client, repo, title, botLogin) {
    const state = {
        client,
        repo,
        botLogin,
        title,
        issue: undefined,
        comment: undefined,
        written: undefined,
        pinKnown: false
    };
    return {
        async readComment() {
            return (await findComment(state))?.body ?? '';
        },
        async writeComment(markdown) {
            return upsertComment(state, await ensureIssue(state), markdown);
        },
        pin: () => pin(state),
        location() {
            return state.issue ? { number: state.issue.number, url: state.issue.url } : undefined;
        }
    };
}
async function findIssue(state) {
    if (state.issue !== undefined)
        return state.issue;
    const mine = (await (0,own_issues/* ownLabelledIssues */.sv)(state, LEARNINGS_LABEL))
        .filter(i => i.title === state.title)
        .sort((a, b) => a.number - b.number)[0];
    state.issue = mine
        ? { number: mine.number, open: mine.state === 'open', nodeId: mine.node_id, url: mine.html_url }
        : null;
    return state.issue;
}
async function findComment(state) {
    if (state.comment !== undefined)
        return state.comment;
    const found = await findIssue(state);
    if (!found)
        return (state.comment = null);
    const [mine] = await (0,own_issues/* ownMarkedComments */.$R)(state, found.number, COMMENT_MARKER);
    state.comment = mine ? { id: mine.id, body: mine.body ?? '' } : null;
    return state.comment;
}
async function ensureIssue(state) {
    const { client, repo, title } = state;
    const found = await findIssue(state);
    if (found) {
        if (!found.open)
            await client.rest.issues.update({ ...repo, issue_number: found.number, state: 'open' });
        return found.number;
    }
    const { data } = await client.rest.issues.create({
        ...repo,
        title,
        labels: [LEARNINGS_LABEL],
        body: [
            'ci-medic posts what it learns from the failure ledger here each week: the recurring failures',
            '(patterns, with their docs in the learnings pull request) and how well fixing works.',
            'Keep this issue open; ci-medic pins it once (when its token may) and rewrites its one comment below every week.'
        ].join(' ')
    });
    state.issue = { number: data.number, open: true, nodeId: data.node_id, url: data.html_url };
    return data.number;
}
async function upsertComment(state, number, markdown) {
    const existing = await findComment(state);
    const marked = state.pinKnown || existing?.body.includes(PINNED_MARKER) === true;
    const body = (0,pull_requests/* capBody */.vE)(`${COMMENT_MARKER}\n${marked ? `${PINNED_MARKER}\n` : ''}${markdown}`);
    state.written = markdown;
    const { id, url, action } = await (0,own_issues/* writeOwnComment */.xU)(state, number, existing?.id, body);
    state.comment = { id, body };
    return { url, action };
}
async function pin(state) {
    const number = await ensureIssue(state);
    const found = (await findIssue(state));
    const at = { number, url: found.url };
    if ((await findComment(state))?.body.includes(PINNED_MARKER))
        return { outcome: 'remembered', ...at };
    const already = await isIssuePinned(state.client, found.nodeId);
    if (!already)
        await pinIssue(state.client, found.nodeId);
    // Remembered in the comment, so later weeks ask GitHub nothing. It is pinned either way:
    // if this rewrite fails, the next week's isPinned finds that and tries the marker again.
    state.pinKnown = true;
    if (state.written !== undefined)
        await upsertComment(state, number, state.written).catch(() => undefined);
    return { outcome: already ? 'already-pinned' : 'pinned', ...at };
}

// EXTERNAL MODULE: ./src/edges/github/http-status.ts
var http_status = __webpack_require__(66737);
;// CONCATENATED MODULE: ./src/edges/github/repo-files.ts

/**
 * The files of `dir` at `ref` whose names end with `suffix` (not recursive);
 * [] when the directory or the ref does not exist. At most `max` files.
 */
async function readRepoDirectory(client, repo, where) {
    let listing;
    try {
        ;
        ({ data: listing } = await client.rest.repos.getContent({
            ...repo,
            path: where.dir,
            ref: where.ref
        }));
    }
    catch (error) {
        if ((0,http_status/* statusOf */.c)(error) === 404)
            return [];
        throw error;
    }
    if (!Array.isArray(listing))
        return [];
    const names = listing
        .filter(e => e.type === 'file' && typeof e.path === 'string' && e.name?.endsWith(where.suffix))
        .map(e => e.path)
        .slice(0, where.max ?? 200);
    const files = [];
    for (const path of names) {
        const { data } = await client.rest.repos.getContent({ ...repo, path, ref: where.ref });
        const file = data;
        if (typeof file.content === 'string' && file.encoding === 'base64')
            files.push({ path, text: Buffer.from(file.content, 'base64').toString('utf8') });
    }
    return files;
}

// EXTERNAL MODULE: ./src/edges/workspace/index.ts + 9 modules
var workspace = __webpack_require__(17628);
// EXTERNAL MODULE: ./src/engine/commit-identity.ts
var commit_identity = __webpack_require__(82884);
// EXTERNAL MODULE: ./src/engine/push-branch.ts
var push_branch = __webpack_require__(69073);
// EXTERNAL MODULE: ./src/engine/workspace-checks.ts
var workspace_checks = __webpack_require__(66465);
;// CONCATENATED MODULE: ./src/actions/classify/learnings-pr.ts
// The learnings pull request: this week's docs, committed on top of the
// checkout's HEAD and pushed to one branch, ci-medic/learnings, the way
// autofix pushes a fix (push-branch.ts: a scratch repository, the
// repository's own URL, a lease on the sha ci-medic pushed last), then one
// PR opened or updated (pull-requests.ts). The lease is read from the open
// PR's body, else from the learnings issue's comment, which outlives a
// merged PR: a branch someone else committed on is never force-pushed.










const LEARNINGS_BRANCH = 'ci-medic/learnings';
const LEARNINGS_PR_LABEL = 'ci-medic-learnings';
async function findLearnings(deps, gh) {
    const { client, repo } = gh;
    const base = await (0,workspace_checks/* defaultBranch */.OR)(client, repo);
    const open = await (0,pull_requests/* findOpenPullRequest */.aF)(client, repo, LEARNINGS_BRANCH, base);
    const issue = learningsIssue(client, repo, deps.settings.learningsIssueTitle, await gh.botLogin());
    const lastPushed = (0,fixing/* readPushedMarker */.SL)(open?.body) ?? (0,fixing/* readPushedMarker */.SL)(await issue.readComment());
    return { base, ...(open ? { open } : {}), issue, lastPushed };
}
/** The docs of the open learnings PR: earlier weeks' docs the default branch does not have yet. */
async function learningsBranchDocs(deps, gh, target) {
    if (!target.open)
        return [];
    const files = await readRepoDirectory(gh.client, gh.repo, {
        dir: deps.settings.patternsPath,
        ref: LEARNINGS_BRANCH,
        suffix: '.md'
    });
    return files.flatMap(f => parsePatternDoc(f.text) ?? []);
}
/** Commits the docs, pushes the learnings branch and opens or updates its PR. */
async function publishLearnings(deps, gh, target, draft) {
    const { settings, context, io } = deps;
    const unchanged = {
        url: target.open?.url ?? '',
        number: target.open?.number ?? 0,
        action: 'none',
        sha: '',
        branch: LEARNINGS_BRANCH
    };
    const paths = draft.week.docs.map(d => d.path);
    if (!paths.length)
        return unchanged;
    const sha = await commitDocs(deps, paths, draft.week.metrics.generatedAt.slice(0, 10));
    if (!sha)
        return unchanged;
    const pushed = await (0,push_branch/* pushOwned */.kK)({
        target: { serverUrl: context.serverUrl, ...gh.repo },
        token: settings.githubToken,
        parentEnv: deps.parentEnv,
        secrets: [settings.githubToken],
        source: context.workspace,
        sourceRef: 'HEAD',
        head: sha,
        branch: LEARNINGS_BRANCH,
        action: 'classify',
        tempDir: context.tempDir,
        lastPushed: target.lastPushed,
        runId: context.runId
    });
    const pr = await (0,pull_requests/* upsertPullRequest */._b)(gh.client, gh.repo, {
        head: pushed.branch,
        base: target.base,
        title: `docs: ci-medic learnings (${paths.length} pattern${paths.length === 1 ? '' : 's'})`,
        body: (0,fixing/* withPushedMarker */.oi)(draft.body, pushed.sha),
        draft: false,
        labels: [LEARNINGS_PR_LABEL]
    }, io.logger);
    return { url: pr.url, number: pr.number, action: pr.action, sha: pushed.sha, branch: pushed.branch };
}
/** One commit of the docs on top of HEAD; '' when they are what HEAD already holds. */
async function commitDocs(deps, paths, day) {
    const { context, settings } = deps;
    const git = (0,workspace/* createGitWorkspace */.sb)(context.workspace, {
        parentEnv: deps.parentEnv,
        secrets: [settings.githubToken]
    });
    if (!(await git.isRepository()))
        throw new src_errors/* ConfigurationError */.j1(`mode: patterns opens the learnings PR from a git checkout, and ${context.workspace} is not one. Add actions/checkout before this step, or leave github-token empty to write the docs in the workspace only.`);
    try {
        return await git.commit(`docs: ci-medic learnings to ${day}`, paths, commit_identity/* BOT_AUTHOR */.G);
    }
    catch (error) {
        if (/^Nothing to commit/.test((0,src_errors/* errorMessage */.gJ)(error)))
            return '';
        throw error;
    }
}

// EXTERNAL MODULE: ./src/core/ledger/ledger-line.ts
var ledger_line = __webpack_require__(52583);
;// CONCATENATED MODULE: ./src/actions/classify/ledger-source.ts
// Where mode: patterns reads the ledger from: a local JSON Lines file
// (`ledger-path`), else the ledger classify keeps (`ledger: issue` or
// `artifact`), through the shared ledger store: verdicts and the fixing
// actions' outcome records alike. Reading only: the ledger's storage is
// classify's and the fixing actions' business.




/** A ledger file larger than this is refused rather than read into memory. */
const MAX_LEDGER_BYTES = 256 * 1024 * 1024;
/** A local JSON Lines ledger; a relative path is taken from the workspace. */
function fileLedgerSource(path, workspace) {
    const full = (0,external_node_path_.resolve)(workspace, path);
    return {
        name: path,
        async read() {
            let size;
            try {
                size = (await (0,promises_.stat)(full)).size;
            }
            catch (error) {
                throw new src_errors/* ConfigurationError */.j1(`Input 'ledger-path' is '${path}', which cannot be read (${firstLine(error)}). Give the path of the JSON Lines ledger file, relative to the workspace, e.g. ledger-path: ci-medic-ledger.jsonl (download it first when it is an artifact).`);
            }
            if (size > MAX_LEDGER_BYTES)
                throw new src_errors/* ConfigurationError */.j1(`Input 'ledger-path' names a file of ${size} bytes, over the ${MAX_LEDGER_BYTES}-byte limit. Keep only recent records in it, or point ledger-path at a smaller file.`);
            try {
                return (0,ledger_line/* parseLedgerText */.e)(await (0,promises_.readFile)(full, 'utf8'));
            }
            catch (error) {
                throw new src_errors/* ConfigurationError */.j1(`Input 'ledger-path' is '${path}', which cannot be read (${firstLine(error)}). It must be a JSON Lines file the workflow can read.`);
            }
        }
    };
}
/** The ledger mode: patterns reads: the file when `ledger-path` is given, else classify's own ledger. */
async function ledgerSourceOf(deps) {
    const { settings, context } = deps;
    if (settings.ledgerPath)
        return fileLedgerSource(settings.ledgerPath, context.workspace);
    if (settings.ledger === 'none')
        throw new src_errors/* ConfigurationError */.j1("mode: patterns reads the ledger, and 'ledger' is none. Give 'ledger-path' (a JSON Lines ledger file) or ledger: issue with a github-token.");
    const store = await deps.ledger();
    if (!store)
        throw new src_errors/* ConfigurationError */.j1("mode: patterns reads the ledger, and there is none to read: ledger: issue needs 'github-token' (with issues: read). Give a token, or 'ledger-path' (a JSON Lines ledger file).");
    return {
        name: settings.ledger === 'issue' ? `the issue '${settings.ledgerIssueTitle}'` : 'the artifact',
        read: () => store.read()
    };
}
function firstLine(error) {
    return (0,src_errors/* errorMessage */.gJ)(error).split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./src/actions/classify/pattern-docs.ts
// The pattern docs on disk: read from the workspace's patterns-path (what
// the default branch already holds), written back with this week's content.



/** A doc larger than this is not a ci-medic doc: skipped. */
const MAX_DOC_BYTES = 512 * 1024;
/** The ci-medic docs (front matter `ci-medic: pattern/v1`) in `dir`; [] when it does not exist. */
async function readWorkspaceDocs(workspace, dir) {
    let names;
    try {
        names = (await (0,promises_.readdir)((0,external_node_path_.join)(workspace, dir))).filter(n => n.endsWith('.md')).sort();
    }
    catch {
        return [];
    }
    const docs = [];
    for (const name of names) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, dir, name), 'utf8').catch(() => '');
        const doc = text.length <= MAX_DOC_BYTES ? parsePatternDoc(text) : undefined;
        if (doc)
            docs.push(doc);
    }
    return docs;
}
/** Docs of another source (the learnings branch) replace the workspace's of the same key. */
function preferDocs(newer, older) {
    const keys = new Set(newer.map(d => d.pattern.key));
    return [...newer, ...older.filter(d => !keys.has(d.pattern.key))];
}
async function writeDocs(workspace, docs) {
    for (const doc of docs) {
        const path = (0,external_node_path_.join)(workspace, doc.path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, doc.text);
    }
}

;// CONCATENATED MODULE: ./src/actions/classify/webhook.ts
// The weekly summary to a Slack-compatible incoming webhook: one POST of
// {"text": \u2026}. Optional, and never fatal: a failure is a warning.

const TIMEOUT_MS = 15_000;
/** Posts `text`; returns why it failed ('' when it was accepted). */
async function postWebhook(url, text) {
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
            signal: AbortSignal.timeout(TIMEOUT_MS),
            redirect: 'error'
        });
        if (response.ok)
            return '';
        return `the webhook answered HTTP ${response.status}`;
    }
    catch (error) {
        // The URL is a credential: the message names the failure, never the URL.
        const cause = error.cause?.code;
        return cause
            ? `the request failed (${cause})`
            : `the request failed (${(0,src_errors/* errorMessage */.gJ)(error).split('\n')[0]})`;
    }
}

;// CONCATENATED MODULE: ./src/actions/classify/patterns-run.ts
// classify with mode: patterns, the weekly learnings: read the ledger, find
// the failures seen more than min-occurrences times in the last period-days,
// write (or update) one doc per pattern under patterns-path, and with a
// token open or update one learnings PR and rewrite the one summary comment
// of the learnings issue. The outputs are set before anything is written to
// GitHub; a failed write is a warning naming what is missing. The learnings
// issue is pinned once. metrics.json and the run's report (patterns-report.json:
// the patterns output and what the run did) go up as the run's artifact.
//
// Loaded with a dynamic import only for mode: patterns, so a plain classify
// run does not pay for it.













async function runPatterns(deps) {
    const { io } = deps;
    const journal = new core_journal/* RunJournal */.z9();
    const ledger = await io.group('Read the ledger', () => readLedger(deps, journal));
    const github = await io.group('Find the learnings PR and issue', () => findGitHub(deps, journal));
    const existing = await io.group('Read the pattern docs', () => readDocs(deps, github, journal));
    const week = await io.group('Find the patterns', async () => findWeek(deps, ledger, existing));
    const metricsPath = await io.group('Write the docs', () => writeWeek(deps, week));
    io.setOutputs({
        patterns: JSON.stringify(week.output),
        'metrics-path': metricsPath,
        'learnings-pr-url': github?.target.open?.url ?? ''
    });
    const pr = github
        ? await io.group('Learnings pull request', () => openPr(deps, github, week, journal))
        : undefined;
    if (pr?.url)
        io.setOutputs({ 'learnings-pr-url': pr.url });
    const dashboard = renderDashboard(dashboardInput(deps, week, pr?.url));
    if (github)
        await io.group('Learnings issue', () => postComment(github, { dashboard, pr }, journal));
    if (deps.settings.webhookUrl)
        await io.group('Webhook', () => notify(deps, dashboardInput(deps, week, pr?.url)));
    const report = await io.group('Report', async () => {
        for (const line of journal.warnings())
            io.logger.warning(line);
        await io.writeSummary(`${dashboard}\n${journalLines(journal)}`);
        return writeReport(deps, { week, prUrl: pr?.url, journal });
    });
    await (0,artifact/* uploadFiles */.Zn)(deps, [metricsPath, report]);
}
/** patterns-report.json next to metrics.json: the outputs and the journal, for the artifact. */
async function writeReport(deps, run) {
    const path = (0,external_node_path_.join)((0,artifact/* reportDir */.Ei)(deps), 'patterns-report.json');
    const report = {
        mode: 'patterns',
        runId: deps.context.runId,
        periodDays: deps.settings.periodDays,
        minOccurrences: deps.settings.minOccurrences,
        patterns: run.week.output,
        learningsPrUrl: run.prUrl ?? '',
        journal: run.journal.entries
    };
    await (0,promises_.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`);
    return path;
}
async function readLedger(deps, journal) {
    const source = await ledgerSourceOf(deps);
    const ledger = await source.read();
    const counted = `${ledger.verdicts.length} verdict(s) and ${ledger.outcomes.length} outcome(s)`;
    journal.done('ledger-read', `Read ${counted} from ${source.name}.`);
    deps.io.logger.info(`Read ${counted} from ${source.name}.`);
    if (ledger.corrupt)
        deps.io.logger.warning(`${ledger.corrupt} line(s) of the ledger are not ledger records and were skipped.`);
    if (ledger.future.length)
        deps.io.logger.info(`${ledger.future.length} record(s) of a newer ledger format were left out (a newer ci-medic wrote them).`);
    return ledger;
}
/** The learnings PR and issue, when a token is given; a failed lookup leaves the docs local. */
async function findGitHub(deps, journal) {
    const gh = await deps.github();
    if (!gh) {
        journal.skipped('publish', "No 'github-token': the docs are written in the workspace only.");
        return undefined;
    }
    try {
        return { gh, target: await findLearnings(deps, gh) };
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'publish', 'Find the learnings PR and issue', {
            error,
            permission: 'pull-requests: read, issues: read'
        });
        return undefined;
    }
}
async function readDocs(deps, github, journal) {
    const { context, settings, io } = deps;
    const local = await readWorkspaceDocs(context.workspace, settings.patternsPath);
    let branch = [];
    if (github) {
        try {
            branch = await learningsBranchDocs(deps, github.gh, github.target);
        }
        catch (error) {
            (0,could_not/* couldNot */.N)(journal, 'publish', 'Read the docs of the open learnings PR', {
                error,
                permission: 'contents: read'
            });
        }
    }
    io.logger.info(`${local.length} doc(s) in ${settings.patternsPath}, ${branch.length} in the open learnings PR.`);
    return preferDocs(branch, local);
}
function findWeek(deps, ledger, existing) {
    const { settings, context, io } = deps;
    const week = analyseWeek({
        ledger,
        existing,
        now: new Date(),
        periodDays: settings.periodDays,
        minOccurrences: settings.minOccurrences,
        patternsPath: settings.patternsPath,
        context: { serverUrl: context.serverUrl, repository: `${context.owner}/${context.repo}` }
    });
    const failures = week.metrics.period.failures;
    io.logger.info(failures === 0
        ? `No failure in the last ${settings.periodDays} days: nothing to learn from this period.`
        : `${failures} failure(s) in the last ${settings.periodDays} days; ${week.docs.length} pattern(s) seen more than ${settings.minOccurrences} times.`);
    return week;
}
/** The docs into the workspace, metrics.json into RUNNER_TEMP; returns the metrics' path. */
async function writeWeek(deps, week) {
    const { context, io } = deps;
    await writeDocs(context.workspace, week.docs);
    for (const doc of week.docs)
        io.logger.info(`${doc.updated ? 'Updated' : 'Wrote'} ${doc.path} (seen ${doc.pattern.count}\u00D7).`);
    const dir = (0,artifact/* reportDir */.Ei)(deps);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, 'metrics.json');
    await (0,promises_.writeFile)(path, `${JSON.stringify(week.metrics, null, 2)}\n`);
    return path;
}
async function openPr(deps, { gh, target }, week, journal) {
    if (!week.docs.length) {
        journal.skipped('publish', 'No pattern this period: the learnings PR is left as it is.');
        return undefined;
    }
    try {
        const body = renderDashboard(dashboardInput(deps, week, undefined));
        const pr = await publishLearnings(deps, gh, target, { week, body });
        if (pr.action === 'created')
            journal.done('pr-opened', `Opened the learnings PR: ${pr.url}`);
        else if (pr.action === 'none')
            journal.skipped('publish', 'The docs are what the default branch holds: nothing to propose.');
        else
            journal.done('pr-updated', `Updated the learnings PR: ${pr.url}`);
        return pr;
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'publish', 'Open the learnings PR', {
            error,
            permission: 'contents: write, pull-requests: write'
        });
        return undefined;
    }
}
async function postComment({ target }, { dashboard, pr }, journal) {
    // The lease of the next push: kept here too, since a merged PR's body is no longer looked up.
    const pushed = pr?.sha || target.lastPushed;
    const body = pushed ? (0,fixing/* withPushedMarker */.oi)(dashboard, pushed) : dashboard;
    try {
        const comment = await target.issue.writeComment(body);
        journal.done('report-commented', `${comment.action === 'created' ? 'Posted' : 'Updated'} the learnings comment: ${comment.url}`);
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'report-commented', 'Post the learnings comment', {
            error,
            permission: 'issues: write'
        });
        return;
    }
    await pinOnce(target, journal);
}
/** The learnings issue pinned once; a refusal is one warning, and the run goes on. */
async function pinOnce(target, journal) {
    try {
        const pinned = await target.issue.pin();
        if (pinned.outcome === 'pinned')
            journal.done('report-commented', `Pinned the learnings issue #${pinned.number}.`);
        else if (pinned.outcome === 'already-pinned')
            journal.fact('report-commented', `The learnings issue #${pinned.number} is pinned already.`);
    }
    catch (error) {
        const at = target.issue.location();
        journal.couldNot('report-commented', pinRefusal(error, at));
    }
}
async function notify(deps, input) {
    const { context, settings, io } = deps;
    const text = renderWebhookText({
        ...input,
        repository: `${context.owner}/${context.repo}`,
        link: input.prUrl ?? ''
    });
    const failure = await postWebhook(settings.webhookUrl, text);
    if (failure)
        io.logger.warning(`The weekly summary was not posted to webhook-url: ${failure}.`);
    else
        io.logger.info('Posted the weekly summary to webhook-url.');
}
function dashboardInput(deps, week, prUrl) {
    return {
        metrics: week.metrics,
        minOccurrences: deps.settings.minOccurrences,
        ...(prUrl ? { prUrl } : {}),
        patterns: week.docs.map(d => ({
            key: d.pattern.key,
            category: d.pattern.category,
            count: d.pattern.count,
            lastSeen: d.pattern.lastSeen,
            title: d.pattern.title,
            doc: d.path
        }))
    };
}
function journalLines(journal) {
    const lines = journal.entries.map(e => `- ${e.kind}: ${e.text.replace(/\s+/g, ' ')}`);
    return lines.length ? `\n### What this run did\n\n${lines.join('\n')}\n` : '';
}


/***/ }),

/***/ 82884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ BOT_AUTHOR)
/* harmony export */ });
const BOT_AUTHOR = {
    name: 'ci-medic[bot]',
    email: 'ci-medic@users.noreply.github.com'
};


/***/ })

};
