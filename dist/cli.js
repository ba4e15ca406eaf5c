import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  flushNotes
} from "./chunks/chunk-O3Z3LRCO.js";
import {
  cliProgress,
  color,
  formatDecision,
  formatVerdict,
  line,
  printJson,
  printable
} from "./chunks/chunk-7LIAESST.js";
import {
  GROUP_COLUMNS,
  headlineFigures,
  scopeLine,
  scriptedNote
} from "./chunks/chunk-7AYHYD5B.js";
import {
  percent
} from "./chunks/chunk-N3V6VUJM.js";
import {
  signoffWords,
  signsOff
} from "./chunks/chunk-LGNR2EHT.js";
import {
  cleanUpNow
} from "./chunks/chunk-AF7KBKLQ.js";
import {
  formatMicros
} from "./chunks/chunk-C56QB4EX.js";
import {
  InputError,
  describeError,
  exitCodeOf
} from "./chunks/chunk-BXJ33WYV.js";
import {
  packageVersion
} from "./chunks/chunk-7Q3FN5UG.js";
import "./chunks/chunk-IQ3FLNVD.js";
import "./chunks/chunk-OWSLLXUM.js";

// node_modules/commander/lib/error.js
var CommanderError = class extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = void 0;
  }
};
var InvalidArgumentError = class extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, "commander.invalidArgument", message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
};

// node_modules/commander/lib/argument.js
var Argument = class {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */
  constructor(name, description) {
    this.description = description || "";
    this.variadic = false;
    this.parseArg = void 0;
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.argChoices = void 0;
    switch (name[0]) {
      case "<":
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case "[":
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }
    if (this._name.endsWith("...")) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }
  /**
   * Return argument name.
   *
   * @return {string}
   */
  name() {
    return this._name;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */
  argParser(fn) {
    this.parseArg = fn;
    return this;
  }
  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(", ")}.`
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }
  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
};
function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
  return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
}

// node_modules/commander/lib/command.js
import { EventEmitter } from "node:events";
import childProcess from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import process2 from "node:process";
import { stripVTControlCharacters as stripVTControlCharacters2 } from "node:util";

// node_modules/commander/lib/help.js
import { stripVTControlCharacters } from "node:util";
var Help = class {
  constructor() {
    this.helpWidth = void 0;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }
  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }
  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */
  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }
  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }
  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption);
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description).helpGroup(helpOption.helpGroupHeading)
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description).helpGroup(helpOption.helpGroupHeading)
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }
  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];
    const globalOptions = [];
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }
  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */
  visibleArguments(cmd) {
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
      });
    }
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }
  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandTerm(cmd) {
    const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
    return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
    (args ? " " + args : "");
  }
  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */
  optionTerm(option) {
    return option.flags;
  }
  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */
  argumentTerm(argument) {
    return argument.name();
  }
  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command))
        )
      );
    }, 0);
  }
  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
      );
    }, 0);
  }
  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
      );
    }, 0);
  }
  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument))
        )
      );
    }, 0);
  }
  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandUsage(cmd) {
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + "|" + cmd._aliases[0];
    }
    let ancestorCmdNames = "";
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + " " + cmd.usage();
  }
  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandDescription(cmd) {
    return cmd.description();
  }
  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandDescription(cmd) {
    return cmd.summary() || cmd.description();
  }
  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */
  optionDescription(option) {
    const extraInfo = [];
    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
      );
    }
    if (option.defaultValue !== void 0) {
      const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
        );
      }
    }
    if (option.presetArg !== void 0 && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== void 0) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(", ")})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return option.description;
  }
  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */
  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
      );
    }
    if (argument.defaultValue !== void 0) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(", ")})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }
  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];
    return [helper.styleTitle(heading), ...items, ""];
  }
  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = /* @__PURE__ */ new Map();
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }
  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */
  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80;
    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }
    let output = [
      `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      ""
    ];
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth
        ),
        ""
      ]);
    }
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument))
      );
    });
    output = output.concat(
      this.formatItemList("Arguments:", argumentList, helper)
    );
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? "Options:"
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option))
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });
    if (helper.showGlobalOptions) {
      const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option))
        );
      });
      output = output.concat(
        this.formatItemList("Global Options:", globalOptionList, helper)
      );
    }
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || "Commands:"
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub))
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });
    return output.join("\n");
  }
  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripVTControlCharacters(str).length;
  }
  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }
  styleUsage(str) {
    return str.split(" ").map((word) => {
      if (word === "[options]") return this.styleOptionText(word);
      if (word === "[command]") return this.styleSubcommandText(word);
      if (word[0] === "[" || word[0] === "<")
        return this.styleArgumentText(word);
      return this.styleCommandText(word);
    }).join(" ");
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    return str.split(" ").map((word) => {
      if (word === "[options]") return this.styleOptionText(word);
      if (word[0] === "[" || word[0] === "<")
        return this.styleArgumentText(word);
      return this.styleSubcommandText(word);
    }).join(" ");
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }
  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper)
    );
  }
  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }
  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = " ".repeat(itemIndent);
    if (!description) return itemIndentStr + term;
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term)
    );
    const spacerWidth = 2;
    const helpWidth = this.helpWidth ?? 80;
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        "\n" + " ".repeat(termWidth + spacerWidth)
      );
    }
    return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
  }
  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;
    const rawLines = str.split(/\r\n|\n/);
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line2) => {
      const chunks = line2.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push("");
        return;
      }
      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(""));
        const nextChunk = chunk.trimStart();
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(""));
    });
    return wrappedLines.join("\n");
  }
};

// node_modules/commander/lib/option.js
var Option = class {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */
  constructor(flags, description) {
    this.flags = flags;
    this.description = description || "";
    this.required = flags.includes("<");
    this.optional = flags.includes("[");
    this.variadic = new RegExp("\\p{ID_Continue}\\.\\.\\.[>\\]]$", "u").test(flags);
    this.mandatory = false;
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag;
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith("--no-");
    }
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.presetArg = void 0;
    this.envVar = void 0;
    this.parseArg = void 0;
    this.hidden = false;
    this.argChoices = void 0;
    this.conflictsWith = [];
    this.implied = void 0;
    this.helpGroupHeading = void 0;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */
  preset(arg) {
    this.presetArg = arg;
    return this;
  }
  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */
  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }
  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === "string") {
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }
  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */
  env(name) {
    this.envVar = name;
    return this;
  }
  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */
  argParser(fn) {
    this.parseArg = fn;
    return this;
  }
  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */
  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }
  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */
  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(", ")}.`
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Return option name.
   *
   * @return {string}
   */
  name() {
    if (this.long) {
      return this.long.replace(/^--/, "");
    }
    return this.short.replace(/^-/, "");
  }
  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */
  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ""));
    }
    return camelcase(this.name());
  }
  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }
  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */
  is(arg) {
    return this.short === arg || this.long === arg;
  }
  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */
  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
};
var DualOptions = class {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = /* @__PURE__ */ new Map();
    this.negativeOptions = /* @__PURE__ */ new Map();
    this.dualOptions = /* @__PURE__ */ new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }
  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== void 0 ? preset : false;
    return option.negate === (negativeValue === value);
  }
};
function camelcase(str) {
  return str.split("-").reduce((str2, word) => {
    return str2 + word[0].toUpperCase() + word.slice(1);
  });
}
function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  const shortFlagExp = /^-[^-]$/;
  const longFlagExp = /^--[^-]/;
  const flagParts = flags.split(/[ |,]+/).concat("guard");
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }
  if (flagParts[0].startsWith("-")) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);
    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === void 0 && longFlag === void 0)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`
    );
  return { shortFlag, longFlag };
}

// node_modules/commander/lib/suggestSimilar.js
var maxDistance = 3;
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);
  const d = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        // deletion
        d[i][j - 1] + 1,
        // insertion
        d[i - 1][j - 1] + cost
        // substitution
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return "";
  candidates = Array.from(new Set(candidates));
  const searchingOptions = word.startsWith("--");
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }
  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return;
    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });
  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }
  if (similar.length > 1) {
    return `
(Did you mean one of ${similar.join(", ")}?)`;
  }
  if (similar.length === 1) {
    return `
(Did you mean ${similar[0]}?)`;
  }
  return "";
}

// node_modules/commander/lib/command.js
var Command = class _Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */
  constructor(name) {
    super();
    this.commands = [];
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    this.registeredArguments = [];
    this._args = this.registeredArguments;
    this.args = [];
    this.rawArgs = [];
    this.processedArgs = [];
    this._scriptPath = null;
    this._name = name || "";
    this._optionValues = {};
    this._optionValueSources = {};
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null;
    this._executableDir = null;
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = "";
    this._summary = "";
    this._argsDescription = void 0;
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {};
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null;
    this._outputConfiguration = {
      writeOut: (str) => process2.stdout.write(str),
      writeErr: (str) => process2.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
      getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
      getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
      getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
      stripColor: (str) => stripVTControlCharacters2(str)
    };
    this._hidden = false;
    this._helpOption = void 0;
    this._addImplicitHelpCommand = void 0;
    this._helpCommand = void 0;
    this._helpConfiguration = {};
    this._helpGroupHeading = void 0;
    this._defaultCommandGroup = void 0;
    this._defaultOptionGroup = void 0;
  }
  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
    return this;
  }
  /**
   * @returns {Command[]}
   * @private
   */
  _getCommandAndAncestors() {
    const result = [];
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }
  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */
  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === "object" && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden);
    cmd._executableFile = opts.executableFile || null;
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);
    if (desc) return this;
    return cmd;
  }
  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */
  createCommand(name) {
    return new _Command(name);
  }
  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */
  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }
  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureHelp(configuration) {
    if (configuration === void 0) return this._helpConfiguration;
    this._helpConfiguration = configuration;
    return this;
  }
  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureOutput(configuration) {
    if (configuration === void 0) return this._outputConfiguration;
    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration
    };
    return this;
  }
  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }
  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }
  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */
  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }
    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true;
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();
    return this;
  }
  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */
  createArgument(name, description) {
    return new Argument(name, description);
  }
  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === "function") {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }
  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */
  arguments(names) {
    names.trim().split(/ +/).forEach((detail) => {
      this.argument(detail);
    });
    return this;
  }
  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`
      );
    }
    if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }
  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */
  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === "boolean") {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }
    const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? "display help for command";
    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    if (typeof helpCommand !== "object") {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
    if (hasImplicitHelpCommand) {
      if (this._helpCommand === void 0) {
        this.helpCommand(void 0, void 0);
      }
      return this._helpCommand;
    }
    return null;
  }
  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */
  hook(event, listener) {
    const allowedValues = ["preSubcommand", "preAction", "postAction"];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }
  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */
  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== "commander.executeSubCommandAsync") {
          throw err;
        } else {
        }
      };
    }
    return this;
  }
  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */
  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
    }
    process2.exit(exitCode);
  }
  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */
  action(fn) {
    const listener = (args) => {
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this;
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);
      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }
  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */
  createOption(flags, description) {
    return new Option(flags, description);
  }
  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */
  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === "commander.invalidArgument") {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }
  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */
  _registerOption(option) {
    const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
    if (matchingOption) {
      const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }
    this._initOptionGroup(option);
    this.options.push(option);
  }
  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */
  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };
    const alreadyUsed = knownBy(command).find(
      (name) => this._findCommand(name)
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
      const newCmd = knownBy(command).join("|");
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`
      );
    }
    this._initCommandGroup(command);
    this.commands.push(command);
  }
  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);
    const oname = option.name();
    const name = option.attributeName();
    if (option.defaultValue !== void 0) {
      this.setOptionValueWithSource(name, option.defaultValue, "default");
    }
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      if (val == null && option.presetArg !== void 0) {
        val = option.presetArg;
      }
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = "";
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };
    this.on("option:" + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, "cli");
    });
    if (option.envVar) {
      this.on("optionEnv:" + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, "env");
      });
    }
    return this;
  }
  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === "object" && flags instanceof Option) {
      throw new Error(
        "To add an Option object use addOption() instead of option() or requiredOption()"
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === "function") {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }
    return this.addOption(option);
  }
  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }
  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue
    );
  }
  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }
  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }
  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }
  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }
  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }
  /**
   * @private
   */
  _checkForBrokenPassThrough() {
    if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
      );
    }
  }
  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */
  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error("call .storeOptionsAsProperties() before adding options");
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        "call .storeOptionsAsProperties() before setting option values"
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }
  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */
  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }
  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */
  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, void 0);
  }
  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */
  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }
  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }
  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSourceWithGlobals(key) {
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }
  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */
  _prepareUserArgs(argv, parseOptions) {
    if (argv !== void 0 && !Array.isArray(argv)) {
      throw new Error("first parameter to parse must be array or undefined");
    }
    parseOptions = parseOptions || {};
    if (argv === void 0 && parseOptions.from === void 0) {
      if (process2.versions?.electron) {
        parseOptions.from = "electron";
      }
      const execArgv = process2.execArgv ?? [];
      if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
        parseOptions.from = "eval";
      }
    }
    if (argv === void 0) {
      argv = process2.argv;
    }
    this.rawArgs = argv.slice();
    let userArgs;
    switch (parseOptions.from) {
      case void 0:
      case "node":
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case "electron":
        if (process2.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case "user":
        userArgs = argv.slice(0);
        break;
      case "eval":
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`
        );
    }
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || "program";
    return userArgs;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */
  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);
    return this;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */
  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);
    return this;
  }
  _prepareForParse() {
    if (this._savedState === null) {
      this.options.filter(
        (option) => option.negate && option.defaultValue === void 0 && this.getOptionValue(option.attributeName()) === void 0
      ).forEach((option) => {
        const positiveLongFlag = option.long.replace(/^--no-/, "--");
        if (!this._findOption(positiveLongFlag)) {
          this.setOptionValueWithSource(
            option.attributeName(),
            true,
            "default"
          );
        }
      });
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }
  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources }
    };
  }
  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    this.args = [];
    this.processedArgs = [];
  }
  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;
    const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }
  /**
   * Execute a sub-command executable.
   *
   * @private
   */
  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
    function findFile(baseDir, baseName) {
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;
      if (sourceExt.includes(path.extname(baseName))) return void 0;
      const foundExt = sourceExt.find(
        (ext) => fs.existsSync(`${localBin}${ext}`)
      );
      if (foundExt) return `${localBin}${foundExt}`;
      return void 0;
    }
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || "";
    if (this._scriptPath) {
      let resolvedScriptPath;
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir
      );
    }
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath)
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`
          );
        }
      }
      executableFile = localFile || executableFile;
    }
    const launchWithNode = sourceExt.includes(path.extname(executableFile));
    let proc;
    if (process2.platform !== "win32") {
      if (launchWithNode) {
        args.unshift(executableFile);
        args = incrementNodeInspectorPort(process2.execArgv).concat(args);
        proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name
      );
      args.unshift(executableFile);
      args = incrementNodeInspectorPort(process2.execArgv).concat(args);
      proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
    }
    if (!proc.killed) {
      const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
      signals.forEach((signal) => {
        process2.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            proc.kill(signal);
          }
        });
      });
    }
    const exitCallback = this._exitCallback;
    proc.on("close", (code) => {
      code = code ?? 1;
      if (!exitCallback) {
        process2.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            "commander.executeSubCommandAsync",
            "(close)"
          )
        );
      }
    });
    proc.on("error", (err) => {
      if (err.code === "ENOENT") {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name
        );
      } else if (err.code === "EACCES") {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process2.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          "commander.executeSubCommandAsync",
          "(error)"
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });
    this.runningCommand = proc;
  }
  /**
   * @private
   */
  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });
    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      "preSubcommand"
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }
  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */
  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
    );
  }
  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */
  _checkNumberOfArguments() {
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }
  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */
  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage
        );
      }
      return parsedValue;
    };
    this._checkNumberOfArguments();
    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === void 0) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }
  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCall(promise, fn) {
    if (promise?.then && typeof promise.then === "function") {
      return promise.then(() => fn());
    }
    return fn();
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
      hookedCommand._lifeCycleHooks[event].forEach((callback) => {
        hooks.push({ hookedCommand, callback });
      });
    });
    if (event === "postAction") {
      hooks.reverse();
    }
    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== void 0) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }
  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */
  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv();
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);
    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown);
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown
      );
    }
    if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
      this.help({ error: true });
    }
    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };
    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();
      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
      promiseChain = this._chainOrCall(
        promiseChain,
        () => this._actionHandler(this.processedArgs)
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown);
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown);
    } else if (operands.length) {
      if (this._findCommand("*")) {
        return this._dispatchSubcommand("*", operands, unknown);
      }
      if (this.listenerCount("command:*")) {
        this.emit("command:*", operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
    }
  }
  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return void 0;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name)
    );
  }
  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */
  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }
  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForMissingMandatoryOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }
  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === void 0) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== "default";
    });
    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0
    );
    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find(
        (defined) => option.conflictsWith.includes(defined.attributeName())
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }
  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }
  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */
  parseOptions(args) {
    const operands = [];
    const unknown = [];
    let dest = operands;
    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === "-";
    }
    const negativeNumberArg = (arg) => {
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      return !this._getCommandAndAncestors().some(
        (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
      );
    };
    let activeVariadicOption = null;
    let activeGroup = null;
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;
      if (arg === "--") {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }
      if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;
      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === void 0) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }
      if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (option.required || option.optional && this._combineFlagAndOptionalValue) {
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            this.emit(`option:${option.name()}`);
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf("=");
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }
      if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
        dest = unknown;
      }
      if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }
      dest.push(arg);
    }
    return { operands, unknown };
  }
  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      const result = {};
      const len = this.options.length;
      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] = key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }
    return this._optionValues;
  }
  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {}
    );
  }
  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    this._outputConfiguration.outputError(
      `${message}
`,
      this._outputConfiguration.writeErr
    );
    if (typeof this._showHelpAfterError === "string") {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr("\n");
      this.outputHelp({ error: true });
    }
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || "commander.error";
    this._exit(exitCode, code, message);
  }
  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process2.env) {
        const optionKey = option.attributeName();
        if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
          this.getOptionValueSource(optionKey)
        )) {
          if (option.required || option.optional) {
            this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
          } else {
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }
  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
    };
    this.options.filter(
      (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
        this.getOptionValue(option.attributeName()),
        option
      )
    ).forEach((option) => {
      Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
        this.setOptionValueWithSource(
          impliedKey,
          option.implied[impliedKey],
          "implied"
        );
      });
    });
  }
  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */
  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: "commander.missingArgument" });
  }
  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */
  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: "commander.optionMissingArgument" });
  }
  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */
  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: "commander.missingMandatoryOptionValue" });
  }
  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    const findBestOptionFromValue = (option2) => {
      const optionKey = option2.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName()
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName()
      );
      if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
        return negativeOption;
      }
      return positiveOption || option2;
    };
    const getErrorMessage = (option2) => {
      const bestOption = findBestOptionFromValue(option2);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === "env") {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };
    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: "commander.conflictingOption" });
  }
  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */
  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = "";
    if (flag.startsWith("--") && this._showSuggestionAfterError) {
      let candidateFlags = [];
      let command = this;
      do {
        const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }
    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: "commander.unknownOption" });
  }
  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */
  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    const s = expected === 1 ? "" : "s";
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
    const details = receivedArgs.join(", ");
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: "commander.excessArguments" });
  }
  /**
   * Unknown command.
   *
   * @private
   */
  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = "";
    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp().visibleCommands(this).forEach((command) => {
        candidateNames.push(command.name());
        if (command.alias()) candidateNames.push(command.alias());
      });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }
    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: "commander.unknownCommand" });
  }
  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */
  version(str, flags, description) {
    if (str === void 0) return this._version;
    this._version = str;
    flags = flags || "-V, --version";
    description = description || "output the version number";
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);
    this.on("option:" + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}
`);
      this._exit(0, "commander.version", str);
    });
    return this;
  }
  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === void 0 && argsDescription === void 0)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }
  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === void 0) return this._summary;
    this._summary = str;
    return this;
  }
  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */
  alias(alias) {
    if (alias === void 0) return this._aliases[0];
    let command = this;
    if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
      command = this.commands[this.commands.length - 1];
    }
    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
      );
    }
    command._aliases.push(alias);
    return this;
  }
  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */
  aliases(aliases) {
    if (aliases === void 0) return this._aliases;
    aliases.forEach((alias) => this.alias(alias));
    return this;
  }
  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  usage(str) {
    if (str === void 0) {
      if (this._usage) return this._usage;
      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return [].concat(
        this.options.length || this._helpOption !== null ? "[options]" : [],
        this.commands.length ? "[command]" : [],
        this.registeredArguments.length ? args : []
      ).join(" ");
    }
    this._usage = str;
    return this;
  }
  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  name(str) {
    if (str === void 0) return this._name;
    this._name = str;
    return this;
  }
  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */
  helpGroup(heading) {
    if (heading === void 0) return this._helpGroupHeading ?? "";
    this._helpGroupHeading = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === void 0) return this._defaultCommandGroup ?? "";
    this._defaultCommandGroup = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === void 0) return this._defaultOptionGroup ?? "";
    this._defaultOptionGroup = heading;
    return this;
  }
  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }
  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }
  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */
  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));
    return this;
  }
  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */
  executableDir(path2) {
    if (path2 === void 0) return this._executableDir;
    this._executableDir = path2;
    return this;
  }
  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */
  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }
  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */
  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }
  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === "function") {
      deprecatedCallback = contextOptions;
      contextOptions = void 0;
    }
    const outputContext = this._getOutputContext(contextOptions);
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this
    };
    this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
    this.emit("beforeHelp", eventContext);
    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
        throw new Error("outputHelp callback must return a string or a Buffer");
      }
    }
    outputContext.write(helpInformation);
    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long);
    }
    this.emit("afterHelp", eventContext);
    this._getCommandAndAncestors().forEach(
      (command) => command.emit("afterAllHelp", eventContext)
    );
  }
  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */
  helpOption(flags, description) {
    if (typeof flags === "boolean") {
      if (flags) {
        if (this._helpOption === null) this._helpOption = void 0;
        if (this._defaultOptionGroup) {
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null;
      }
      return this;
    }
    this._helpOption = this.createOption(
      flags ?? "-h, --help",
      description ?? "display help for command"
    );
    if (flags || description) this._initOptionGroup(this._helpOption);
    return this;
  }
  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    if (this._helpOption === void 0) {
      this.helpOption(void 0, void 0);
    }
    return this._helpOption;
  }
  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }
  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process2.exitCode ?? 0);
    if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
      exitCode = 1;
    }
    this._exit(exitCode, "commander.help", "(outputHelp)");
  }
  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */
  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */
  addHelpText(position, text) {
    const allowedValues = ["beforeAll", "before", "after", "afterAll"];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    const helpEvent = `${position}Help`;
    this.on(helpEvent, (context) => {
      let helpStr;
      if (typeof text === "function") {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      if (helpStr) {
        context.write(`${helpStr}
`);
      }
    });
    return this;
  }
  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */
  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      this._exit(0, "commander.helpDisplayed", "(outputHelp)");
    }
  }
};
function incrementNodeInspectorPort(args) {
  return args.map((arg) => {
    if (!arg.startsWith("--inspect")) {
      return arg;
    }
    let debugOption;
    let debugHost = "127.0.0.1";
    let debugPort = "9229";
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      debugOption = match[1];
    } else if ((match = arg.match(
      /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/
    )) !== null) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        debugPort = match[3];
      } else {
        debugHost = match[3];
      }
    } else if ((match = arg.match(
      /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/
    )) !== null) {
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }
    if (debugOption && debugPort !== "0") {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}
function useColor() {
  if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
    return false;
  if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
    return true;
  return void 0;
}

// node_modules/commander/index.js
var program = new Command();

// src/cli/commands/context.ts
function registerContext(program2) {
  program2.command("context").description(
    "Show what a task would send to its persona and why: each file or excerpt taken (named, changed, lane, retrieved), what was left out, the budget and how tokens were counted."
  ).argument("<task>", "task file").option("--repo <dir>", "repository to read (and index)", ".").option("--config <file>", "config file").option("--tier <name>", "use this tier's budget and models instead of the plan's").option("--json", "print the context record as JSON").action(
    async (taskFile, opts) => {
      const { previewContext } = await import("./chunks/preview-context-EG2Q2E3X.js");
      const tty = Boolean(process.stderr.isTTY) && !opts.json;
      const preview = await previewContext({
        taskFile,
        repoDir: opts.repo,
        configFile: opts.config,
        tier: opts.tier,
        onIndexProgress: tty ? (done, total) => process.stderr.write(`\rindexing ${done}/${total} files`) : void 0
      });
      if (tty) process.stderr.write("\r\x1B[K");
      const { context, index } = preview;
      if (opts.json)
        return printJson({
          persona: preview.persona,
          tier: preview.tier,
          index,
          context: context.record
        });
      const r = context.record;
      if (index)
        line(
          `index: ${index.files} files (${index.added} added, ${index.changed} changed, ${index.removed} removed, ${index.chunks} chunks written) in ${index.ms} ms`
        );
      line(
        `${preview.persona} on ${preview.tier}: ${r.tokens} of ${r.budget} tokens (${r.tokenizer}); retrieval: ${r.retrieval === "none" ? "none (no index)" : r.retrieval === "lexical" ? "lexical (no Ollama embeddings configured)" : r.retrieval}`
      );
      if (r.taskBodyCutAt !== void 0)
        line(`task body cut at ${r.taskBodyCutAt} characters to fit`);
      line("taken:");
      for (const s of r.shown) {
        const ranges = s.ranges ? ` lines ${s.ranges.map(([a, b]) => `${a}-${b}`).join(",")}` : "";
        line(
          `  ${color.green("\u2714")} ${s.path}${ranges}  ${s.why}, ${s.tokens} tokens, score ${s.score}`
        );
      }
      if (r.omittedCount) {
        line(`left out (${r.omittedCount}):`);
        for (const o of r.omitted) line(`  \xB7 ${o.path}: ${o.why}`);
        if (r.omittedCount > r.omitted.length)
          line(`  \u2026 and ${r.omittedCount - r.omitted.length} more`);
      }
      for (const n of r.notes) line(`note: ${n}`);
    }
  );
}

// src/cli/commands/demo.ts
import { resolve as resolve3 } from "node:path";

// src/cli/commands/ledger.ts
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { once } from "node:events";
import { resolve } from "node:path";

// src/reports/report-table.ts
function columns(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (cells) => cells.map((c, i) => i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)).join("  ").trimEnd();
  return [fmt(header), ...rows.map(fmt)];
}
function renderReportTable(report, style = {
  bold: (s) => s,
  warn: (s) => s
}) {
  const out = [scopeLine(report), ""];
  for (const f of headlineFigures(report))
    out.push(`${style.bold(f.label)}: ${f.value}  (${f.detail})`);
  out.push("");
  const rows = [...report.rows, report.total].map((r) => [
    printable(r.key),
    ...GROUP_COLUMNS.map((c) => c.cell(r, report.total))
  ]);
  const [head, ...body] = columns([report.by ?? "", ...GROUP_COLUMNS.map((c) => c.title)], rows);
  out.push(style.bold(head ?? ""), ...body);
  if (report.drift.length > 1) {
    out.push("", style.bold("Rates by month (drift)"));
    out.push(
      ...columns(
        ["month", "accepted", "sent back", "asked"],
        report.drift.map((d) => [
          d.month,
          `${percent(d.acceptanceRate)} of ${d.decided}`,
          `${percent(d.sendBackRate)} of ${d.gatedAttempts}`,
          `${percent(d.askRate)} of ${d.tasks}`
        ])
      )
    );
  }
  const note = scriptedNote(report);
  if (note) out.push("", style.warn(note));
  return `${out.join("\n")}
`;
}

// src/cli/commands/ledger.ts
var DIMENSIONS = [
  "persona",
  "model",
  "tier",
  "kind",
  "client",
  "month",
  "rule"
];
var REPORT_FORMATS = ["table", "md", "json", "csv", "html"];
var EXPORT_FORMATS = ["jsonl", "csv", "otel"];
function parseDate(value, flag) {
  if (!value) return void 0;
  const d = /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? /* @__PURE__ */ new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new InputError(`${flag} "${value}" is not a date.`, [], {
      hint: "Use YYYY-MM-DD (UTC), YYYY-MM, or an ISO time."
    });
  return d;
}
function oneOf(value, allowed, flag) {
  if (!allowed.includes(value))
    throw new InputError(`${flag} ${value} is not one of the choices.`, [], {
      hint: `Use one of: ${allowed.join(", ")}.`
    });
  return value;
}
function printReportTable(report) {
  process.stdout.write(renderReportTable(report, { bold: color.bold, warn: color.yellow }));
}
async function open(opts) {
  const filter = {
    since: parseDate(opts.since, "--since"),
    until: parseDate(opts.until, "--until"),
    client: opts.client
  };
  const [{ loadConfig }, { resolveLedgerTip }] = await Promise.all([
    import("./chunks/config-file-TZMMYMSD.js"),
    import("./chunks/ledger-ref-D3VNABAR.js")
  ]);
  const repoDir = resolve(opts.repo);
  const { config } = await loadConfig({ file: opts.config, repoDir });
  const { ref, commit } = await resolveLedgerTip(repoDir, config.ledger, opts.ref);
  return { repoDir, ref, commit, config, filter };
}
async function emit(text, output) {
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
}
function withCommon(cmd, filters = true) {
  cmd.option("--repo <dir>", "repository holding the ledger branch", ".").option(
    "--ref <ref>",
    "ledger ref (default: the config ledger branch, or its remote-tracking ref)"
  ).option(
    "--config <file>",
    "config file (default: <repo>/.github/aios.yml, else the shipped defaults)"
  );
  if (filters)
    cmd.option("--since <date>", "entries at or after this date (UTC)").option("--until <date>", "entries before this date (UTC)").option("--client <client>", "one client only");
  return cmd;
}
async function cellReport(opts) {
  const format = opts.json ? "json" : oneOf(opts.format, REPORT_FORMATS, "--format");
  const { repoDir, ref, config, filter } = await open(opts);
  if (filter.since || filter.until || filter.client)
    throw new InputError(
      "--by cell reads the whole ledger; --since, --until and --client do not apply.",
      [],
      {
        hint: "Drop the filter, or use --by rule|persona|model for a filtered report."
      }
    );
  const [{ cellsFromGit }, render] = await Promise.all([
    import("./chunks/cells-from-git-6Q6PAFRZ.js"),
    import("./chunks/cells-render-XC3ATKKB.js")
  ]);
  const { cellOptionsFromConfig } = await import("./chunks/cells-6RUR62ER.js");
  const table = await cellsFromGit(repoDir, ref, cellOptionsFromConfig(config));
  if (format === "json" && !opts.output) return printJson(table);
  const text = format === "json" ? `${JSON.stringify(table, null, 2)}
` : format === "md" ? render.renderCellsMarkdown(table) : format === "csv" ? render.renderCellsCsv(table) : format === "html" ? render.renderCellsHtml(table) : render.renderCellsTable(table);
  await emit(text, opts.output);
}
function registerLedger(program2) {
  const ledger = program2.command("ledger").description("Read the ledger: reports, verification and exports.");
  withCommon(
    ledger.command("report").description(
      "Cost per useful outcome, spend and share by group, savings against the premium model, by-hand time and drift."
    )
  ).option(
    "--by <dimension>",
    `group by: ${DIMENSIONS.join(", ")}, or cell (outcome cells per rule, persona, model, kind and size)`
  ).option("--format <format>", `output: ${REPORT_FORMATS.join(", ")}`, "table").option(
    "--premium <model-id>",
    "price the counterfactual at this model (default: the API-billed model with the highest output price)"
  ).option("--output <file>", "write to a file instead of stdout").option("--json", "same as --format json").action(
    async (opts) => {
      if (opts.by === "cell") return cellReport(opts);
      const by = opts.by === void 0 ? void 0 : oneOf(opts.by, [...DIMENSIONS, "cell"], "--by");
      const format = opts.json ? "json" : oneOf(opts.format, REPORT_FORMATS, "--format");
      const { repoDir, ref, commit, config, filter } = await open(opts);
      const [{ reportFromGit }, { pricingFromConfig }] = await Promise.all([
        import("./chunks/report-from-git-IUBH6WMR.js"),
        import("./chunks/report-pricing-G6A5GMK3.js")
      ]);
      const report = await reportFromGit(
        repoDir,
        ref,
        { by, filter, pricing: pricingFromConfig(config, opts.premium) },
        commit
      );
      switch (format) {
        case "json":
          if (opts.output) await emit(`${JSON.stringify(report, null, 2)}
`, opts.output);
          else printJson(report);
          break;
        case "md":
          await emit(
            (await import("./chunks/report-markdown-2HAJXLA5.js")).renderReportMarkdown(report),
            opts.output
          );
          break;
        case "csv":
          await emit(
            (await import("./chunks/report-csv-KMPQHAZE.js")).renderReportCsv(report),
            opts.output
          );
          break;
        case "html":
          await emit(
            (await import("./chunks/report-html-NY6N3FT3.js")).renderReportHtml(report),
            opts.output
          );
          break;
        default:
          if (opts.output) await emit(renderReportTable(report), opts.output);
          else printReportTable(report);
      }
    }
  );
  withCommon(
    ledger.command("verify").description(
      "Prove the ledger is whole: schemas, written-once history, unbroken task chains, delivered tasks planned and attempted, costs = usage \xD7 stored prices. Exits 1 on any violation."
    ),
    false
  ).option("--json", "print the result as JSON").option(
    "--anchor-file <file>",
    "also keep the last verified tip in this JSON file (CI keeps it as an artifact); the ledger must descend from it"
  ).option(
    "--branches",
    "cross-check delivered entries against the task branches (aios/*) of this repository: each names a commit with its AIOS-Task trailer, and each task commit has its entry"
  ).option(
    "--signed [allowed-signers]",
    "require every ledger commit signed by a key of this allowed-signers file (default: ledger.allowedSigners, else git config gpg.ssh.allowedSignersFile); on too with ledger.signed: true"
  ).option(
    "--forge [owner/repo]",
    "cross-check sign-offs, outcomes and delivered commits against the GitHub PRs and reviews (GITHUB_TOKEN; the repository defaults to GITHUB_REPOSITORY)"
  ).action(
    async (opts) => {
      const { repoDir, ref, commit, config } = await open(opts);
      const { verifyLedger } = await import("./chunks/verify-ledger-SENZ34AS.js");
      const signers = typeof opts.signed === "string" ? opts.signed : config.ledger.allowedSigners;
      const signed = opts.signed || config.ledger.signed ? { allowedSigners: signers ? resolve(repoDir, signers) : void 0 } : void 0;
      const forge = opts.forge ? (await import("./chunks/forge-check-35ID3X75.js")).openForgeCheck(opts.forge, process.env) : void 0;
      const result = await verifyLedger(repoDir, ref, {
        tip: commit,
        anchor: { file: opts.anchorFile ? resolve(opts.anchorFile) : void 0 },
        branches: opts.branches === true,
        forge,
        signed
      });
      const bad = result.violations.length + result.omitted;
      process.exitCode = bad > 0 ? 1 : 0;
      if (opts.json) {
        printJson(result);
        return;
      }
      for (const v of result.violations)
        line(
          `${color.red("\u2718")} ${v.kind.padEnd(7)} ${v.commit ? v.commit.slice(0, 12) : "(no commit)".padEnd(12)} ${printable(v.path ?? "")}: ${printable(v.message)}`
        );
      if (result.omitted) line(`\u2026 and ${result.omitted} more`);
      const what = `${ref} at ${result.tip?.slice(0, 12)}: ${result.entries} entries, ${result.tasks} tasks, ${result.commits} commits`;
      line(
        bad ? color.red(`${bad} violation(s) in ${what}`) : color.green(`\u2714 the ledger is whole: ${what}`)
      );
    }
  );
  withCommon(
    ledger.command("export").description(
      "Export every entry: JSON Lines, CSV, or OpenTelemetry traces (OTLP/JSON, gen_ai.* attributes)."
    )
  ).requiredOption("--format <format>", `output: ${EXPORT_FORMATS.join(", ")}`).option("--output <file>", "write to a file instead of stdout").action(async (opts) => {
    const format = oneOf(opts.format, EXPORT_FORMATS, "--format");
    const { repoDir, ref, commit, filter } = await open(opts);
    const [readers, exporters] = await Promise.all([
      import("./chunks/read-ledger-PPCNRFYW.js"),
      import("./chunks/export-ledger-W6GG2H7P.js")
    ]);
    const stream = opts.output ? createWriteStream(opts.output) : process.stdout;
    const pending = [];
    let size = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const text = pending.join("");
      pending.length = 0;
      size = 0;
      if (!stream.write(text)) await once(stream, "drain");
    };
    const sink = async (chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65536) await flush();
    };
    const batches = () => readers.readLedgerArchivedBatches(repoDir, ref, commit);
    const entries = () => readers.readLedgerArchived(repoDir, ref, commit);
    if (format === "jsonl") await exporters.exportJsonl(batches(), sink, filter);
    else if (format === "csv") await exporters.exportCsv(batches(), sink, filter);
    else {
      const { exportOtel } = await import("./chunks/export-otel-NQWPRSAP.js");
      const { packageVersion: packageVersion2 } = await import("./chunks/package-version-DTKTGQ3U.js");
      await exportOtel(entries(), sink, {
        filter,
        serviceVersion: packageVersion2(),
        ledgerRef: ref
      });
    }
    await flush();
    if (opts.output) {
      stream.end();
      await once(stream, "finish");
    }
  });
}

// src/cli/commands/ledger-waiting.ts
var LEDGER_WAITING_EXIT = 3;
function reportFlush(flush, stream = line) {
  for (const n of flushNotes(flush))
    stream(
      n.level === "error" ? color.red(n.text) : n.level === "warning" ? color.yellow(n.text) : n.text
    );
  return flush && flush.pending > 0 ? LEDGER_WAITING_EXIT : void 0;
}

// src/cli/commands/outcome.ts
function outcomeExitCode(outcome) {
  return outcome.status === "delivered" ? 0 : 1;
}
function reportRun(result, lastFlush, json) {
  const { task, outcome } = result;
  if (json) printJson({ task: { id: task.id, title: task.title }, ...outcome });
  else printOutcome(task, outcome);
  process.exitCode = outcomeExitCode(outcome);
  const waiting = reportFlush(lastFlush, (t) => process.stderr.write(`${t}
`));
  if (waiting && process.exitCode === 0) process.exitCode = waiting;
}
function printOutcome(task, outcome) {
  const cost = `${outcome.cost.calls} call(s), ${formatMicros(outcome.cost.actualMicros)} actual, ${formatMicros(outcome.cost.shadowMicros)} shadow`;
  switch (outcome.status) {
    case "delivered":
      line(
        `${color.green("delivered")} ${task.id} \u2192 branch ${color.cyan(outcome.delivery.branch)} (${outcome.delivery.commit.slice(0, 10)})`
      );
      line(`  draft PR: ${outcome.delivery.pr.url}`);
      if (outcome.by.scripted)
        line(color.yellow("  scripted answers: this is a demonstration, not AI work"));
      line(
        `  ${outcome.attempts.length} attempt(s); ${cost}; by hand \u2248 ${outcome.plan.byHand.minutes} min`
      );
      break;
    case "asked":
      line(`${color.yellow("asked a human")} ${task.id} at ${outcome.stage}: ${outcome.reason}`);
      for (const q of outcome.questions) line(`  - ${q}`);
      line(`  written to ${outcome.url}; ${cost}`);
      break;
    case "declined":
      line(`${color.yellow("declined")} ${task.id}: ${outcome.reason}; ${cost}`);
      break;
    case "failed":
      line(`${color.red("failed")} ${task.id} at ${outcome.stage}: ${outcome.reason}; ${cost}`);
      break;
  }
}

// src/cli/commands/run.ts
import { resolve as resolve2 } from "node:path";
function modelMode(opts) {
  if (opts.scripted) return { type: "scripted", scriptFile: resolve2(opts.scripted) };
  if (opts.ollama)
    return {
      type: "ollama",
      model: typeof opts.ollama === "string" ? opts.ollama : "llama3.1:8b",
      host: opts.ollamaHost
    };
  return { type: "config" };
}
function registerRun(program2) {
  program2.command("run").description(
    "Run one task file through plan, work, gates and delivery, recording every step in the ledger."
  ).argument(
    "<task>",
    "task file: markdown with YAML front matter (title, labels, client, estimate)"
  ).option("--repo <dir>", "the git repository to work in", ".").option(
    "--config <file>",
    "config file (default: <repo>/.github/aios.yml, else the shipped defaults)"
  ).option(
    "--scripted <file>",
    "answer from a script file instead of models (labelled scripted everywhere)"
  ).option("--ollama [model]", "send every tier to this Ollama model (default llama3.1:8b)").option(
    "--ollama-host <url>",
    "Ollama base URL (default: OLLAMA_HOST or http://127.0.0.1:11434)"
  ).option("--json", "print the outcome as JSON").action(
    async (taskFile, opts) => {
      const [{ createLocalRunner }, { stopOnSignals }] = await Promise.all([
        import("./chunks/local-runner-4O64XCND.js"),
        import("./chunks/stop-signals-UUXUNADL.js")
      ]);
      const stop = stopOnSignals();
      let result;
      let runner;
      try {
        runner = await createLocalRunner({
          repoDir: resolve2(opts.repo),
          configFile: opts.config,
          models: modelMode(opts),
          progress: cliProgress({ quiet: Boolean(opts.json) }),
          signal: stop.signal
        });
        result = await runner.runFile(resolve2(taskFile));
      } finally {
        stop.dispose();
        if (!result && runner)
          reportFlush(runner.ledger.lastFlush, (t) => process.stderr.write(`${t}
`));
      }
      reportRun(result, runner.ledger.lastFlush, Boolean(opts.json));
    }
  );
}

// src/cli/commands/demo.ts
function registerDemo(program2) {
  program2.command("demo").description(
    "A consultant's day end to end: content audit, plugin hardening, blog post; routing, gates, draft PRs, ledger."
  ).option(
    "--dir <dir>",
    "build the demo repository here and keep it (default: a temporary folder)"
  ).option("--ollama [model]", "use a reachable Ollama instead of scripted answers").option("--ollama-host <url>", "Ollama base URL").option("--json", "print the results as JSON").action(
    async (opts) => {
      const models = opts.ollama ? modelMode(opts) : void 0;
      const quiet = Boolean(opts.json);
      if (!quiet) {
        line(color.bold("AIOS demo: a consultant's normal day"));
        line(
          models ? `Models: Ollama (${models.type === "ollama" ? models.model : ""}).` : color.yellow(
            "Answers are SCRIPTED: hand-written, not produced by any AI model. Every ledger entry and PR says so."
          )
        );
      }
      const { runDemo } = await import("./chunks/demo-6YCWJW52.js");
      const result = await runDemo({
        dir: opts.dir ? resolve3(opts.dir) : void 0,
        models,
        progress: cliProgress({ quiet }),
        onTaskStart: (file) => {
          if (!quiet) process.stderr.write(`
${color.bold(`\u25B6 ${file}`)}
`);
        },
        onTaskEnd: (run) => {
          if (quiet) return;
          printOutcome(run.task, run.outcome);
        }
      });
      if (opts.json) {
        printJson({
          dir: result.dir,
          scripted: result.scripted,
          runs: result.runs.map(({ prBody: _p, ...r }) => r),
          report: result.report
        });
      } else {
        line();
        line(color.bold("Draft PRs"));
        for (const r of result.runs) {
          if (r.outcome.status === "delivered")
            line(`  ${r.outcome.delivery.pr.url}  (branch ${r.outcome.delivery.branch})`);
        }
        line();
        line(color.bold("Ledger report (by persona)"));
        printReportTable(result.report);
        line();
        line(`Repository: ${result.dir}`);
        line(`  task branches: git -C ${result.dir} branch --list 'aios/*'`);
        line(`  ledger:        git -C ${result.dir} log --stat aios-ledger`);
      }
      process.exitCode = result.runs.every((r) => r.outcome.status === "delivered") ? 0 : 1;
    }
  );
}

// src/cli/commands/doctor.ts
import { resolve as resolve4 } from "node:path";
function registerDoctor(program2) {
  program2.command("doctor").description(
    "Check every configured model: key present, endpoint answers, Ollama model pulled (digest), window and output cap, and a one-token structured call."
  ).option("--repo <dir>", "repository whose .github/aios.yml to use", ".").option("--config <file>", "config file").option("--model <id...>", "only these model ids").option("--no-call", "skip the one-token structured call").option("--json", "print the reports as JSON").action(
    async (opts) => {
      const [{ loadConfig }, { runDoctor, formatReport }] = await Promise.all([
        import("./chunks/config-file-TZMMYMSD.js"),
        import("./chunks/doctor-5BMUF4OJ.js")
      ]);
      const loaded = await loadConfig({ file: opts.config, repoDir: resolve4(opts.repo) });
      const reports = await runDoctor({
        config: loaded.config,
        env: process.env,
        models: opts.model,
        call: opts.call
      });
      if (opts.json) printJson(reports);
      else for (const r of reports) for (const text of formatReport(r)) line(text);
      if (reports.some((r) => !r.ok)) process.exitCode = 1;
    }
  );
}

// src/cli/commands/eval.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join, resolve as resolve5 } from "node:path";
async function prepare(opts) {
  const { prepareEvals } = await import("./chunks/prepare-evals-335NLJAO.js");
  const { defaultPersonaDir } = await import("./chunks/load-personas-A4KI3PCJ.js");
  return prepareEvals({
    personaDir: opts.dir ? resolve5(opts.dir) : defaultPersonaDir(),
    configFile: opts.config,
    repoDir: resolve5(opts.repo),
    persona: opts.persona
  });
}
var pct = (n) => n === null ? "  n/a" : `${(n * 100).toFixed(1)}%`;
function collect(value, previous = []) {
  return [...previous, value];
}
function registerEval(program2) {
  const evalCmd = program2.command("eval").description(
    "Run the personas' evals (in-lane, near-miss and the cross-persona matrix) and hold them to the bars; exits 1 below a bar."
  ).option("--persona <id>", "only this persona").option(
    "--model <name>",
    "config model id to run on (repeatable; default: the persona tier\u2019s first model)",
    collect
  ).option("--grader <name>", "config model id that grades llm-rubric assertions").option("--script <file>", "scripted answers and grades per row (no model; labelled scripted)").option("--screen-only", "measure the router and the lane screen alone, with no model at all").option("--dir <dir>", "persona folder (default: the shipped personas)").option("--config <file>", "config file").option("--repo <dir>", "repository whose .github/aios.yml to use", ".").option("--json", "print the report as JSON").action(
    async (opts) => {
      const prepared = await prepare(opts);
      const { config } = prepared.config;
      if (opts.screenOnly) {
        const { screenEval } = await import("./chunks/screen-eval-7WF5ILXN.js");
        const report2 = screenEval(prepared.personas, prepared.matrix, config);
        const shown = {
          ...report2,
          personas: report2.personas.filter(
            (r) => prepared.selected.some((p) => p.name === r.persona)
          )
        };
        if (opts.json) printJson(shown);
        else {
          for (const r of shown.personas)
            line(
              `${color.cyan(r.persona.padEnd(26))} out-of-lane stopped ${r.stopped}/${r.outOfLane} (by kind ${r.stoppedByKind}, by screen ${r.stoppedByScreen}) \xB7 in-lane wrongly stopped ${r.wronglyStopped}/${r.inLane}`
            );
          const t = report2.total;
          line(
            `total: out-of-lane stopped before any call ${pct(t.stoppedShare)} (bar \u2265 80%; screen alone ${pct(t.stoppedByScreenShare)}) \xB7 in-lane wrongly stopped ${pct(t.wronglyStoppedShare)} (bar \u2264 2%)`
          );
          for (const f of report2.failures) line(color.red(`below the bar: ${f}`));
        }
        if (!report2.pass) process.exitCode = 1;
        return;
      }
      const { runEvals } = await import("./chunks/run-evals-QSYX5S6H.js");
      let providerFor;
      let graderFor;
      let models;
      if (opts.script) {
        const { loadEvalScript, scriptedGraderFor, scriptedProviderFor } = await import("./chunks/eval-script-4B2C6PXR.js");
        const script = await loadEvalScript(resolve5(opts.script));
        models = ["scripted"];
        providerFor = async (_m, row) => scriptedProviderFor(script, row);
        graderFor = async (row) => scriptedGraderFor(script, row);
      } else {
        const { createProvider } = await import("./chunks/create-provider-DFYUY62U.js");
        const modelConfig = (id) => {
          const m = config.models[id];
          if (!m)
            throw new InputError(`No model named "${id}" in the config.`, [], {
              hint: `Known models: ${Object.keys(config.models).join(", ")}.`
            });
          return m;
        };
        const tierModel = (tier) => config.tiers[tier ?? ""]?.models[0];
        models = opts.model?.length ? opts.model : [
          ...new Set(
            prepared.selected.map(
              (p) => tierModel(p.tier) ?? Object.keys(config.models)[0] ?? ""
            )
          )
        ];
        const cache = /* @__PURE__ */ new Map();
        const provider = (id) => {
          let p = cache.get(id);
          if (!p) {
            p = createProvider(id, modelConfig(id), { env: process.env });
            cache.set(id, p);
          }
          return p;
        };
        for (const m of models) modelConfig(m);
        providerFor = (m) => provider(m);
        if (opts.grader) {
          const grader = opts.grader;
          modelConfig(grader);
          graderFor = () => provider(grader);
        }
      }
      const report = await runEvals({
        personas: prepared.selected,
        matrix: prepared.matrix,
        models,
        providerFor,
        graderFor,
        config
      });
      if (opts.json) printJson({ ...report, scripted: Boolean(opts.script) });
      else {
        if (opts.script)
          line(color.yellow("scripted answers: these figures test the machinery, not a model"));
        for (const r of report.reports) {
          const status = r.failures.length ? color.red("\u2718") : color.green("\u2714");
          line(
            `${status} ${color.cyan(r.persona.padEnd(24))} ${r.model.padEnd(14)} cases ${String(r.cases).padStart(3)} \xB7 decline recall ${pct(r.declineRecall)} \xB7 false declines ${pct(r.falseDeclines)} \xB7 partial ${pct(r.partialCompliance)} \xB7 handoff ${pct(r.handoffAccuracy)} \xB7 ask rate ${pct(r.askRate)} \xB7 assertions ${r.assertions.passed}/${r.assertions.total}`
          );
          for (const f of r.failures) line(color.red(`    below the bar: ${f}`));
        }
      }
      if (!report.pass) process.exitCode = 1;
    }
  );
  evalCmd.command("export").description("Write the eval matrix as promptfoo configs or OpenAI Evals samples.").requiredOption("--format <format>", "promptfoo or openai-evals").option("--out <dir>", "folder to write into", "eval-export").option("--persona <id>", "only this persona").option("--dir <dir>", "persona folder (default: the shipped personas)").option("--config <file>", "config file").option("--repo <dir>", "repository whose .github/aios.yml to use", ".").action(async (own, cmd) => {
    const opts = cmd.optsWithGlobals();
    void own;
    if (opts.format !== "promptfoo" && opts.format !== "openai-evals")
      throw new InputError(`Cannot export evals as "${opts.format}".`, [], {
        hint: "Choose promptfoo or openai-evals."
      });
    const prepared = await prepare(opts);
    const { exportEvals } = await import("./chunks/export-evals-KHCNN3ZL.js");
    const files = exportEvals(
      prepared.selected,
      prepared.matrix,
      prepared.config.config,
      opts.format
    );
    for (const f of files) {
      const target = join(resolve5(opts.out), f.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile2(target, f.content);
      line(`${color.green("wrote")} ${join(opts.out, f.path)}`);
    }
  });
}

// src/cli/commands/gate.ts
import { readFile } from "node:fs/promises";
function registerGate(program2) {
  const gate = program2.command("gate").description("Run the quality gates by hand.");
  gate.command("run").description(
    "Run one gate over files with its settings from the config; exits 0 on pass, 1 when it would send the work back, 2 on bad input."
  ).argument("<gate>", "gate id (see `aios gate list`)").argument("<files...>", "files to check").option("--kind <kind>", "kind of work", "manual").option("--risk <risk>", "task risk: low, medium or high (thresholds depend on it)", "medium").option("--config <file>", "config file (default: .github/aios.yml, else the shipped defaults)").option("--root <dir>", "the checkout, for the repository's check command and style files", ".").option("--json", "print the verdict as JSON").action(async (id, files, opts) => {
    const [{ loadConfig }, { Risk }, { defaultGates }] = await Promise.all([
      import("./chunks/config-file-TZMMYMSD.js"),
      import("./chunks/work-UBUENMQ2.js"),
      import("./chunks/default-gates-3WMADSEJ.js")
    ]);
    const registry = defaultGates();
    const g = registry.get(id);
    if (!g)
      throw new InputError(`No gate named "${id}".`, [], {
        hint: `Gates: ${registry.ids().join(", ")}.`
      });
    const risk = Risk.safeParse(opts.risk);
    if (!risk.success)
      throw new InputError(`--risk must be low, medium or high, not "${opts.risk}".`);
    const { config } = await loadConfig({ file: opts.config, repoDir: opts.root });
    const work = await Promise.all(
      files.map(async (path2) => {
        try {
          return { path: path2, content: await readFile(path2, "utf8") };
        } catch (cause) {
          throw new InputError(`Cannot read ${path2}.`, [], { cause });
        }
      })
    );
    const settings = config.gates[g.id] ?? config.gates[id];
    const verdict = await g.run({
      files: work,
      kind: opts.kind,
      taskId: "manual",
      risk: risk.data,
      settings,
      root: opts.root
    });
    if (opts.json) printJson(verdict);
    else line(formatVerdict(verdict, 1));
    process.exitCode = verdict.pass ? 0 : 1;
  });
  gate.command("list").description("The gates, cheap to dear, with their checkers and installed versions.").option("--json", "print as JSON").action(async (opts) => {
    const [{ GATE_CATALOG }, { packageVersion: packageVersion2 }] = await Promise.all([
      import("./chunks/gate-catalog-7UB6SIGF.js"),
      import("./chunks/package-version-H64QTKV5.js")
    ]);
    const rows = [...GATE_CATALOG].sort((a, b) => a.cost - b.cost).map((g) => ({
      id: g.id,
      aliases: [...g.aliases],
      description: g.description,
      checkers: g.checkers.map((name) => ({ name, version: packageVersion2(name) }))
    }));
    if (opts.json) return printJson(rows);
    for (const r of rows) {
      line(`${r.id}${r.aliases.length ? ` (also: ${r.aliases.join(", ")})` : ""}`);
      line(`    ${r.description}`);
      line(`    ${r.checkers.map((c) => `${c.name} ${c.version}`).join(" \xB7 ")}`);
    }
  });
}

// src/cli/commands/init.ts
import { resolve as resolve6 } from "node:path";
function registerInit(program2) {
  program2.command("init").description(
    "Set a repository up for AIOS: the workflow (.github/workflows/aios.yml, actions pinned by commit SHA), the config (.github/aios.yml) and a Dependabot entry that keeps the pins current."
  ).option("--repo <dir>", "the repository", ".").option(
    "--action <ref>",
    "how the workflow uses the action (owner/repo@ref)",
    "aios-dev/aios@v0"
  ).option(
    "--work-runner <labels>",
    "JSON list of labels of the self-hosted runner with Ollama",
    '["self-hosted","ollama"]'
  ).option(
    "--allow-tag",
    "use the --action ref as given instead of pinning it to the commit it names now"
  ).option("--force", "overwrite existing files").option(
    "--github <owner/repo>",
    "protect the ledger branch of this GitHub repository with a ruleset (no force-push, no deletion), with GITHUB_TOKEN; defaults to GITHUB_REPOSITORY"
  ).option("--ledger-branch <name>", "the ledger branch to protect", "aios-ledger").option("--json", "print what was written as JSON").action(
    async (opts) => {
      const { initRepo } = await import("./chunks/init-repo-NAQOOH4I.js");
      const result = await initRepo({
        repoDir: resolve6(opts.repo),
        action: opts.action,
        workRunner: opts.workRunner,
        force: opts.force,
        allowTag: opts.allowTag,
        gitBaseUrl: process.env.AIOS_GIT_BASE_URL
      });
      const { protectLedgerFromInit } = await import("./chunks/protect-ledger-PGBGCWMT.js");
      const protection = await protectLedgerFromInit(opts.github, opts.ledgerBranch, process.env);
      if (opts.json) return printJson({ ...result, ledgerProtection: protection });
      for (const f of result.written) line(`wrote ${f}`);
      for (const f of result.kept) line(`kept ${f} (exists; --force to overwrite)`);
      if ("id" in protection)
        line(
          `${protection.status === "created" ? "protected" : "already protected:"} the ledger branch ${opts.ledgerBranch} (ruleset ${protection.id}: no force-push, no deletion)`
        );
      else if (protection.status === "not-allowed")
        line(
          `The token may not manage rulesets (HTTP ${protection.httpStatus ?? "?"}).
${protection.how}`
        );
      else line(`Ledger branch not protected: ${protection.reason}.
${protection.how}`);
    }
  );
}

// src/cli/commands/personas.ts
import { existsSync } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join2, resolve as resolve7 } from "node:path";
async function loadFrom(dir) {
  const { defaultPersonaDir, loadPersonas } = await import("./chunks/load-personas-A4KI3PCJ.js");
  return loadPersonas(dir ? resolve7(dir) : defaultPersonaDir());
}
async function personaDir(dir) {
  const { defaultPersonaDir } = await import("./chunks/load-personas-A4KI3PCJ.js");
  return dir ? resolve7(dir) : defaultPersonaDir();
}
async function writeAll(root, files) {
  for (const f of files) {
    const target = join2(root, f.path);
    await mkdir2(dirname2(target), { recursive: true });
    await writeFile3(target, f.content);
  }
}
function registerPersonas(program2) {
  const personas = program2.command("personas").description("List, show, check, export and import personas.");
  personas.command("list").description("List the personas with their role, kinds and write lane.").option("--dir <dir>", "persona folder (default: the shipped personas)").option("--json", "print as JSON").action(async (opts) => {
    const registry = await loadFrom(opts.dir);
    const list = registry.list().map(({ instructions: _i, file: _f, ...p }) => p);
    if (opts.json) return printJson(list);
    for (const p of list)
      line(
        `${color.cyan(p.name.padEnd(24))} ${p.role} \xB7 kinds ${p.kinds.join(", ")} \xB7 tier ${p.tier ?? "by rule"} \xB7 writes ${p.writes.join(", ") || "nothing"}`
      );
  });
  personas.command("show").description("Show one persona's front matter and instructions.").argument("<id>", "persona id").option("--dir <dir>", "persona folder (default: the shipped personas)").option("--json", "print as JSON").action(async (id, opts) => {
    const persona = (await loadFrom(opts.dir)).require(id);
    if (opts.json) return printJson(persona);
    line(
      `${color.bold(persona.name)}: ${persona.role} (v${persona.version}, owner ${persona.owner})`
    );
    line(persona.description);
    line(
      `kinds: ${persona.kinds.join(", ")} \xB7 tier: ${persona.tier ?? "by rule"} \xB7 gates: ${persona.gates.join(", ") || "none"}`
    );
    line(`writes: ${persona.writes.join(", ") || "nothing"}`);
    line(
      `standards: ${persona.standards.join(", ") || "none"} \xB7 evals: ${persona.evals ?? "none"}`
    );
    line("declines:");
    for (const d of persona.declines)
      line(
        `  - ${d.say}${d.kinds ? ` [${d.kinds.join(", ")}]` : ""}${d.handoff ? ` \u2192 ${d.handoff}` : ""}`
      );
    line();
    line(persona.instructions);
  });
  personas.command("lint").description(
    "Check every persona: schema, duplicates, TODOs, handoffs, writes, standards, tiers, rules; exits 2 on an error."
  ).option("--dir <dir>", "persona folder (default: the shipped personas)").option("--config <file>", "config file (default: .github/aios.yml, else the shipped defaults)").option("--repo <dir>", "repository whose .github/aios.yml to use", ".").option("--json", "print findings as JSON").action(async (opts) => {
    const { loadConfig } = await import("./chunks/config-file-TZMMYMSD.js");
    const { lintPersonas } = await import("./chunks/lint-personas-XGQKXJSA.js");
    const config = await loadConfig({ file: opts.config, repoDir: resolve7(opts.repo) });
    const configText = await readFile2(
      existsSync(config.file) ? config.file : resolve7(config.file),
      "utf8"
    ).catch(async () => {
      const { packageRoot } = await import("./chunks/package-root-YKK26GNA.js");
      return readFile2(join2(packageRoot(), config.file), "utf8").catch(() => void 0);
    });
    const result = await lintPersonas({ dir: await personaDir(opts.dir), config, configText });
    if (opts.json)
      printJson({
        personas: result.personas.length,
        errors: result.errors,
        warnings: result.warnings,
        findings: result.findings
      });
    else {
      for (const f of result.findings) {
        const where = `${f.location?.file ?? ""}${f.location?.line ? `:${f.location.line}` : ""}`;
        const tag = f.severity === "error" ? color.red("error") : color.yellow("warning");
        line(`${tag} ${where}: ${f.field ? `${f.field}: ` : ""}${f.message} (${f.rule})`);
      }
      line(
        `${result.personas.length} persona(s) checked: ${result.errors} error(s), ${result.warnings} warning(s)`
      );
    }
    if (result.errors > 0) process.exitCode = 2;
  });
  personas.command("export").description(
    "Write the personas as Claude Code subagents (.claude/agents/*.md) or Copilot custom agents (.github/agents/*.agent.md)."
  ).requiredOption("--to <target>", "claude or copilot").option("--out <dir>", "repository root to write under", ".").option("--dir <dir>", "persona folder (default: the shipped personas)").option("--json", "print what was written as JSON").action(async (opts) => {
    const { exportPersonas, EXPORT_TARGETS } = await import("./chunks/export-personas-TYN64JUC.js");
    if (!(opts.to in EXPORT_TARGETS))
      throw new InputError(`Cannot export to "${opts.to}".`, [], {
        hint: `Choose one of: ${Object.keys(EXPORT_TARGETS).join(", ")}.`
      });
    const files = exportPersonas(
      (await loadFrom(opts.dir)).list(),
      opts.to
    );
    await writeAll(resolve7(opts.out), files);
    if (opts.json) return printJson(files.map((f) => ({ path: f.path, dropped: f.dropped })));
    for (const f of files)
      line(
        `${color.green("wrote")} ${f.path}${f.dropped.length ? color.dim(` (dropped: ${f.dropped.join(", ")})`) : ""}`
      );
    line(`${files.length} persona(s) exported to ${opts.to}`);
  });
  personas.command("import").description(
    "Convert Claude Code subagents, Copilot custom agents or agency-agents markdown into personas; kinds, writes and declines are left as TODO for lint to refuse until filled."
  ).argument("<dir>", "folder of agent markdown files").option("--out <dir>", "persona folder to write into", "personas").option("--force", "overwrite personas that already exist").option("--json", "print the report as JSON").action(async (dir, opts) => {
    const { importAgents } = await import("./chunks/import-personas-SEOGC3O6.js");
    const { reports, skipped } = await importAgents(resolve7(dir));
    const out = resolve7(opts.out);
    const clash = reports.filter((r) => existsSync(join2(out, r.path)));
    if (clash.length && !opts.force)
      throw new InputError(
        `${clash.length} persona(s) already exist; nothing was written.`,
        clash.map((r) => ({
          location: { file: join2(out, r.path) },
          message: `would be overwritten by ${r.source}`
        })),
        { hint: "Pass --force to overwrite, or --out to write elsewhere." }
      );
    await writeAll(out, reports);
    if (opts.json)
      return printJson({
        imported: reports.map(({ content: _c, ...r }) => r),
        skipped
      });
    for (const r of reports) {
      line(`${color.green("imported")} ${r.source} (${r.format}) \u2192 ${join2(opts.out, r.path)}`);
      line(`  mapped: ${r.mapped.join(", ")}`);
      if (r.dropped.length) line(`  dropped: ${r.dropped.join(", ")}`);
      line(`  TODO before lint passes: ${r.todo.join(", ")}`);
    }
    for (const s of skipped) line(`${color.yellow("skipped")} ${s.file}: ${s.reason}`);
  });
}

// src/cli/commands/receipt.ts
import { resolve as resolve8 } from "node:path";
import { writeFile as writeFile4 } from "node:fs/promises";
function registerReceipt(program2) {
  program2.command("receipt").description(
    "The client-facing account of one task: what was asked, what was done by which persona and model under which rule, what the checks found, what it cost, what it would have taken by hand, who approved it, and the AI-use disclosure."
  ).argument(
    "<task>",
    "task id (acme/site#12, local/<repo>#<file>) or its ledger folder (acme.site.12)"
  ).option("--repo <dir>", "repository holding the ledger branch", ".").option("--ref <ref>", "ledger ref (default: the config ledger branch)").option("--config <file>", "config file (prices for seats and review time)").option("--format <format>", "output: md, html or json", "md").option("--output <file>", "write to a file instead of stdout").option(
    "--internal",
    "include what the client should not normally see: raw model answers, error texts, the rule trace, the config hash, and each call's exact prompt rebuilt from the ledger's git objects"
  ).action(
    async (task, opts) => {
      if (!["md", "html", "json"].includes(opts.format))
        throw new InputError(`--format ${opts.format} is not one of the choices.`, [], {
          hint: "Use md, html or json."
        });
      const [{ loadConfig }, { resolveLedgerRef }, receipts, { pricingFromConfig }] = await Promise.all([
        import("./chunks/config-file-TZMMYMSD.js"),
        import("./chunks/ledger-ref-D3VNABAR.js"),
        import("./chunks/receipt-6DPF6BSW.js"),
        import("./chunks/report-pricing-G6A5GMK3.js")
      ]);
      const repoDir = resolve8(opts.repo);
      const { config } = await loadConfig({ file: opts.config, repoDir });
      const ref = await resolveLedgerRef(repoDir, config.ledger, opts.ref);
      const pricing = pricingFromConfig(config);
      const entries = await receipts.readTaskEntries(repoDir, ref, task);
      const seats = await receipts.seatSharesOf(repoDir, ref, entries, pricing);
      const built = receipts.buildReceipt(entries, {
        pricing,
        seats,
        internal: Boolean(opts.internal)
      });
      const receipt = built.internal ? {
        ...built,
        internal: {
          ...built.internal,
          prompts: await (await import("./chunks/rebuild-prompts-TIBBBKYU.js")).rebuildPromptsIn(repoDir, entries)
        }
      } : built;
      if (opts.format === "json") {
        if (!opts.output) return printJson(receipt);
        return writeFile4(opts.output, `${JSON.stringify(receipt, null, 2)}
`);
      }
      const render = await import("./chunks/receipt-render-SIO4RO5G.js");
      const text = opts.format === "html" ? render.renderReceiptHtml(receipt) : render.renderReceiptMarkdown(receipt);
      if (opts.output) await writeFile4(opts.output, text);
      else process.stdout.write(text);
    }
  );
}

// src/cli/commands/route.ts
function registerRoute(program2) {
  program2.command("route").description("Show where a task would go and which rule decides it, without running it.").argument(
    "<task...>",
    "task file; with --diff: OLD.yml NEW.yml TASKS_DIR; `replay`: the ledger through this config"
  ).option("--repo <dir>", "repository whose .github/aios.yml to use", ".").option("--config <file>", "config file").option("--personas <dir>", "persona folder (default: the shipped personas)").option("--explain", "list every rule and why it did or did not fire").option("--json", "print the decision as JSON").option(
    "--diff",
    "replay a folder of task files through two configs and list every task whose route changed"
  ).option("--summary <file>", "with --diff: also append the diff as markdown to this file").option(
    "--ledger <ref>",
    "with replay: the ledger ref to replay (default: the config ledger branch)"
  ).option(
    "--premium <model-id>",
    "with replay: the premium model (default: the dearest with cells)"
  ).action(
    async (args, opts) => {
      if (opts.diff) return routeDiff(args, opts);
      if (args[0] === "replay")
        return (await import("./chunks/route-replay-ZZU7ZBER.js")).routeReplay(args, opts);
      const [taskFile, ...extra] = args;
      if (!taskFile || extra.length) {
        const { InputError: InputError2 } = await import("./chunks/errors-QQVXHBRM.js");
        throw new InputError2(`aios route takes one task file, not ${args.length}.`, [], {
          hint: "To compare two configs over a folder of tasks: aios route --diff OLD.yml NEW.yml TASKS_DIR."
        });
      }
      const { previewRoute } = await import("./chunks/route-preview-VMHYI45M.js");
      const { preview: decision, cells: cellTable } = await previewRoute({
        taskFile,
        repoDir: opts.repo,
        configFile: opts.config,
        personaDir: opts.personas,
        env: process.env
      });
      if (decision.type === "off") {
        process.exitCode = 1;
        if (opts.json) return printJson(decision);
        return line(`  ${decision.reason}`);
      }
      const { cellsForDecision } = await import("./chunks/route-cells-SAJJ4LGC.js");
      const cells = opts.explain && cellTable ? cellsForDecision(decision, await cellTable()) : void 0;
      if (decision.type === "ask") process.exitCode = 1;
      if (opts.json) return printJson(cells ? { ...decision, cells } : decision);
      line(formatDecision(decision));
      if (decision.type === "ask" && decision.classifier)
        line(`  aios run would first ask the classifier (${decision.classifier}) for the kind`);
      if (decision.type === "route") {
        for (const c of decision.plan.cascade ?? [])
          line(
            `  on a failed deterministic gate: escalate to ${c.tier} (${c.models.join(" \u2192 ")})`
          );
        if (decision.shadow) line(`  shadow run: ${decision.shadow}`);
      }
      if (opts.explain) {
        const trace = decision.type === "route" ? decision.plan.trace : decision.trace;
        line("  rules, in order, then the lane screen:");
        for (const t of trace) line(`    ${t.matched ? "\u2714" : "\xB7"} ${t.rule}: ${t.why}`);
        if (decision.type === "route")
          line(`  by hand: ${decision.plan.byHand.minutes} min (${decision.plan.byHand.source})`);
        if (cells) await (await import("./chunks/route-replay-ZZU7ZBER.js")).printRouteCells(cells);
      }
    }
  );
}
async function routeDiff(args, opts) {
  const { InputError: InputError2 } = await import("./chunks/errors-QQVXHBRM.js");
  const [oldConfig, newConfig, tasksDir, ...extra] = args;
  if (!oldConfig || !newConfig || !tasksDir || extra.length)
    throw new InputError2(`aios route --diff takes three paths, not ${args.length}.`, [], {
      hint: "aios route --diff OLD.yml NEW.yml TASKS_DIR"
    });
  const [{ runRouteDiff }, { routeDiffMarkdown, routeDiffText }] = await Promise.all([
    import("./chunks/route-diff-run-KHGZ6LTG.js"),
    import("./chunks/route-diff-YJKF3L7M.js")
  ]);
  const result = await runRouteDiff({ oldConfig, newConfig, tasksDir, personas: opts.personas });
  if (opts.summary) {
    const { appendFile } = await import("node:fs/promises");
    await appendFile(opts.summary, routeDiffMarkdown(result));
  }
  if (opts.json) return printJson(result);
  line(routeDiffText(result));
}

// src/cli/commands/schema.ts
var SCHEMA_NAMES = [
  "config",
  "persona",
  "answer",
  "ledger",
  "plan",
  "task",
  "task-file",
  "eval",
  "standard"
];
function registerSchema(program2) {
  program2.command("schema").description(`Print a JSON Schema: ${SCHEMA_NAMES.join(", ")}.`).argument("<name>", "which schema").action(async (name) => {
    if (!SCHEMA_NAMES.includes(name)) {
      throw new InputError(`No schema named "${name}".`, [], {
        hint: `Choose one of: ${SCHEMA_NAMES.join(", ")}.`
      });
    }
    const { jsonSchemaFor } = await import("./chunks/published-schemas-7SGVO3VG.js");
    printJson(jsonSchemaFor(name));
  });
}

// src/cli/console-to-stderr.ts
import { Console } from "node:console";
function routeConsoleToStderr() {
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  console.log = toStderr.log.bind(toStderr);
  console.info = toStderr.info.bind(toStderr);
  console.debug = toStderr.debug.bind(toStderr);
  console.dir = toStderr.dir.bind(toStderr);
  console.table = toStderr.table.bind(toStderr);
}

// src/cli/commands/finish.ts
import { resolve as resolve9 } from "node:path";
async function open2(opts) {
  const repoDir = resolve9(opts.repo);
  const [{ loadConfig }, { GitLedgerStore }, { systemClock }, { gitConfigValue }] = await Promise.all([
    import("./chunks/config-file-TZMMYMSD.js"),
    import("./chunks/git-ledger-store-HF4R2WFP.js"),
    import("./chunks/clock-SFF6MDIF.js"),
    import("./chunks/config-value-EGHNW7LU.js")
  ]);
  const config = await loadConfig({ file: opts.config, repoDir });
  const ledger = await GitLedgerStore.open({
    repoDir,
    branch: config.config.ledger.branch,
    remote: config.config.ledger.remote,
    clock: systemClock()
  });
  const login = opts.as ?? await gitConfigValue(repoDir, "user.name") ?? process.env.USER ?? "local-user";
  const before = await ledger.flush();
  reportFlush({ ...before, pending: 0 }, stderrLine);
  const reportEnd = () => {
    const last = ledger.lastFlush;
    if (!last) return;
    const waiting = reportFlush(
      {
        ...last,
        recovered: Math.max(0, (last.recovered ?? 0) - (before.recovered ?? 0)),
        quarantined: (last.quarantined ?? []).slice(before.quarantined?.length ?? 0)
      },
      stderrLine
    );
    if (waiting) process.exitCode = waiting;
  };
  return { deps: { ledger, config: config.config, login }, ledger, reportEnd };
}
var stderrLine = (t = "") => {
  process.stderr.write(`${t}
`);
};
function common(cmd) {
  return cmd.option("--repo <dir>", "the git repository whose ledger to write", ".").option("--config <file>", "config file (default: <repo>/.github/aios.yml, else the defaults)").option("--as <login>", "who is acting (default: git user.name)").option("--json", "print the entry as JSON");
}
function registerFinish(program2) {
  common(
    program2.command("signoff").description(
      "Sign off a delivered task as its reviewer, writing the same `signoff` entry an approving review writes on GitHub."
    ).argument("<task>", "the task id, e.g. local/site#blog-post").option("--minutes <n>", "minutes the review took (else the kind\u2019s reviewMinutes in config)")
  ).action(async (task, opts) => {
    const { signoffLocal } = await import("./chunks/local-finish-76G5HP66.js");
    const { deps, ledger, reportEnd } = await open2(opts);
    const entry = await signoffLocal(deps, task, {
      minutes: opts.minutes === void 0 ? void 0 : Number(opts.minutes)
    });
    await ledger.flush();
    if (opts.json) printJson(entry);
    else
      line(
        entry.data.counts ? `${signsOff(entry.data) ? color.green(signoffWords(entry.data)) : color.yellow(signoffWords(entry.data))} ${task} by ${entry.data.login}` : `${color.yellow("approved")} ${task} by ${entry.data.login}${color.yellow(" (not an allowed approver: recorded, not a sign-off)")}`
      );
    reportEnd();
  });
  common(
    program2.command("outcome").description(
      "Record whether a delivered task was accepted or rejected, as a merge or a close records it on GitHub."
    ).argument("<task>", "the task id, e.g. local/site#blog-post").argument("<outcome>", "accepted or rejected")
  ).action(async (task, outcome, opts) => {
    const { outcomeLocal } = await import("./chunks/local-finish-76G5HP66.js");
    const { deps, ledger, reportEnd } = await open2(opts);
    const entry = await outcomeLocal(deps, task, outcome);
    await ledger.flush();
    if (opts.json) printJson(entry);
    else line(`${color.green(entry.data.outcome)} ${task} (by ${entry.data.by})`);
    reportEnd();
  });
  common(
    program2.command("revert").description(
      "Roll a delivered task back: a revert of its delivered commit(s) on aios/revert-<task> as a draft PR, and a `reverted` ledger entry."
    ).argument("<task>", "the task id, e.g. local/site#blog-post").option("--reason <text>", "why the work is rolled back (in the PR and the entry)")
  ).action(async (task, opts) => {
    const { revertLocal } = await import("./chunks/revert-task-BUGHOJDE.js");
    const { deps, ledger, reportEnd } = await open2(opts);
    const entry = await revertLocal({ ...deps, repoDir: resolve9(opts.repo) }, task, {
      reason: opts.reason
    });
    await ledger.flush();
    if (opts.json) printJson(entry);
    else
      line(
        `${color.yellow("reverted")} ${task} \u2192 branch ${color.cyan(entry.data.branch)} (${entry.data.commit.slice(0, 10)}), draft PR ${entry.data.pr.url}`
      );
    reportEnd();
  });
}

// src/cli/commands/config.ts
import { resolve as resolve10 } from "node:path";
async function loadAll(opts) {
  const [{ loadConfig }, { loadPersonas }] = await Promise.all([
    import("./chunks/config-file-TZMMYMSD.js"),
    import("./chunks/load-personas-A4KI3PCJ.js")
  ]);
  const [loaded, personas] = await Promise.all([
    loadConfig({ file: opts.config, repoDir: resolve10(opts.repo) }),
    loadPersonas(opts.personas ? resolve10(opts.personas) : void 0)
  ]);
  return { loaded, personas: personas.list() };
}
function formatIssue(i) {
  const where = i.location ? `${i.location.file}${i.location.line ? `:${i.location.line}` : ""}: ` : "";
  return `${where}${i.field ? `${i.field}: ` : ""}${i.message}`;
}
function registerConfig(program2) {
  const config = program2.command("config").description("Check the config with its personas, gates and budgets; list owners.");
  const common2 = (c) => c.option("--repo <dir>", "repository whose .github/aios.yml to use", ".").option("--config <file>", "config file").option("--personas <dir>", "persona folder (default: the shipped personas)").option("--json", "print JSON");
  common2(
    config.command("check").description(
      "Validate config, personas, standards and gates together; every problem with file:line. Exit 2 on any."
    )
  ).action(async (opts) => {
    const { loaded, personas } = await loadAll(opts);
    const { configProblems } = await import("./chunks/check-config-OOZSJUAQ.js");
    const { errors, warnings } = configProblems(loaded, personas);
    if (opts.json) printJson({ file: loaded.file, errors, warnings });
    else if (errors.length + warnings.length === 0)
      line(
        `${color.green("\u2714")} ${loaded.file}: ${loaded.config.rules.length} rules, ${personas.length} personas, no problems`
      );
    else {
      for (const i of errors) line(`${color.red("error")} ${formatIssue(i)}`);
      for (const i of warnings) line(`${color.yellow("warning")} ${formatIssue(i)}`);
    }
    if (errors.length + warnings.length > 0) {
      if (opts.json) process.exitCode = 2;
      else
        throw new InputError(
          `The config ${loaded.file} has ${errors.length} error(s) and ${warnings.length} warning(s).`,
          [],
          {
            hint: "Fix each line shown above. Errors also stop `aios run`; warnings stop only this check."
          }
        );
    }
  });
  common2(
    config.command("owners").description("List who answers for each rule and each persona.")
  ).action(async (opts) => {
    const { loaded, personas } = await loadAll(opts);
    const rules = loaded.config.rules.map((r) => ({
      rule: r.id,
      owner: r.owner ?? loaded.config.owner ?? null,
      source: r.owner ? "rule" : loaded.config.owner ? "config owner" : "none"
    }));
    const people = personas.map((p) => ({ persona: p.name, owner: p.owner }));
    if (opts.json) return printJson({ rules, personas: people });
    line("rules:");
    for (const r of rules)
      line(
        `  ${r.rule}: ${r.owner ?? color.red("no owner")}${r.source === "config owner" ? " (config owner)" : ""}`
      );
    line("personas:");
    for (const p of people) line(`  ${p.persona}: ${p.owner}`);
  });
}

// src/cli/commands/answer.ts
import { resolve as resolve11 } from "node:path";
function registerAnswer(program2) {
  program2.command("answer").description(
    "Answer the questions a local task stopped on and run it again with the answer, as `/aios answer` does on GitHub."
  ).argument("<task>", "the task id, e.g. local/site#blog-post").argument("<text...>", "the answer").option("--repo <dir>", "the git repository to work in", ".").option("--config <file>", "config file (default: <repo>/.github/aios.yml, else the defaults)").option("--file <task-file>", "the task file, when it moved since the task was planned").option("--scripted <file>", "answer from a script file instead of models (labelled scripted)").option("--ollama [model]", "send every tier to this Ollama model (default llama3.1:8b)").option("--ollama-host <url>", "Ollama base URL").option("--json", "print the outcome as JSON").action(
    async (taskId, words, opts) => {
      const [{ createLocalRunner }, { answerLocal }, { stopOnSignals }, { systemClock }] = await Promise.all([
        import("./chunks/local-runner-4O64XCND.js"),
        import("./chunks/local-answer-NBEBZESK.js"),
        import("./chunks/stop-signals-UUXUNADL.js"),
        import("./chunks/clock-SFF6MDIF.js")
      ]);
      const repoDir = resolve11(opts.repo);
      const stop = stopOnSignals();
      let result;
      let runner;
      try {
        runner = await createLocalRunner({
          repoDir,
          configFile: opts.config,
          models: modelMode(opts),
          progress: cliProgress({ quiet: Boolean(opts.json) }),
          signal: stop.signal
        });
        result = await answerLocal(runner, taskId, words.join(" "), {
          repoDir,
          requestedBy: process.env.USER ?? "local-user",
          now: systemClock().now(),
          taskFile: opts.file === void 0 ? void 0 : resolve11(opts.file)
        });
      } finally {
        stop.dispose();
        if (!result && runner)
          reportFlush(runner.ledger.lastFlush, (t) => process.stderr.write(`${t}
`));
      }
      reportRun(result, runner.ledger.lastFlush, Boolean(opts.json));
    }
  );
}

// src/cli/main.ts
function buildProgram() {
  const program2 = new Command("aios").description(
    "AIOS: route client work to scoped AI personas, gate it, deliver draft PRs, and ledger every step."
  ).version(packageVersion()).showHelpAfterError().exitOverride().hook(
    "preAction",
    async () => (await import("./chunks/zod-setup-DU6P4CTC.js")).setUpZodForShortProcesses()
  );
  registerRun(program2);
  registerDemo(program2);
  registerRoute(program2);
  registerSchema(program2);
  registerPersonas(program2);
  registerGate(program2);
  registerLedger(program2);
  registerReceipt(program2);
  registerInit(program2);
  registerDoctor(program2);
  registerEval(program2);
  registerFinish(program2);
  registerAnswer(program2);
  registerContext(program2);
  registerConfig(program2);
  return program2;
}
async function main(argv) {
  routeConsoleToStderr();
  const program2 = buildProgram();
  try {
    await program2.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`${color.red("error:")} ${describeError(error)}
`);
    if (process.env.AIOS_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}
`);
    return exitCodeOf(error);
  } finally {
    cleanUpNow();
  }
}
export {
  buildProgram,
  main
};
