import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  taskFromFile
} from "./chunk-4QRJGA6Q.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/local-answer.ts
import { resolve } from "node:path";
var MAX_ANSWER = 8e3;
async function answerLocal(runner, taskId, text, options) {
  const answer = text.trim();
  if (!answer)
    throw new InputError("The answer is empty.", [], {
      hint: 'Give the answer after the task id, e.g. aios answer local/site#post "New clients."'
    });
  if (answer.length > MAX_ANSWER)
    throw new InputError(
      `The answer is ${answer.length} characters; at most ${MAX_ANSWER} are taken.`
    );
  const history = [];
  for await (const e of runner.ledger.entries({ task: taskId })) history.push(e);
  history.sort((a, b) => a.id.localeCompare(b.id));
  const planned = [...history].reverse().find((e) => e.event === "planned");
  if (!planned)
    throw new InputError(
      history.length === 0 ? `There is no task "${taskId}" in the ledger.` : `AIOS has not started work on ${taskId}: there is no plan to answer.`,
      [],
      {
        hint: history.length === 0 ? "Name the task as the ledger does (e.g. local/<repo>#<file name>); `git log aios-ledger` lists them." : "Give the task a kind or estimate in its front matter and run it again with `aios run`."
      }
    );
  const file = resolve(options.repoDir, options.taskFile ?? planned.data.source);
  const task = await taskFromFile(file, {
    repoName: runner.repoName,
    requestedBy: options.requestedBy,
    now: options.now,
    repoDir: options.repoDir
  });
  if (task.id !== taskId)
    throw new InputError(`The task file ${file} is task ${task.id}, not ${taskId}.`);
  if (task.textHash !== planned.data.textHash)
    throw new InputError(
      `The task file ${planned.data.source} changed since AIOS planned ${taskId}, so the answer would meet text nobody approved.`,
      [],
      { hint: "Run the changed task again with `aios run`, then answer its questions." }
    );
  return { task, outcome: await runner.runTask(task, { humanAnswer: answer }) };
}
export {
  answerLocal
};
