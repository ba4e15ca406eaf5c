import type { Finding } from '../core/gate-verdict.js';
import { PHP_LEAF_KINDS, functionName, phpChildKeys, type PhpNode } from './php-ast.js';

/** The limits the code-readability gate applies (config `gates.code-readability.limits`). */
export interface ReadabilityLimits {
  readonly complexity: number;
  readonly cognitive: number;
  readonly maxDepth: number;
  readonly maxLinesPerFunction: number;
  readonly maxParams: number;
  readonly maxNestedCallbacks: number;
}

/** Operators cognitive complexity counts in sequences. */
const LOGICAL = new Set(['&&', '||', 'and', 'or', 'xor']);
/** Operators that add a path for cyclomatic complexity (`xor` evaluates both sides). */
const BRANCHING = new Set(['&&', '||', 'and', 'or', '??']);

/** What the walk gathers for one function, method or closure. */
export interface PhpFunctionMeasures {
  readonly node: PhpNode;
  /** McCabe: one plus each decision point (`if`, `?:`, loops, `catch`, `case`, `&&`/`||`/`??`). */
  cyclomatic: number;
  /** Campbell's cognitive complexity of the body (nested closures count into it). */
  cognitive: number;
  /** The deepest nesting of blocks (an `else if` chain is one level). */
  depth: number;
  /** Closures and arrow functions around it, itself included. */
  readonly callbacks: number;
  /** Absolute cognitive nesting of its body: the walk's nesting less this is the body's own. */
  readonly base: number;
}

/**
 * One depth-first walk of a file's tree that measures every function at once: each node is
 * visited once, and what it adds (a decision, a nesting level, a cognitive increment) goes to
 * the functions around it. Before, each function was walked three more times (cyclomatic,
 * cognitive, depth) and nested functions again for each function around them.
 */
class MeasureWalk {
  /** Every function, in source (pre-)order, so findings come out in reading order. */
  readonly all: PhpFunctionMeasures[] = [];
  /** The functions around the node being visited, innermost last. */
  private readonly open: PhpFunctionMeasures[] = [];
  /**
   * Cognitive complexity reads a function's body only: while the walk is in a function's
   * parameters or attributes, the functions from this index up receive no increments there.
   */
  private cognitiveFrom = 0;

  /** `n`: cognitive nesting counted from the file's top; `d`: block depth in the innermost function. */
  visit(node: PhpNode, kind: string, n: number, d: number): void {
    switch (kind) {
      case 'function':
      case 'method':
      case 'closure':
      case 'arrowfunc':
        this.enterFunction(node, kind, n);
        return;
      case 'if':
        this.visitIf(node, n, d, true);
        return;
      case 'retif':
        this.decision();
        this.nestingIncrement(n);
        this.child(node.test, n, d);
        this.child(node.trueExpr, n + 1, d);
        this.child(node.falseExpr, n + 1, d);
        return;
      case 'switch': {
        this.nestingIncrement(n);
        const here = this.deeper(d);
        this.child(node.test, n, here);
        this.child(node.body, n + 1, here);
        return;
      }
      case 'catch':
        // Its other children are the caught class names and the variable: nothing to measure.
        this.decision();
        this.nestingIncrement(n);
        this.child(node.body, n + 1, d);
        return;
      case 'try':
        this.children(node, kind, n, this.deeper(d), undefined);
        return;
      case 'for':
      case 'foreach':
      case 'while':
      case 'do':
        this.decision();
        this.nestingIncrement(n);
        this.children(node, kind, n, this.deeper(d), node.body);
        return;
      case 'case':
        if (node.test) this.decision();
        break;
      case 'bin': {
        const op = node.type as string;
        if (LOGICAL.has(op)) {
          const sequence = { previous: '', count: 0 };
          this.logical(node, n, d, sequence);
          this.flatIncrement(sequence.count);
          return;
        }
        if (op === '??') this.decision();
        break;
      }
    }
    if (kind === 'variable' && typeof node.name === 'string') return;
    this.children(node, kind, n, d, undefined);
  }

  /** The node's children; `body` (a loop's) one cognitive nesting level further in. */
  private children(node: PhpNode, kind: string, n: number, d: number, body: unknown): void {
    for (const key of phpChildKeys(kind, node)) {
      const value = node[key];
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const v of value as unknown[]) this.child(v, n, d);
      } else this.child(value, value === body ? n + 1 : n, d);
    }
  }

  private child(value: unknown, n: number, d: number): void {
    if (typeof value !== 'object' || value === null) return;
    const kind = (value as { kind?: unknown }).kind;
    if (typeof kind === 'string' && !PHP_LEAF_KINDS.has(kind))
      this.visit(value as PhpNode, kind, n, d);
  }

  /** `if`, then each `else if` of its chain (`first` false): one depth level for the chain. */
  private visitIf(node: PhpNode, n: number, d: number, first: boolean): void {
    this.decision();
    if (first) this.nestingIncrement(n);
    else this.flatIncrement(1);
    const here = first ? this.deeper(d) : d;
    this.child(node.test, n, here);
    this.child(node.body, n + 1, here);
    const alternate = node.alternate as PhpNode | null | undefined;
    if (!alternate) return;
    if (alternate.kind === 'if') this.visitIf(alternate, n, here, false);
    else {
      this.flatIncrement(1);
      this.child(alternate, n + 1, here);
    }
  }

  /** A sequence of logical operators: +1 per change of operator; its operands at this nesting. */
  private logical(
    node: PhpNode,
    n: number,
    d: number,
    sequence: { previous: string; count: number },
  ): void {
    const op = node.type as string;
    const left = node.left as PhpNode;
    const right = node.right as PhpNode;
    if (left.kind === 'bin' && LOGICAL.has(left.type as string)) this.logical(left, n, d, sequence);
    else this.child(left, n, d);
    if (op !== sequence.previous) sequence.count++;
    sequence.previous = op;
    if (BRANCHING.has(op)) this.decision();
    if (right.kind === 'bin' && LOGICAL.has(right.type as string))
      this.logical(right, n, d, sequence);
    else this.child(right, n, d);
  }

  private enterFunction(node: PhpNode, kind: string, n: number): void {
    const outer = this.open[this.open.length - 1];
    const closure = kind === 'closure' || kind === 'arrowfunc';
    const measures: PhpFunctionMeasures = {
      node,
      cyclomatic: 1,
      cognitive: 0,
      depth: 0,
      callbacks: (outer?.callbacks ?? 0) + (closure ? 1 : 0),
      base: n + 1,
    };
    this.all.push(measures);
    this.open.push(measures);
    const body = node.body;
    const from = this.cognitiveFrom;
    this.cognitiveFrom = this.open.length;
    for (const key of phpChildKeys(kind, node)) {
      if (key === 'body') continue;
      const value = node[key];
      if (Array.isArray(value)) for (const v of value as unknown[]) this.child(v, n + 1, 0);
      else this.child(value, n + 1, 0);
    }
    this.cognitiveFrom = from;
    this.child(body, n + 1, 0);
    this.open.pop();
  }

  /** A decision point of the innermost function. */
  private decision(): void {
    const fn = this.open[this.open.length - 1];
    if (fn) fn.cyclomatic++;
  }

  /** One more block level in the innermost function. */
  private deeper(d: number): number {
    const here = d + 1;
    const fn = this.open[this.open.length - 1];
    if (fn && here > fn.depth) fn.depth = here;
    return here;
  }

  /** A structure that nests: +1 plus its nesting within each function around it. */
  private nestingIncrement(n: number): void {
    for (let i = this.cognitiveFrom; i < this.open.length; i++) {
      const fn = this.open[i]!;
      fn.cognitive += 1 + n - fn.base;
    }
  }

  /** `else`, `else if`, operator sequences: +1 each, whatever the nesting. */
  private flatIncrement(by: number): void {
    for (let i = this.cognitiveFrom; i < this.open.length; i++) this.open[i]!.cognitive += by;
  }
}

/** Every function, method and closure of a file with its measures, in source order. */
export function measurePhpFunctions(program: PhpNode): PhpFunctionMeasures[] {
  const walk = new MeasureWalk();
  walk.visit(program, program.kind, 0, 0);
  return walk.all;
}

/**
 * For each line (1-based), how many of the lines up to it hold code: not blank and not only a
 * comment (`//`, `#`, `*`, `/*`), as ESLint's max-lines-per-function counts with
 * skipBlankLines and skipComments. One pass over the text, so a function's length is a
 * subtraction however many functions enclose it.
 */
export function codeLineCounts(source: string): Int32Array {
  const counts = [0];
  let total = 0;
  let first = -1; // first character of the line that is not white space
  let second = -1;
  const end = (): void => {
    const code =
      first !== -1 &&
      first !== 0x23 && // #
      first !== 0x2a && // *
      !(first === 0x2f && (second === 0x2f || second === 0x2a)); // // or /*
    if (code) total++;
    counts.push(total);
    first = -1;
    second = -1;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) end();
    else if (first === -1) {
      if (!isSpace(c)) first = c;
    } else if (second === -1) second = c;
  }
  end();
  return Int32Array.from(counts);
}

/** The white space String.prototype.trim removes (other than the line feed). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Readability limits for each PHP function, method and closure in a file. */
export function phpReadability(
  path: string,
  source: string,
  program: PhpNode,
  limits: ReadabilityLimits,
): Finding[] {
  const functions = measurePhpFunctions(program);
  if (!functions.length) return [];
  // Counting code lines reads the whole text; it is needed only when a function spans more
  // lines than the limit, blank and comment lines included.
  let lines: Int32Array | undefined;
  const out: Finding[] = [];
  for (const m of functions) {
    const node = m.node;
    const line = node.loc?.start.line;
    const add = (rule: string, message: string) =>
      out.push({ rule, severity: 'error', message, path, ...(line ? { line } : {}) });
    const name =
      functionName(node) ??
      (node.kind === 'arrowfunc' || node.kind === 'closure' ? 'closure' : 'function');
    const label = `${name}()`;
    if (m.cyclomatic > limits.complexity)
      add(
        'php/complexity',
        `${label} has a cyclomatic complexity of ${m.cyclomatic}; the limit is ${limits.complexity}`,
      );
    if (m.cognitive > limits.cognitive)
      add(
        'php/cognitive-complexity',
        `${label} has a cognitive complexity of ${m.cognitive}; the limit is ${limits.cognitive}`,
      );
    if (m.depth > limits.maxDepth)
      add(
        'php/max-depth',
        `${label} nests blocks ${m.depth} deep; the limit is ${limits.maxDepth}`,
      );
    const start = node.loc?.start.line ?? 1;
    const end = node.loc?.end.line ?? start;
    if (end - start + 1 > limits.maxLinesPerFunction) {
      lines ??= codeLineCounts(source);
      const last = lines.length - 1;
      const length = lines[Math.min(end, last)]! - lines[Math.min(start, last + 1) - 1]!;
      if (length > limits.maxLinesPerFunction)
        add(
          'php/max-lines-per-function',
          `${label} is ${length} lines long; the limit is ${limits.maxLinesPerFunction}`,
        );
    }
    const params = (node.arguments as unknown[] | undefined)?.length ?? 0;
    if (params > limits.maxParams)
      add(
        'php/max-params',
        `${label} takes ${params} parameters; the limit is ${limits.maxParams}`,
      );
    if (m.callbacks > limits.maxNestedCallbacks)
      add(
        'php/max-nested-callbacks',
        `closures nested ${m.callbacks} deep; the limit is ${limits.maxNestedCallbacks}`,
      );
  }
  return out;
}
