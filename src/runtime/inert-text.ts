// Untrusted text (test names, log lines, Sentry exception types and messages,
// model output) on its way to the runner's log. The runner reads a step's
// stdout and stderr line by line and runs every line that parses as a
// workflow command (actions/runner: ProcessInvoker reads with .NET
// StreamReader.ReadLine, OutputManager hands each line to ActionCommand):
//
// - lines end at LF, CR or CRLF: a lone CR starts a new line too;
// - v2 form `::name props::data`: after TrimStart (.NET's Char.IsWhiteSpace:
//   tab, VT, FF, NEL, NBSP, the Unicode spaces, U+2028/U+2029) the line
//   starts with `::`;
// - v1 form `##[name props]data`: `##[` ANYWHERE in the line, not only at
//   its start ("build ##[error]x" is an error annotation);
// - the runner compares with the current culture (ICU), which skips
//   "ignorable" characters (controls, soft hyphen, zero-width characters)
//   when it looks for `::` and `##[`.
//
// `inert` neutralises both forms per line, with changes a reader can see:
// a line whose start could be read as `::` gets the marker `> ` in front
// (nothing is trimmed before a `>`), and every `##[` becomes `# #[` (a real
// space: not whitespace the parser trims, not a character collation
// ignores). Every other character is kept, so the log still says what the
// test or the exception said. Both checks are deliberately wider than the
// runner: they also treat NEL, U+2028 and U+2029 as line ends and skip
// ignorable characters, so a parser a little more lenient than today's
// still finds no command.
//
// The other way, `::stop-commands::<token>` … `::<token>::` around every
// untrusted block, was not chosen: it adds two lines to each log line, it
// depends on the token staying secret and unguessable, and its failure mode
// (a token the text contains, a write interleaved from elsewhere while
// commands are off) silently swallows ci-medic's own commands.
//
// Workflow-command data (warning, error, notice, debug, group names) is
// escaped by @actions/core (%, CR, LF as %25, %0D, %0A; properties also : and
// ,), so it stays on its command's one line whatever it contains.

/** What a neutralised line starts with. */
export const INERT_MARKER = '> '

/** Characters collation may skip where the runner looks for `::` or `##[`. */
const IGNORABLE = String.raw`[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]`
const LINE_BREAK = /(\r\n|\r|\n|\u0085|\u2028|\u2029)/
// The two expressions are made on first use, and run only where they can match: building
// the Unicode property classes costs V8 a few ms of CPU (ICU), each time an expression with
// them is parsed, which classify's start-up on a local log would pay for nothing.
/** A line start the runner's TrimStart plus a lenient `::` match could read as a v2 command. */
let v2Start: RegExp | undefined
let v1Prefix: RegExp | undefined

/**
 * Whether the line may start, after whitespace and ignorable characters, with `:`. A
 * printable ASCII character other than `:` first is neither, so such a line never does.
 */
function mayStartWithColon(line: string): boolean {
  const c = line.charCodeAt(0)
  return !(c > 0x20 && c < 0x7f && c !== 0x3a)
}

/** `text` with no line the runner would read as a workflow command; lines and words kept. */
export function inert(text: string): string {
  if (!text.includes(':') && !text.includes('#')) return text
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 1 ? part : inertLine(part)))
    .join('')
}

function inertLine(line: string): string {
  // `##[` needs a `#` (and a `[`); a v2 command a `:` where mayStartWithColon looks.
  const safe = line.includes('#')
    ? line.replace(
        (v1Prefix ??= new RegExp(String.raw`#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu')),
        '# #['
      )
    : line
  if (!mayStartWithColon(safe)) return safe
  v2Start ??= new RegExp(String.raw`^(?:\s|${IGNORABLE})*:${IGNORABLE}*:`, 'u')
  return v2Start.test(safe) ? INERT_MARKER + safe : safe
}

/** Each run of line breaks (CR, LF, NEL, U+2028, U+2029, VT, FF) as one space: for one-line values. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ')
}
