import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-HSUWNTFY.js";
import "./chunk-JTS7AQJR.js";
import {
  screenEval
} from "./chunk-VWR4VSEI.js";
import {
  runEvals
} from "./chunk-I5VOL6JA.js";
import "./chunk-XDQNJLCF.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-XFC2IQV2.js";
import {
  createProvider
} from "./chunk-AS63FHV3.js";
import "./chunk-BCUH6QNP.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-4QRJGA6Q.js";
import "./chunk-T7MCIRC2.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-NZIE4YKI.js";
import "./chunk-AH6TJ73X.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-XQPV75ZH.js";
import "./chunk-KZQHJZOX.js";
import {
  defaultPersonaDir
} from "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/evals/eval-action.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var pct = (n) => n === null ? "n/a" : `${(n * 100).toFixed(1)}%`;
async function runEvalStep(options) {
  const repoPersonas = join(options.repoDir, "personas");
  const personaDir = options.personaDir !== void 0 ? join(options.repoDir, options.personaDir) : existsSync(repoPersonas) ? repoPersonas : defaultPersonaDir();
  const prepared = await prepareEvals({
    personaDir,
    configFile: options.configFile && join(options.repoDir, options.configFile),
    repoDir: options.repoDir
  });
  const lines = ["## AIOS persona evals", ""];
  const screen = screenEval(prepared.personas, prepared.matrix, prepared.config.config);
  const t = screen.total;
  lines.push(
    `**Lane screen (no model):** out-of-lane tasks stopped before any call ${pct(t.stoppedShare)} (bar \u2265 80%), in-lane tasks wrongly stopped ${pct(t.wronglyStoppedShare)} (bar \u2264 2%), over ${t.outOfLane + t.inLane} cases.`,
    ""
  );
  for (const f of screen.failures) lines.push(`- \u274C ${f}`);
  let failed = !screen.pass;
  if (options.model) {
    const model = prepared.config.config.models[options.model];
    if (!model) throw new Error(`no model named ${options.model} in the config`);
    const provider = await createProvider(options.model, model, { env: options.env });
    const report = await runEvals({
      personas: prepared.selected,
      matrix: prepared.matrix,
      models: [options.model],
      providerFor: async () => provider,
      config: prepared.config.config
    });
    lines.push(
      "",
      "| persona | model | decline recall | false declines | partial | handoff | ask rate | assertions | bars |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const r of report.reports)
      lines.push(
        `| ${r.persona} | ${r.model} | ${pct(r.declineRecall)} | ${pct(r.falseDeclines)} | ${pct(r.partialCompliance)} | ${pct(r.handoffAccuracy)} | ${pct(r.askRate)} | ${r.assertions.passed}/${r.assertions.total} | ${r.failures.length ? `\u274C ${r.failures.join("; ")}` : "\u2705"} |`
      );
    failed ||= !report.pass;
  } else lines.push("", "No `eval-model` given: the model evals did not run.");
  return { summary: lines.join("\n"), failed };
}
export {
  runEvalStep
};
