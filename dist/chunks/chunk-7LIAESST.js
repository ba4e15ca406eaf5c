import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-OWSLLXUM.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/output.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// node_modules/yocto-spinner/index.js
import process2 from "node:process";
import { stripVTControlCharacters } from "node:util";

// node_modules/yoctocolors/base.js
var base_exports = {};
__export(base_exports, {
  bgBlack: () => bgBlack,
  bgBlue: () => bgBlue,
  bgBlueBright: () => bgBlueBright,
  bgCyan: () => bgCyan,
  bgCyanBright: () => bgCyanBright,
  bgGray: () => bgGray,
  bgGreen: () => bgGreen,
  bgGreenBright: () => bgGreenBright,
  bgMagenta: () => bgMagenta,
  bgMagentaBright: () => bgMagentaBright,
  bgRed: () => bgRed,
  bgRedBright: () => bgRedBright,
  bgWhite: () => bgWhite,
  bgWhiteBright: () => bgWhiteBright,
  bgYellow: () => bgYellow,
  bgYellowBright: () => bgYellowBright,
  black: () => black,
  blue: () => blue,
  blueBright: () => blueBright,
  bold: () => bold,
  cyan: () => cyan,
  cyanBright: () => cyanBright,
  dim: () => dim,
  gray: () => gray,
  green: () => green,
  greenBright: () => greenBright,
  hidden: () => hidden,
  inverse: () => inverse,
  italic: () => italic,
  magenta: () => magenta,
  magentaBright: () => magentaBright,
  overline: () => overline,
  red: () => red,
  redBright: () => redBright,
  reset: () => reset,
  strikethrough: () => strikethrough,
  underline: () => underline,
  underlineBlack: () => underlineBlack,
  underlineBlue: () => underlineBlue,
  underlineBlueBright: () => underlineBlueBright,
  underlineCurly: () => underlineCurly,
  underlineCyan: () => underlineCyan,
  underlineCyanBright: () => underlineCyanBright,
  underlineDashed: () => underlineDashed,
  underlineDotted: () => underlineDotted,
  underlineDouble: () => underlineDouble,
  underlineGray: () => underlineGray,
  underlineGreen: () => underlineGreen,
  underlineGreenBright: () => underlineGreenBright,
  underlineMagenta: () => underlineMagenta,
  underlineMagentaBright: () => underlineMagentaBright,
  underlineRed: () => underlineRed,
  underlineRedBright: () => underlineRedBright,
  underlineWhite: () => underlineWhite,
  underlineWhiteBright: () => underlineWhiteBright,
  underlineYellow: () => underlineYellow,
  underlineYellowBright: () => underlineYellowBright,
  white: () => white,
  whiteBright: () => whiteBright,
  yellow: () => yellow,
  yellowBright: () => yellowBright
});
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/yocto-spinner/index.js
var isUnicodeSupported = process2.platform !== "win32" || Boolean(process2.env.WT_SESSION) || process2.env.TERM_PROGRAM === "vscode";
var isInteractive = (stream) => Boolean(
  stream.isTTY && process2.env.TERM !== "dumb" && !("CI" in process2.env)
);
var infoSymbol = base_exports.blue(isUnicodeSupported ? "\u2139" : "i");
var successSymbol = base_exports.green(isUnicodeSupported ? "\u2714" : "\u221A");
var warningSymbol = base_exports.yellow(isUnicodeSupported ? "\u26A0" : "\u203C");
var errorSymbol = base_exports.red(isUnicodeSupported ? "\u2716" : "\xD7");
var defaultSpinner = {
  frames: isUnicodeSupported ? [
    "\u280B",
    "\u2819",
    "\u2839",
    "\u2838",
    "\u283C",
    "\u2834",
    "\u2826",
    "\u2827",
    "\u2807",
    "\u280F"
  ] : [
    "-",
    "\\",
    "|",
    "/"
  ],
  interval: 80
};
var SYNCHRONIZED_OUTPUT_ENABLE = "\x1B[?2026h";
var SYNCHRONIZED_OUTPUT_DISABLE = "\x1B[?2026l";
var oscSequenceRegex = /][\s\S]*?(?:|\\)/g;
var activeHooksPerStream = /* @__PURE__ */ new Set();
var YoctoSpinner = class {
  #frames;
  #interval;
  #currentFrame = -1;
  #timer;
  #handleSignals;
  #text;
  #stream;
  #color;
  #lines = 0;
  #exitHandlerBound;
  #isInteractive;
  #lastSpinnerFrameTime = 0;
  #isSpinning = false;
  #hookedStreams = /* @__PURE__ */ new Map();
  #isInternalWrite = false;
  #isDeferringRender = false;
  constructor(options = {}) {
    const spinner = options.spinner ?? defaultSpinner;
    if (!Array.isArray(spinner.frames) || spinner.frames.length === 0 || spinner.frames.some((frame) => typeof frame !== "string")) {
      throw new Error("The `spinner.frames` option must be a non-empty array of strings");
    }
    if (spinner.interval !== void 0 && !(Number.isInteger(spinner.interval) && spinner.interval > 0)) {
      throw new Error("The `spinner.interval` option must be a positive integer");
    }
    this.#frames = spinner.frames;
    this.#interval = spinner.interval ?? defaultSpinner.interval;
    this.#handleSignals = options.handleSignals ?? true;
    this.#text = options.text ?? "";
    this.#stream = options.stream ?? process2.stderr;
    this.#color = options.color ?? "cyan";
    this.#isInteractive = isInteractive(this.#stream);
    this.#exitHandlerBound = this.#exitHandler.bind(this);
  }
  #internalWrite(action) {
    this.#isInternalWrite = true;
    try {
      return action();
    } finally {
      this.#isInternalWrite = false;
    }
  }
  #stringifyChunk(chunk, encoding) {
    if (chunk === void 0 || chunk === null) {
      return "";
    }
    if (typeof chunk === "string") {
      return chunk;
    }
    if (Buffer.isBuffer(chunk) || ArrayBuffer.isView(chunk)) {
      const normalizedEncoding = typeof encoding === "string" && encoding !== "" && encoding !== "buffer" ? encoding : "utf8";
      return Buffer.from(chunk).toString(normalizedEncoding);
    }
    return String(chunk);
  }
  #withSynchronizedOutput(action) {
    if (!this.#isInteractive) {
      return action();
    }
    try {
      this.#write(SYNCHRONIZED_OUTPUT_ENABLE);
      return action();
    } finally {
      this.#write(SYNCHRONIZED_OUTPUT_DISABLE);
    }
  }
  #hookStream(stream) {
    if (!stream || this.#hookedStreams.has(stream) || typeof stream.write !== "function") {
      return;
    }
    if (activeHooksPerStream.has(stream)) {
      return;
    }
    const originalWrite = stream.write;
    const hookedWrite = (...writeArguments) => this.#hookedWrite(stream, originalWrite, writeArguments);
    this.#hookedStreams.set(stream, { originalWrite, hookedWrite });
    activeHooksPerStream.add(stream);
    stream.write = hookedWrite;
  }
  #installHook() {
    if (!this.#isInteractive || this.#hookedStreams.size > 0) {
      return;
    }
    const streamsToHook = /* @__PURE__ */ new Set([this.#stream]);
    if (this.#stream === process2.stdout || this.#stream === process2.stderr) {
      if (isInteractive(process2.stdout)) {
        streamsToHook.add(process2.stdout);
      }
      if (isInteractive(process2.stderr)) {
        streamsToHook.add(process2.stderr);
      }
    }
    for (const stream of streamsToHook) {
      this.#hookStream(stream);
    }
  }
  #uninstallHook() {
    for (const [stream, hookInfo] of this.#hookedStreams) {
      if (stream.write === hookInfo.hookedWrite) {
        stream.write = hookInfo.originalWrite;
      }
      activeHooksPerStream.delete(stream);
    }
    this.#hookedStreams.clear();
  }
  #hookedWrite(stream, originalWrite, writeArguments) {
    const [chunk, encoding, callback] = writeArguments;
    let resolvedEncoding = encoding;
    let resolvedCallback = callback;
    if (typeof resolvedEncoding === "function") {
      resolvedCallback = resolvedEncoding;
      resolvedEncoding = void 0;
    }
    if (this.#isInternalWrite || !this.isSpinning) {
      return originalWrite.call(stream, chunk, resolvedEncoding, resolvedCallback);
    }
    if (this.#lines > 0) {
      this.clear();
    }
    const chunkString = this.#stringifyChunk(chunk, resolvedEncoding);
    const chunkTerminatesLine = chunkString.at(-1) === "\n";
    const writeResult = originalWrite.call(stream, chunk, resolvedEncoding, resolvedCallback);
    if (chunkTerminatesLine) {
      this.#isDeferringRender = false;
    } else if (chunkString !== "") {
      this.#isDeferringRender = true;
    }
    if (this.isSpinning && !this.#isDeferringRender) {
      this.#render();
    }
    return writeResult;
  }
  start(text) {
    if (text) {
      this.#text = text;
    }
    if (this.isSpinning) {
      return this;
    }
    this.#isSpinning = true;
    this.#hideCursor();
    this.#installHook();
    this.#render();
    this.#subscribeToProcessEvents();
    if (this.#isInteractive) {
      this.#timer = setInterval(() => {
        this.#render();
      }, this.#interval);
    }
    return this;
  }
  stop(finalText) {
    if (!this.isSpinning) {
      return this;
    }
    const shouldWriteNewline = this.#isDeferringRender;
    this.#isSpinning = false;
    if (this.#timer) {
      clearInterval(this.#timer);
      this.#timer = void 0;
    }
    this.#isDeferringRender = false;
    this.#uninstallHook();
    this.#showCursor();
    this.clear();
    this.#unsubscribeFromProcessEvents();
    if (finalText) {
      const prefix = shouldWriteNewline ? "\n" : "";
      this.#stream.write(`${prefix}${finalText}
`);
    }
    return this;
  }
  #symbolStop(symbol, text) {
    return this.stop(`${symbol} ${text ?? this.#text}`);
  }
  success(text) {
    return this.#symbolStop(successSymbol, text);
  }
  error(text) {
    return this.#symbolStop(errorSymbol, text);
  }
  warning(text) {
    return this.#symbolStop(warningSymbol, text);
  }
  info(text) {
    return this.#symbolStop(infoSymbol, text);
  }
  get isSpinning() {
    return this.#isSpinning;
  }
  get text() {
    return this.#text;
  }
  set text(value) {
    this.#text = value ?? "";
    this.#render();
  }
  get color() {
    return this.#color;
  }
  set color(value) {
    this.#color = value;
    this.#render();
  }
  clear() {
    if (!this.#isInteractive) {
      return this;
    }
    if (this.#lines === 0) {
      return this;
    }
    this.#internalWrite(() => {
      this.#stream.cursorTo(0);
      for (let index = 0; index < this.#lines; index++) {
        if (index > 0) {
          this.#stream.moveCursor(0, -1);
        }
        this.#stream.clearLine(1);
      }
    });
    this.#lines = 0;
    return this;
  }
  #render() {
    if (this.#isDeferringRender) {
      return;
    }
    const useSynchronizedOutput = this.#isInteractive;
    const now = Date.now();
    if (this.#currentFrame === -1 || now - this.#lastSpinnerFrameTime >= this.#interval) {
      this.#currentFrame = ++this.#currentFrame % this.#frames.length;
      this.#lastSpinnerFrameTime = now;
    }
    const applyColor = base_exports[this.#color] ?? base_exports.cyan;
    const frame = this.#frames[this.#currentFrame];
    let string = `${applyColor(frame)} ${this.#text}`;
    if (!this.#isInteractive) {
      string += "\n";
    }
    if (useSynchronizedOutput) {
      this.#withSynchronizedOutput(() => {
        this.clear();
        this.#write(string);
      });
    } else {
      this.#write(string);
    }
    if (this.#isInteractive) {
      this.#lines = this.#lineCount(string);
    }
  }
  #write(text) {
    this.#internalWrite(() => {
      this.#stream.write(text);
    });
  }
  #lineCount(text) {
    const width = this.#stream.columns || 80;
    const lines = stripVTControlCharacters(text.replaceAll(oscSequenceRegex, "")).split("\n");
    let lineCount = 0;
    for (const line2 of lines) {
      lineCount += Math.max(1, Math.ceil(line2.length / width));
    }
    return lineCount;
  }
  #hideCursor() {
    if (this.#isInteractive) {
      this.#write("\x1B[?25l");
    }
  }
  #showCursor() {
    if (this.#isInteractive) {
      this.#write("\x1B[?25h");
    }
  }
  #subscribeToProcessEvents() {
    if (!this.#handleSignals) {
      return;
    }
    process2.once("SIGINT", this.#exitHandlerBound);
    process2.once("SIGTERM", this.#exitHandlerBound);
  }
  #unsubscribeFromProcessEvents() {
    if (!this.#handleSignals) {
      return;
    }
    process2.off("SIGINT", this.#exitHandlerBound);
    process2.off("SIGTERM", this.#exitHandlerBound);
  }
  #exitHandler(signal) {
    if (this.isSpinning) {
      this.stop();
    }
    const exitCode = signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1;
    process2.exit(exitCode);
  }
};
function yoctoSpinner(options) {
  return new YoctoSpinner(options);
}

// src/core/terminal-text.ts
var ACTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function printable(text) {
  return text.replace(ACTING, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/cli/output.ts
var color = import_picocolors.default;
function printJson(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}
`);
}
function line(text = "") {
  process.stdout.write(`${text}
`);
}
function formatVerdict(v, attempt) {
  const head = v.pass ? color.green(`\u2714 ${v.gate} passed`) : color.red(`\u2718 ${v.gate} sent the work back`);
  const findings = v.findings.slice(0, 6).map(
    (f) => `      ${color.dim(`${printable(f.path ?? "")}${f.line ? `:${f.line}` : ""}`)} ${printable(f.rule)}: ${printable(f.message)}`
  );
  const more = v.findings.length > 6 ? [`      \u2026 ${v.findings.length - 6} more`] : [];
  if (v.notChecked?.length)
    more.push(
      color.yellow(
        `      not checked: ${v.notChecked.map((n) => n.rule).join(", ")} (${v.notChecked[0]?.reason ?? ""})`
      )
    );
  return [
    `    attempt ${attempt}: ${head}${v.findings.length ? ` (${v.findings.length} finding(s))` : ""}`,
    ...findings,
    ...more
  ].join("\n");
}
function formatDecision(d) {
  if (d.type === "ask") return `  ${color.yellow("? routing asks a human")}: ${d.reason}`;
  const p = d.plan;
  const lines = [
    `  ${color.bold("route")} rule ${color.cyan(p.rule.id)}: ${p.rule.reason}`,
    `        persona ${color.cyan(p.persona)} \xB7 tier ${color.cyan(p.tier)} (${p.models.join(" \u2192 ")}) \xB7 gates ${p.gates.join(", ") || "none"} \xB7 risk ${p.risk}`
  ];
  for (const t of p.trace.filter((x) => !x.matched && !x.why.startsWith("not reached")))
    lines.push(color.dim(`        not ${t.rule}: ${t.why}`));
  return lines.join("\n");
}
function cliProgress(options) {
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  let spinner;
  const say = (text) => {
    if (!options.quiet) process.stderr.write(`${text}
`);
  };
  return {
    routed: (d) => say(formatDecision(d)),
    modelStart: ({ modelId, persona, attempt }) => {
      const text = `  ${persona} working on ${modelId} (attempt ${attempt})`;
      if (interactive && !options.quiet)
        spinner = yoctoSpinner({ text, stream: process.stderr }).start();
      else say(`${text} \u2026`);
    },
    modelProgress: ({ modelId, chars }) => {
      if (spinner) spinner.text = `  ${modelId}: ${chars} characters received`;
    },
    modelEnd: ({ modelId, ok }) => {
      if (spinner) {
        if (ok) spinner.success(`  ${modelId} answered`);
        else spinner.error(`  ${modelId} call failed`);
        spinner = void 0;
      }
    },
    gate: (v, attempt) => say(formatVerdict(v, attempt)),
    note: (m) => say(`  ${m}`)
  };
}

export {
  printable,
  color,
  printJson,
  line,
  formatVerdict,
  formatDecision,
  cliProgress
};
