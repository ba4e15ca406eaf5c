import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  decodeTime
} from "./chunk-XSZJ7D6U.js";
import {
  LEDGER_ROOT,
  listTree,
  parseStoredJson
} from "./chunk-A5JTEFZF.js";
import {
  readBlobs
} from "./chunk-LBO5STXY.js";
import {
  LedgerError
} from "./chunk-BXJ33WYV.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/ledger/month-spend.ts
var UNKNOWN_PERSON = "(unknown)";
function monthOf(date) {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}
var MonthSpend = class {
  constructor(month) {
    this.month = month;
  }
  month;
  #total = 0;
  #byTier = /* @__PURE__ */ new Map();
  #byPerson = /* @__PURE__ */ new Map();
  /** Everything spent this month. */
  get totalMicros() {
    return this.#total;
  }
  tierMicros(tier) {
    return this.#byTier.get(tier) ?? 0;
  }
  personMicros(person) {
    return this.#byPerson.get(person) ?? 0;
  }
  add(micros, key) {
    if (micros === 0) return;
    this.#total += micros;
    this.#byTier.set(key.tier, this.tierMicros(key.tier) + micros);
    this.#byPerson.set(key.person, this.personMicros(key.person) + micros);
  }
};
var SpendFields = external_exports.discriminatedUnion("event", [
  external_exports.object({
    event: external_exports.literal("planned"),
    task: external_exports.string(),
    data: external_exports.object({ requestedBy: external_exports.string() })
  }),
  external_exports.object({
    event: external_exports.literal("attempt"),
    task: external_exports.string(),
    at: external_exports.iso.datetime(),
    actor: external_exports.object({ tier: external_exports.string().optional() }),
    cost: external_exports.object({ actualMicros: external_exports.number().int().nonnegative() })
  })
]);
function parseSpendFields(path, bytes) {
  const json = parseStoredJson(path, bytes);
  const result = SpendFields.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${path} is not a valid ledger entry: ${first ? `${first.path.join(".")}: ${first.message}` : "invalid"}`,
      { hint: "Run `aios ledger verify` to list every problem with the commit that made it." }
    );
  }
  return result.data;
}
var SpendSummer = class {
  constructor(spend) {
    this.spend = spend;
  }
  spend;
  #requester = /* @__PURE__ */ new Map();
  add(entry) {
    if (entry.event === "planned") this.#requester.set(entry.task, entry.data.requestedBy);
    else if (entry.event === "attempt" && monthOf(new Date(entry.at)) === this.spend.month) {
      this.spend.add(entry.cost.actualMicros, {
        tier: "tier" in entry.actor && entry.actor.tier || "unknown",
        person: this.#requester.get(entry.task) ?? UNKNOWN_PERSON
      });
    }
  }
};
async function spendFromEntries(entries, now) {
  const summer = new SpendSummer(new MonthSpend(monthOf(now)));
  for await (const entry of entries) summer.add(entry);
  return summer.spend;
}
function entryFileTime(name) {
  try {
    return decodeTime(name.slice(0, 26));
  } catch {
    return Number.NaN;
  }
}
var SLACK_MS = 24 * 3600 * 1e3;
async function readMonthSpend(options) {
  const spend = new MonthSpend(monthOf(options.now));
  const from = Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), 1) - SLACK_MS;
  const wanted = [];
  let folder = "";
  let group = [];
  let needed = false;
  const close = () => {
    if (needed) wanted.push(...group);
    group = [];
    needed = false;
  };
  for await (const file of listTree(options.repoDir, options.ref, LEDGER_ROOT, {
    commitOrNothing: true
  })) {
    const slash = file.path.lastIndexOf("/");
    const name = file.path.slice(slash + 1);
    const planned = name.endsWith("-planned.json");
    const attempt = !planned && name.endsWith("-attempt.json") && entryFileTime(name) >= from;
    if (!planned && !attempt) continue;
    if (file.path.slice(0, slash) !== folder) {
      close();
      folder = file.path.slice(0, slash);
    }
    group.push(file);
    if (attempt) needed = true;
  }
  close();
  const summer = new SpendSummer(spend);
  let i = 0;
  for await (const blob of readBlobs(
    options.repoDir,
    wanted.map((f) => f.blob)
  )) {
    const file = wanted[i++];
    if (!file) break;
    if (!blob)
      throw new LedgerError(`blob ${file.blob} for ${file.path} is missing from the repository`, {
        hint: "The clone is incomplete: fetch the ledger branch again (git fetch)."
      });
    summer.add(parseSpendFields(file.path, blob));
  }
  return spend;
}

export {
  UNKNOWN_PERSON,
  monthOf,
  MonthSpend,
  spendFromEntries,
  entryFileTime,
  readMonthSpend
};
