// Bundles written in ASCII only, every other character escaped (#11).
//
// Node decodes a module's file before V8 compiles it. Pure ASCII becomes a one-byte
// string, one copy of the file. A single character outside ASCII (an arrow in a
// comment, a check mark in a reporter's pattern) makes the whole file UTF-16: simdutf
// converts it into a buffer of twice its size and Node copies that again. For classify's
// 600 KB bundle that was some 450 fresh pages touched on every start-up (of ~2,250 over
// `node -e 0`), about 4 ms of CPU on this machine's virtualised page faults, though
// callgrind counts the same instructions either way.
//
// An escape is written where the character stands, so the bundle means what it meant:
//   string and regular-expression literals, untagged templates, identifiers:  →  \u2192
//     (a character outside the BMP as its surrogate pair, which a `u` expression reads
//     back as one code point; an identity escape `\→` becomes `\u2192`);
//   String.raw templates (the raw text is the value): → becomes ${"\u2192"};
//   comments: the escape as text; white space outside tokens: a space or a newline.
// Which token a character sits in comes from the TypeScript parser (a devDependency the
// build already compiles with); anything else (another template tag, an escaped
// character in a raw template) stops the build rather than guess.
import ts from 'typescript'

const NON_ASCII = /[\u0080-\uffff]/
const LINE_TERMINATORS = new Set(['\u2028', '\u2029'])

const hex4 = unit => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`
/** `\uXXXX` escapes of a character (two for a surrogate pair). */
const escapeOf = char => [...Array(char.length).keys()].map(i => hex4(char.charCodeAt(i))).join('')

/** How many backslashes run right before `at`. */
function backslashesBefore(source, at) {
  let n = 0
  while (source[at - 1 - n] === '\\') n++
  return n
}

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier
])
const TEMPLATE_PARTS = new Set([
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail
])

/** The tag of the template a template part belongs to: '' untagged, else its source text. */
function templateTag(node, file) {
  let template = node
  if (node.kind !== ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
    template = node.parent
    if (template.kind === ts.SyntaxKind.TemplateSpan) template = template.parent
  }
  const parent = template.parent
  return parent?.kind === ts.SyntaxKind.TaggedTemplateExpression && parent.template === template
    ? parent.tag.getText(file)
    : ''
}

/** The tokens (start, end, what) that hold a character outside ASCII, in source order. */
function tokensHolding(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  if (file.parseDiagnostics?.length)
    throw new Error(
      `${fileName}: not parsable JavaScript (${file.parseDiagnostics[0].messageText})`
    )
  const tokens = []
  const visit = node => {
    if (LITERAL_KINDS.has(node.kind)) {
      const start = node.getStart(file)
      if (NON_ASCII.test(source.slice(start, node.end))) {
        const what = TEMPLATE_PARTS.has(node.kind)
          ? `template:${templateTag(node, file)}`
          : 'escape'
        tokens.push({start, end: node.end, what})
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return tokens.sort((a, b) => a.start - b.start)
}

/** The replacement of the character at `at` inside a token of kind `what`. */
function inToken(source, at, char, what, fileName) {
  const odd = backslashesBefore(source, at) % 2 === 1
  if (what === 'escape' || what === 'template:') {
    // `\→` is an identity escape of the character: the backslash starts the escape.
    return odd ? escapeOf(char).slice(1) : escapeOf(char)
  }
  if (what === 'template:String.raw' && !odd) return `\${"${escapeOf(char)}"}`
  throw new Error(
    `${fileName}: cannot write ${escapeOf(char)} at offset ${at} in ASCII (a ${what} template${odd ? ', escaped' : ''}): extend scripts/ascii-bundle.mjs`
  )
}

/** Outside every token: white space or a comment. */
function outsideTokens(char) {
  if (LINE_TERMINATORS.has(char)) return '\n'
  if (/\s/.test(char)) return ' '
  return escapeOf(char)
}

/** `source` with every character outside ASCII escaped; the same text when there is none. */
export function asciiOnly(source, fileName = 'bundle.mjs') {
  if (!NON_ASCII.test(source)) return source
  const tokens = tokensHolding(source, fileName)
  let out = ''
  let from = 0
  let t = 0
  const pattern = /[\u{80}-\u{10ffff}]/gu
  for (let match; (match = pattern.exec(source));) {
    const at = match.index
    while (t < tokens.length && tokens[t].end <= at) t++
    const token = tokens[t]?.start <= at ? tokens[t] : undefined
    out += source.slice(from, at)
    out += token ? inToken(source, at, match[0], token.what, fileName) : outsideTokens(match[0])
    from = at + match[0].length
  }
  return out + source.slice(from)
}
