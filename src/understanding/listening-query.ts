// Listening queries: boolean keyword queries a department owns ("(SNCF OR TGV) retard* NOT grève").
// Terms match whole words, insensitive to case and accents; a trailing * matches a prefix; quoted
// phrases match consecutive words; AND, OR, NOT and parentheses combine them, AND being implied
// between terms. Operators are written in capitals (AND/ET, OR/OU, NOT/SAUF) so that ordinary
// words such as "or" or "et" stay searchable. Queries are parsed once and matched per message.
import { BREAK, analyseText, type AnalysedText } from './text.ts';

export interface QueryWord { text: string; prefix: boolean }

export type QueryAst =
  | { type: 'term'; words: QueryWord[] }
  | { type: 'and'; children: QueryAst[] }
  | { type: 'or'; children: QueryAst[] }
  | { type: 'not'; child: QueryAst };

export interface CompiledQuery<Id = string> { id: Id; name: string; ast: QueryAst }

export class QuerySyntaxError extends Error {
  /** 0-based index in the query where the problem was found. */
  readonly position: number;
  constructor(message: string, position: number) {
    super(`${message} (at character ${position + 1})`);
    this.name = 'QuerySyntaxError';
    this.position = position;
  }
}

type TokenKind = 'and' | 'or' | 'not' | 'open' | 'close' | 'term' | 'phrase' | 'end';
interface Token { kind: TokenKind; text: string; pos: number }

const OPERATORS: Record<string, TokenKind> = { AND: 'and', ET: 'and', OR: 'or', OU: 'or', NOT: 'not', SAUF: 'not' };

function lex(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { tokens.push({ kind: 'open', text: c, pos: i++ }); continue; }
    if (c === ')') { tokens.push({ kind: 'close', text: c, pos: i++ }); continue; }
    if (c === '"' || c === '“' || c === '«') {
      const close = c === '"' ? '"' : c === '“' ? '”' : '»';
      const end = q.indexOf(close, i + 1);
      if (end < 0) throw new QuerySyntaxError('Unterminated quoted phrase', i);
      tokens.push({ kind: 'phrase', text: q.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < q.length && !/[\s()"“«]/.test(q[i])) i++;
    const text = q.slice(start, i);
    tokens.push({ kind: OPERATORS[text] ?? 'term', text, pos: start });
  }
  tokens.push({ kind: 'end', text: '', pos: q.length });
  return tokens;
}

function queryWords(raw: string, pos: number, what: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const part of raw.split(/\s+/)) {
    if (!part) continue;
    const prefix = part.endsWith('*');
    const body = prefix ? part.replace(/\*+$/, '') : part;
    if (body.includes('*')) throw new QuerySyntaxError(`"*" is only allowed at the end of a word in ${what} "${raw}"`, pos);
    const tokens = analyseText(body).words.filter((w) => w !== BREAK);
    tokens.forEach((text, k) => words.push({ text, prefix: prefix && k === tokens.length - 1 }));
  }
  if (words.length === 0) throw new QuerySyntaxError(`${what[0].toUpperCase()}${what.slice(1)} "${raw}" contains no word`, pos);
  return words;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token { return this.tokens[this.i]; }
  private next(): Token { return this.tokens[this.i++]; }

  parse(): QueryAst {
    if (this.peek().kind === 'end') throw new QuerySyntaxError('The query is empty', 0);
    const ast = this.or();
    const t = this.peek();
    if (t.kind === 'close') throw new QuerySyntaxError('Closing parenthesis without a matching "("', t.pos);
    if (t.kind !== 'end') throw new QuerySyntaxError(`Unexpected "${t.text}"`, t.pos);
    return ast;
  }

  private or(): QueryAst {
    const children = [this.and()];
    while (this.peek().kind === 'or') {
      const op = this.next();
      this.expectOperand(op);
      children.push(this.and());
    }
    return children.length === 1 ? children[0] : { type: 'or', children };
  }

  private and(): QueryAst {
    const children = [this.not()];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'and') {
        this.next();
        this.expectOperand(t);
        children.push(this.not());
      } else if (t.kind === 'term' || t.kind === 'phrase' || t.kind === 'open' || t.kind === 'not') {
        children.push(this.not());
      } else break;
    }
    return children.length === 1 ? children[0] : { type: 'and', children };
  }

  private not(): QueryAst {
    const t = this.peek();
    if (t.kind === 'not') {
      this.next();
      this.expectOperand(t);
      return { type: 'not', child: this.not() };
    }
    return this.primary();
  }

  private primary(): QueryAst {
    const t = this.next();
    switch (t.kind) {
      case 'term':
        return { type: 'term', words: queryWords(t.text, t.pos, 'term') };
      case 'phrase':
        return { type: 'term', words: queryWords(t.text, t.pos, 'phrase') };
      case 'open': {
        if (this.peek().kind === 'close') throw new QuerySyntaxError('Empty parentheses', t.pos);
        const inner = this.or();
        const close = this.next();
        if (close.kind !== 'close') throw new QuerySyntaxError('Unbalanced parentheses: "(" is never closed', t.pos);
        return inner;
      }
      case 'close':
        throw new QuerySyntaxError('Closing parenthesis without a matching "("', t.pos);
      default:
        throw new QuerySyntaxError(`Expected a word, a phrase or "(" but found "${t.text}"`, t.pos);
    }
  }

  /** An operator must be followed by something it can apply to. */
  private expectOperand(op: Token): void {
    const t = this.peek();
    if (t.kind === 'end' || t.kind === 'close' || t.kind === 'and' || t.kind === 'or') {
      throw new QuerySyntaxError(`"${op.text}" has nothing after it`, op.pos);
    }
  }
}

export function parseQuery(query: string): QueryAst {
  const tokens = lex(query);
  const first = tokens[0];
  if (first.kind === 'and' || first.kind === 'or') throw new QuerySyntaxError(`"${first.text}" has nothing before it`, first.pos);
  return new Parser(tokens).parse();
}

function wordMatches(q: QueryWord, w: string): boolean {
  // A plain term also finds the @mention of the same name ("sncf" finds "@SNCF").
  const offset = w.charCodeAt(0) === 64 && q.text.charCodeAt(0) !== 64 ? 1 : 0;
  if (q.prefix) return w.startsWith(q.text, offset);
  return w.length - offset === q.text.length && w.startsWith(q.text, offset);
}

function termMatches(words: readonly QueryWord[], text: readonly string[]): boolean {
  const last = text.length - words.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let k = 0; k < words.length; k++) if (!wordMatches(words[k], text[i + k])) continue outer;
    return true;
  }
  return false;
}

function evaluate(ast: QueryAst, words: readonly string[]): boolean {
  switch (ast.type) {
    case 'term': return termMatches(ast.words, words);
    case 'and': return ast.children.every((c) => evaluate(c, words));
    case 'or': return ast.children.some((c) => evaluate(c, words));
    case 'not': return !evaluate(ast.child, words);
  }
}

export function matches(ast: QueryAst, text: string | AnalysedText): boolean {
  return evaluate(ast, typeof text === 'string' ? analyseText(text).words : text.words);
}

/** Ids of the queries a message matches, in the order the queries were given. */
export function matchTopics<Id>(queries: readonly CompiledQuery<Id>[], text: string | AnalysedText): Id[] {
  if (queries.length === 0) return [];
  const words = typeof text === 'string' ? analyseText(text).words : text.words;
  const ids: Id[] = [];
  for (const q of queries) if (evaluate(q.ast, words)) ids.push(q.id);
  return ids;
}

/** The query written back in canonical form, e.g. for showing how it was understood. */
export function formatQuery(ast: QueryAst): string {
  switch (ast.type) {
    case 'term': {
      const body = ast.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ');
      return ast.words.length > 1 ? `"${body}"` : body;
    }
    case 'and': return ast.children.map((c) => (c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c))).join(' AND ');
    case 'or': return ast.children.map(formatQuery).join(' OR ');
    case 'not': return `NOT ${ast.child.type === 'term' || ast.child.type === 'not' ? formatQuery(ast.child) : `(${formatQuery(ast.child)})`}`;
  }
}
