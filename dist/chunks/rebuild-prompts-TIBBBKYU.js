import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  OMITTED_SHOWN,
  buildPrompt,
  cutTaskBody,
  renderExcerpt
} from "./chunk-T7MCIRC2.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import {
  gitBlobId
} from "./chunk-TOOXQAFB.js";
import {
  Task
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-KZQHJZOX.js";
import {
  CatFileBatch
} from "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
import {
  parsePersona
} from "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import {
  Finding
} from "./chunk-OZ4QZEIA.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/context/replay-context.ts
async function replayContext(record, task, readBlob) {
  const files = await Promise.all(
    record.shown.map(async (s) => {
      if (s.why === "lesson") {
        if (s.text === void 0) throw new Error(`lesson ${s.path} has no recorded text`);
        return { ...s, ranges: void 0, content: s.text };
      }
      const bytes = await readBlob(s.blob);
      if (!bytes) throw new Error(`blob ${s.blob} of ${s.path} is not in the repository`);
      const text = bytes.toString("utf8");
      return {
        path: s.path,
        blob: s.blob,
        content: s.ranges ? renderExcerpt(text, s.ranges) : text,
        ranges: s.ranges,
        tokens: s.tokens,
        score: s.score,
        why: s.why
      };
    })
  );
  return {
    files,
    tokens: record.tokens,
    omitted: record.omitted.slice(0, OMITTED_SHOWN).map((o) => o.path),
    omittedCount: record.omittedCount,
    taskBody: record.taskBodyCutAt === void 0 ? task.body : cutTaskBody(task.body, record.taskBodyCutAt),
    notes: record.notes,
    record
  };
}

// src/reports/rebuild-prompts.ts
var Messages = external_exports.array(
  external_exports.object({ role: external_exports.enum(["system", "user", "assistant"]), content: external_exports.string() }).strict()
);
async function rebuildPrompts(entries, readBlob) {
  const out = [];
  for (const e of entries) {
    if (e.event !== "attempt" || e.actor.type !== "model") continue;
    const base = {
      attempt: e.data.attempt,
      call: e.data.call,
      purpose: e.data.purpose,
      modelId: e.actor.modelId,
      persona: e.actor.persona
    };
    const { prompt, context } = e.data;
    if (!prompt || !context) {
      out.push({
        ...base,
        error: "this call recorded no prompt texts (a reviewer or classifier call, or an entry from before prompts were kept)"
      });
      continue;
    }
    try {
      const read = async (id, what) => {
        const bytes = await readBlob(id);
        if (!bytes) throw new Error(`${what} object ${id} is not in the repository`);
        if (gitBlobId(bytes) !== id)
          throw new Error(`${what} object ${id} does not hash to its id`);
        return bytes;
      };
      const text = async (id, what) => (await read(id, what)).toString("utf8");
      const task = Task.parse(JSON.parse(await text(prompt.task, "task")));
      const persona = parsePersona(await text(prompt.persona, "persona"), `${e.actor.persona}.md`);
      const replayed = await replayContext(context, task, (id) => read(id, "shown file"));
      const sentBack = prompt.sentBack ? external_exports.array(Finding).parse(JSON.parse(await text(prompt.sentBack, "sent-back findings"))) : void 0;
      const humanAnswer = prompt.answer ? await text(prompt.answer, "answer") : void 0;
      const messages = buildPrompt({
        persona,
        task,
        context: replayed,
        attempt: e.data.attempt,
        minConfidence: prompt.minConfidence,
        sentBack,
        humanAnswer
      });
      if (prompt.repair)
        messages.push(...Messages.parse(JSON.parse(await text(prompt.repair, "repair turns"))));
      out.push({ ...base, messages });
    } catch (error) {
      out.push({ ...base, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}
async function rebuildPromptsIn(repoDir, entries) {
  const cat = new CatFileBatch(repoDir);
  try {
    return await rebuildPrompts(entries, (id) => cat.read(id));
  } finally {
    await cat.close();
  }
}
export {
  rebuildPrompts,
  rebuildPromptsIn
};
