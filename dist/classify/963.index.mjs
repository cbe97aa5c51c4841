export const id = 963;
export const ids = [963];
export const modules = {

/***/ 71963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readVersions: () => (/* binding */ readVersions),
  teeVersions: () => (/* binding */ teeVersions)
});

;// CONCATENATED MODULE: ./src/core/classify/tool-versions.ts
// The tool and package versions a CI log states: what pip, npm, cargo, Maven
// installed, what setup-* actions and docker pulled, which runner and image
// ran the job. Compared with the last green run's (version-drift.ts), they
// show what changed under a workflow whose code did not.
//
// Logs can be hundreds of megabytes: the text is fed in chunks, only lines
// holding one of a few literal needles are parsed, and the work stops after a
// fixed number of such lines (the result then says it is truncated).
const MAX_LINES = 20_000;
const MAX_NAMES = 3_000;
const MAX_VERSIONS = 5;
const MAX_LINE = 300;
/**
 * Lines worth parsing contain one of these (one regex pass over each chunk). Literal-only
 * alternatives, mostly found by a rarer middle part (`ownload`, `in cache @`): the line
 * parsers check the whole wording; measured 8x faster than the full wordings in one regex.
 */
const NEEDLES = /Successfully|Collecting|nstalling |ownload|go version|rustc|rustup|cargo \d|clippy \d|rustfmt \d|in cache @|Image: |Version: |runner version|igest: sha|Status: |Compiling|package `|@\d|: v\d|pm: \d|node: \d|yarn: \d/g;
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
/** Python distribution names compare in PEP 503 form. */
function pep503(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** `black-24.1.0-py3-none-any.whl`, `foo_bar-1.2.tar.gz` \u2192 [name, version]. */
function fromPythonFile(file) {
    const wheel = /^([A-Za-z0-9][\w.]*?)-(\d[\w.!+]*)-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
    if (wheel)
        return [wheel[1], wheel[2]];
    const sdist = /^([A-Za-z0-9][\w.-]*?)-(\d[\w.!+]*)\.(?:tar\.gz|zip)$/.exec(file);
    return sdist ? [sdist[1], sdist[2]] : undefined;
}
/** `\u2026/maven2/org/foo/bar/1.2.3/bar-1.2.3.jar` \u2192 `org.foo:bar` 1.2.3. */
function fromMavenUrl(url) {
    const parts = url.replace(/[?#].*$/, '').split('/');
    const [file, version, artifact] = [parts.at(-1), parts.at(-2), parts.at(-3)];
    if (!file || !version || !artifact || !/^\d/.test(version))
        return undefined;
    if (!/\.(?:jar|pom|aar)$/.test(file) || !file.startsWith(`${artifact}-${version}`))
        return undefined;
    const root = parts.findIndex(p => p === 'maven2' || p === 'maven' || p === 'releases');
    const group = parts.slice(root >= 0 ? root + 1 : parts.length - 4, -3).join('.');
    return ['package', `${group ? `${group}:` : ''}${artifact}`.toLowerCase(), version];
}
/** One line's statements; `state` carries what a later line completes (runner image, docker digest). */
function parseLine(line, state) {
    let m;
    if ((m = /^Successfully installed (.+)$/.exec(line))) {
        const out = [];
        for (const token of m[1].trim().split(/\s+/)) {
            const dash = token.lastIndexOf('-');
            if (dash > 0 && /^\d/.test(token.slice(dash + 1)))
                out.push(['package', pep503(token.slice(0, dash)), token.slice(dash + 1)]);
        }
        return out;
    }
    if ((m = /^Collecting ([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==([\w.!+]+)/.exec(line)))
        return [['package', pep503(m[1]), m[2]]];
    if ((m = /^Download(?:ing|ed)? (?:from [\w.-]+: )?(https?:\/\/\S+)/.exec(line))) {
        const url = m[1];
        const maven = fromMavenUrl(url);
        if (maven)
            return [maven];
        const python = fromPythonFile(url.split('/').pop() ?? '');
        return python ? [['package', pep503(python[0]), python[1]]] : [];
    }
    if ((m = /^Downloading (\S+\.(?:whl|tar\.gz|zip))\b/.exec(line))) {
        const python = fromPythonFile(m[1]);
        return python ? [['package', pep503(python[0]), python[1]]] : [];
    }
    // A crate compiled from a local path (`(/home/\u2026)`, `(C:\\\u2026)`) is the repository's own, not a dependency.
    if ((m =
        /^(?:Downloaded|Compiling) ([\w-]+) v(\d[\w.+-]*)(?: \((?:https?|git|ssh|registry)\b[^)]*\))?$/.exec(line)))
        return [['package', m[1].toLowerCase(), m[2]]];
    // Bundler: `Installing rake 13.0.6`, `Installing nokogiri 1.16.0 (x86_64-linux)`, `\u2026 with native extensions`.
    if ((m =
        /^Installing ([A-Za-z][\w.-]*) (\d[\w.]*)(?: \([\w.-]+\))?(?: with native extensions)?$/.exec(line)))
        return [['package', m[1].toLowerCase(), m[2]]];
    if ((m = /^Installed package `([\w-]+) v(\d[\w.+-]*)/.exec(line)))
        return [['package', m[1].toLowerCase(), m[2]]];
    if ((m = /^\+ (@?[\w.-]+(?:\/[\w.-]+)?)@(\d[\w.+-]*)$/.exec(line)))
        return [['package', m[1].toLowerCase(), m[2]]];
    if ((m = /\bgo version go(\d[\w.]*) /.exec(line)))
        return [['tool', 'go', m[1]]];
    if ((m = /^(rustc|rustup|cargo|clippy|rustfmt) (\d+\.\d+\.\d+[\w.-]*) \(/.exec(line)))
        return [['tool', m[1], m[2]]];
    if ((m = /^(node|npm|yarn|pnpm): v?(\d+\.\d+\.\d+[\w.-]*)$/.exec(line)))
        return [['tool', m[1], m[2]]];
    if ((m =
        /(?:Found in cache @|Successfully cached \w+ to) \S*?hostedtoolcache[\\/](?:windows[\\/])?([A-Za-z][\w.-]*)[\\/](\d[\w.+-]*)/.exec(line)))
        return [['tool', m[1].toLowerCase(), m[2]]];
    if ((m = /^Successfully set up (CPython|PyPy) \((\d[\w.+-]*)\)/.exec(line)))
        return [['tool', m[1] === 'CPython' ? 'python' : 'pypy', m[2]]];
    if ((m = /^Current runner version: '([\w.-]+)'/.exec(line)))
        return [['runner', 'runner', m[1]]];
    if ((m = /^Image: ([\w.-]+)$/.exec(line))) {
        state.image = m[1];
        return [];
    }
    if ((m = /^Version: (\d[\w.-]*)$/.exec(line)) && state.image) {
        const image = state.image;
        state.image = undefined;
        return [['runner', 'runner-image', `${image} ${m[1]}`]];
    }
    if ((m = /^Digest: (sha256:[0-9a-f]{12})[0-9a-f]*$/.exec(line))) {
        state.digest = m[1];
        return [];
    }
    if ((m = /^Status: (?:Downloaded newer image|Image is up to date) for (\S+)$/.exec(line))) {
        const digest = state.digest;
        state.digest = undefined;
        return digest ? [['image', m[1].toLowerCase(), digest]] : [];
    }
    return [];
}
/** Reads a log in chunks; `result()` gives what it stated. */
class ToolVersionCollector {
    carry = '';
    lines = 0;
    names = 0;
    state = {};
    tools = Object.create(null);
    truncated = false;
    /** More log text (any split: a line cut between chunks is joined first). */
    push(chunk) {
        if (this.truncated)
            return;
        const text = this.carry + chunk;
        const end = text.lastIndexOf('\n');
        if (end < 0) {
            // One endless line is no log line worth keeping whole.
            this.carry = text.length > 64 * 1024 ? '' : text;
            return;
        }
        this.carry = text.slice(end + 1);
        this.scan(text, end);
    }
    result() {
        if (this.carry) {
            const rest = this.carry;
            this.carry = '';
            this.scan(`${rest}\n`, rest.length);
        }
        return { tools: this.tools, truncated: this.truncated };
    }
    scan(text, end) {
        NEEDLES.lastIndex = 0;
        let match;
        while ((match = NEEDLES.exec(text)) && match.index < end) {
            const start = text.lastIndexOf('\n', match.index) + 1;
            const stop = text.indexOf('\n', match.index);
            const lineEnd = stop < 0 ? text.length : stop;
            NEEDLES.lastIndex = lineEnd + 1;
            if (++this.lines > MAX_LINES) {
                this.truncated = true;
                return;
            }
            this.take(text.slice(start, Math.min(lineEnd, start + 4 * MAX_LINE)));
        }
    }
    take(raw) {
        const line = raw.replace(TIMESTAMP, '').replace(ANSI, '').replace(/\r$/, '').trim();
        for (const [kind, name, version] of parseLine(line, this.state)) {
            let entry = this.tools[name];
            if (!entry) {
                if (++this.names > MAX_NAMES) {
                    this.truncated = true;
                    return;
                }
                entry = this.tools[name] = { kind, versions: [], line: line.slice(0, MAX_LINE) };
            }
            if (!entry.versions.includes(version) && entry.versions.length < MAX_VERSIONS)
                entry.versions.push(version);
        }
    }
}
/** The versions a whole log text states (tests and small logs). */
function toolVersions(text) {
    const collector = new ToolVersionCollector();
    collector.push(text);
    return collector.result();
}

;// CONCATENATED MODULE: ./src/edges/logs/version-tee.ts
// Tool versions read from a job log stream: alongside the scanner (the
// failing job's log, passed through untouched), or on their own (the last
// green run's log). Only the first MAX_BYTES are read for versions.

/** Setup steps and installs print early; past this much log, reading stops (and says so). */
const MAX_BYTES = 256 * 1024 * 1024;
/** Bytes as Latin-1 text, without a copy (versions are ASCII). */
function latin1(chunk) {
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
}
function teeVersions(source, maxBytes = MAX_BYTES) {
    const collector = new ToolVersionCollector();
    let bytes = 0;
    const stream = (async function* () {
        for await (const chunk of source) {
            if (bytes < maxBytes)
                collector.push(latin1(chunk));
            bytes += chunk.byteLength;
            yield chunk;
        }
    })();
    return {
        stream,
        result: () => {
            const found = collector.result();
            return bytes > maxBytes ? { ...found, truncated: true } : found;
        }
    };
}
/** Reads a stream only for its versions, stopping (and closing it) after `maxBytes`. */
async function readVersions(source, maxBytes = MAX_BYTES) {
    const collector = new ToolVersionCollector();
    let bytes = 0;
    for await (const chunk of source) {
        collector.push(latin1(chunk));
        bytes += chunk.byteLength;
        if (bytes >= maxBytes)
            return { ...collector.result(), truncated: true };
    }
    return collector.result();
}


/***/ })

};
