/**
 * Works out an Excel conditional-format formula for one cell, so the workbench grid shows the
 * highlights Excel would. It understands the small part of Excel's formula language that
 * conditional formats on trackers use (comparisons, & and arithmetic, TRUE/FALSE, cell
 * references with $, and TRIM, OR, AND, NOT, IF, IFERROR, N, LEN, UPPER, LOWER, ISBLANK, ISNUMBER,
 * LEFT, MID, FIND, EXACT, SUBSTITUTE, CHAR);
 * anything else is reported as unsupported, and the grid then leaves that rule out rather than guess.
 */
import { columnNumber } from "../core/cells";

export type FormulaValue = string | number | boolean | null | { error: string };

/** The cell values a formula can refer to, by Excel row and column. */
export type CellLookup = (row: number, column: number) => FormulaValue;

export class UnsupportedFormula extends Error {}

type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "name"; value: string }
  | { kind: "ref"; column: number; row: number; absColumn: boolean; absRow: boolean }
  | { kind: "op"; value: string };

type Node =
  | { kind: "literal"; value: FormulaValue }
  | { kind: "ref"; column: number; row: number; absColumn: boolean; absRow: boolean }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; op: string; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

/** The functions it works out; any other name makes the formula unsupported when it is read. */
const FUNCTIONS = new Set(["IFERROR", "IF", "OR", "AND", "NOT", "N", "ISBLANK", "ISNUMBER", "TRIM", "LEN", "UPPER", "LOWER", "LEFT", "MID", "FIND", "EXACT", "SUBSTITUTE", "CHAR"]);

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z0-9_(])|([A-Z][A-Z0-9_.]*)|(<>|<=|>=|[-+*/&=<>(),]))/iy;

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(formula);
    if (!m) throw new UnsupportedFormula(`Cannot read the formula at "${formula.slice(TOKEN.lastIndex)}".`);
    if (m[1] !== undefined) out.push({ kind: "number", value: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: "string", value: m[2].replace(/""/g, '"') });
    else if (m[4] !== undefined) out.push({ kind: "ref", column: columnNumber(m[4]), row: Number(m[6]), absColumn: m[3] === "$", absRow: m[5] === "$" });
    else if (m[7] !== undefined) out.push({ kind: "name", value: m[7].toUpperCase() });
    else out.push({ kind: "op", value: m[8]! });
  }
  return out;
}

/** Precedence climbing over Excel's operator levels: comparison, &, + -, * /. */
function parse(formula: string): Node {
  const list = tokens(formula);
  let at = 0;
  const peekOp = (...ops: string[]) => {
    const t = list[at];
    return t?.kind === "op" && ops.includes(t.value) ? t.value : undefined;
  };
  const expect = (op: string) => {
    if (!peekOp(op)) throw new UnsupportedFormula(`Expected "${op}" in the formula.`);
    at++;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    for (let op = peekOp(...levels[level]!); op; op = peekOp(...levels[level]!)) {
      at++;
      left = { kind: "binary", op, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    const op = peekOp("-", "+");
    if (op) {
      at++;
      return { kind: "unary", op, operand: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = list[at++];
    if (!t) throw new UnsupportedFormula("The formula ends too soon.");
    if (t.kind === "number" || t.kind === "string") return { kind: "literal", value: t.value };
    if (t.kind === "ref") return t;
    if (t.kind === "op" && t.value === "(") {
      const inner = binary(0);
      expect(")");
      return inner;
    }
    if (t.kind === "name") {
      if (!peekOp("(")) {
        if (t.value === "TRUE" || t.value === "FALSE") return { kind: "literal", value: t.value === "TRUE" };
        throw new UnsupportedFormula(`The name ${t.value} is not supported.`);
      }
      if (!FUNCTIONS.has(t.value)) throw new UnsupportedFormula(`The function ${t.value} is not supported.`);
      at++;
      const args: Node[] = [];
      if (!peekOp(")")) {
        args.push(binary(0));
        while (peekOp(",")) {
          at++;
          args.push(binary(0));
        }
      }
      expect(")");
      return { kind: "call", name: t.value, args };
    }
    throw new UnsupportedFormula(`Unexpected "${t.value}" in the formula.`);
  };
  const tree = binary(0);
  if (at !== list.length) throw new UnsupportedFormula("The formula has more after its end.");
  return tree;
}

const VALUE_ERROR = { error: "#VALUE!" };

function isError(v: FormulaValue): v is { error: string } {
  return typeof v === "object" && v !== null;
}

function asText(v: Exclude<FormulaValue, { error: string }>): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function asNumber(v: Exclude<FormulaValue, { error: string }>): number | null {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : null;
}

function asBoolean(v: Exclude<FormulaValue, { error: string }>): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  return null;
}

/**
 * Excel orders numbers before text before logical values; text compares without case, and is equal
 * only where it is the same but for case: no character counts as nothing, not even a zero-width
 * space or a soft hyphen, as they would to localeCompare.
 */
function compare(a: Exclude<FormulaValue, { error: string }>, b: Exclude<FormulaValue, { error: string }>): number {
  const rank = (v: typeof a) => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  // An empty cell takes the other side's type: "" against text, 0 against a number, FALSE against a logical.
  const fill = (v: typeof a, other: typeof a) => (v !== null ? v : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = fill(a, b);
  const y = fill(b, a);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const [p, q] = [x.toLowerCase(), (y as string).toLowerCase()];
    return p === q ? 0 : p.localeCompare(q) || (p < q ? -1 : 1);
  }
  return Number(x) - Number(y);
}

/** Excel's TRIM takes only the space character: tabs, line breaks and non-breaking spaces stay. */
function trimExcel(text: string): string {
  return text.replace(/ +/g, " ").replace(/^ | $/g, "");
}

function evaluate(node: Node, cell: CellLookup, shift: { rows: number; columns: number }): FormulaValue {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref":
      return cell(node.absRow ? node.row : node.row + shift.rows, node.absColumn ? node.column : node.column + shift.columns);
    case "unary": {
      const v = evaluate(node.operand, cell, shift);
      if (isError(v)) return v;
      const n = asNumber(v);
      return n === null ? VALUE_ERROR : node.op === "-" ? -n : n;
    }
    case "binary": {
      const l = evaluate(node.left, cell, shift);
      if (isError(l)) return l;
      const r = evaluate(node.right, cell, shift);
      if (isError(r)) return r;
      if (node.op === "&") return asText(l) + asText(r);
      if (["+", "-", "*", "/"].includes(node.op)) {
        const a = asNumber(l);
        const b = asNumber(r);
        if (a === null || b === null) return VALUE_ERROR;
        if (node.op === "/" && b === 0) return { error: "#DIV/0!" };
        return node.op === "+" ? a + b : node.op === "-" ? a - b : node.op === "*" ? a * b : a / b;
      }
      const c = compare(l, r);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[node.op]!;
    }
    case "call":
      return call(node.name, node.args, cell, shift);
  }
}

function call(name: string, args: Node[], cell: CellLookup, shift: { rows: number; columns: number }): FormulaValue {
  const arg = (i: number) => (args[i] ? evaluate(args[i]!, cell, shift) : null);
  const logicals = (): boolean[] | { error: string } => {
    const out: boolean[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = arg(i);
      if (isError(v)) return v;
      const b = asBoolean(v);
      if (b === null) return VALUE_ERROR;
      out.push(b);
    }
    return out;
  };
  const oneText = (f: (text: string) => FormulaValue): FormulaValue => {
    const v = arg(0);
    return isError(v) ? v : f(asText(v));
  };
  /** Every argument as text, or the first error among them. */
  const texts = (): string[] | { error: string } => {
    const out: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = arg(i);
      if (isError(v)) return v;
      out.push(asText(v));
    }
    return out;
  };
  /** A count or position argument as a whole number (Excel drops the fraction), `fallback` where it is left out, null where it is no number. */
  const whole = (text: string | undefined, fallback: number): number | null => {
    if (text === undefined) return fallback;
    const n = asNumber(text);
    return n === null ? null : Math.trunc(n);
  };
  switch (name) {
    case "IFERROR": {
      const v = arg(0);
      return isError(v) ? arg(1) : v;
    }
    case "IF": {
      const c = arg(0);
      if (isError(c)) return c;
      const b = asBoolean(c);
      if (b === null) return VALUE_ERROR;
      return b ? arg(1) : args.length > 2 ? arg(2) : false;
    }
    case "OR":
    case "AND": {
      const all = logicals();
      if (!Array.isArray(all)) return all;
      return name === "OR" ? all.some(Boolean) : all.every(Boolean);
    }
    case "NOT": {
      const v = arg(0);
      if (isError(v)) return v;
      const b = asBoolean(v);
      return b === null ? VALUE_ERROR : !b;
    }
    case "N": {
      const v = arg(0);
      if (isError(v)) return v;
      return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
    }
    case "ISBLANK":
      return arg(0) === null;
    case "TRIM":
      return oneText(trimExcel);
    case "CHAR": {
      // Codes below 128 are the same in every character set, and all the add-in writes; above, Windows and Mac differ.
      const v = arg(0);
      if (isError(v)) return v;
      const code = asNumber(v);
      return code === null || Math.trunc(code) < 1 || Math.trunc(code) > 255 ? VALUE_ERROR : String.fromCharCode(Math.trunc(code));
    }
    case "LEN":
      return oneText((t) => t.length);
    case "UPPER":
      return oneText((t) => t.toUpperCase());
    case "LOWER":
      return oneText((t) => t.toLowerCase());
    case "ISNUMBER":
      return typeof arg(0) === "number";
    case "EXACT": {
      const all = texts();
      return Array.isArray(all) ? all[0] === all[1] : all;
    }
    case "LEFT": {
      const all = texts();
      if (!Array.isArray(all)) return all;
      const count = whole(all[1], 1);
      return count === null || count < 0 ? VALUE_ERROR : all[0]!.slice(0, count);
    }
    case "MID": {
      const all = texts();
      if (!Array.isArray(all)) return all;
      const start = whole(all[1], Number.NaN);
      const count = whole(all[2], Number.NaN);
      if (start === null || count === null || !(start >= 1) || !(count >= 0)) return VALUE_ERROR;
      return all[0]!.slice(start - 1, start - 1 + count);
    }
    case "FIND": {
      // Heeds case, unlike SEARCH; text not found is #VALUE!.
      const all = texts();
      if (!Array.isArray(all)) return all;
      const start = whole(all[2], 1);
      if (start === null || start < 1 || start > all[1]!.length + 1) return VALUE_ERROR;
      const at = all[1]!.indexOf(all[0]!, start - 1);
      return at < 0 ? VALUE_ERROR : at + 1;
    }
    case "SUBSTITUTE": {
      // Heeds case; every occurrence, or only the one numbered by the fourth argument.
      const all = texts();
      if (!Array.isArray(all)) return all;
      const [text, from, to] = [all[0]!, all[1] ?? "", all[2] ?? ""];
      if (from === "") return text;
      if (all[3] === undefined) return text.split(from).join(to);
      const instance = whole(all[3], 1);
      if (instance === null || instance < 1) return VALUE_ERROR;
      let at = text.indexOf(from);
      for (let i = 1; i < instance && at >= 0; i++) at = text.indexOf(from, at + from.length);
      if (at < 0) return text;
      return text.slice(0, at) + to + text.slice(at + from.length);
    }
    default:
      throw new UnsupportedFormula(`The function ${name} is not supported.`);
  }
}

export interface CompiledRule {
  /** Whether the rule's format shows on this cell, for a rule anchored at (anchorRow, anchorColumn). */
  appliesAt(row: number, column: number, cell: CellLookup): boolean;
}

/** Parses once; throws UnsupportedFormula for a formula outside the supported part of the language. */
export function compileRule(formula: string, anchorRow: number, anchorColumn: number): CompiledRule {
  const tree = parse(formula.replace(/^=/, ""));
  return {
    appliesAt(row, column, cell) {
      const v = evaluate(tree, cell, { rows: row - anchorRow, columns: column - anchorColumn });
      // A conditional format shows where its formula gives TRUE or a number other than zero.
      return v === true || (typeof v === "number" && v !== 0);
    },
  };
}
