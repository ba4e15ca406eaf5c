import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-XFC2IQV2.js";
import "./chunk-NZIE4YKI.js";
import "./chunk-AH6TJ73X.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import {
  REPO_CONFIG_PATH,
  defaultConfigPath
} from "./chunk-XQPV75ZH.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-C56QB4EX.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/app/init-repo.ts
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/app/issue-template.ts
var import_yaml = __toESM(require_dist(), 1);
var ISSUE_TEMPLATE_PATH = ".github/ISSUE_TEMPLATE/aios-task.yml";
function renderIssueTemplate(config) {
  const kinds = Object.keys(config.kinds);
  const form = {
    name: "AIOS task",
    description: "Work for AIOS: routed by the written rules, delivered as a draft PR.",
    title: "[aios] ",
    labels: [config.intake.label],
    body: [
      {
        type: "markdown",
        attributes: {
          value: "Say what needs doing. The fields below decide the route; leave one empty and AIOS reads labels and the paths you name."
        }
      },
      {
        type: "dropdown",
        id: "kind",
        attributes: {
          label: "Kind",
          description: "The kind of work (kinds in .github/aios.yml).",
          options: kinds
        },
        validations: { required: false }
      },
      {
        type: "input",
        id: "client",
        attributes: { label: "Client", description: "Who the work is for." },
        validations: { required: false }
      },
      {
        type: "input",
        id: "estimate",
        attributes: {
          label: "Estimate",
          description: "What it would take by hand: S, M, L, or minutes (90, 90m, 1.5h)."
        },
        validations: { required: false }
      },
      {
        type: "textarea",
        id: "task",
        attributes: {
          label: "Task",
          description: "What to do, and the files or pages it concerns."
        },
        validations: { required: true }
      }
    ]
  };
  return `# Written by \`aios init\` from the kinds in .github/aios.yml.
${(0, import_yaml.stringify)(form)}`;
}

// src/app/aios-ignore.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var LINE = ".aios/";
async function addAiosIgnoreLine(repoDir) {
  const file = join(repoDir, ".gitignore");
  const text = await readFile(file, "utf8").catch((error) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const present = text.split(/\r?\n/).map((l) => l.trim()).some((l) => [".aios", ".aios/", "/.aios", "/.aios/", ".aios/*", "/.aios/*"].includes(l));
  if (present) return false;
  const sep = text === "" || text.endsWith("\n") ? "" : "\n";
  await writeFile(file, `${text}${sep}# AIOS: the search index cache and local drafts
${LINE}
`);
  return true;
}

// src/app/init-repo.ts
var WORKFLOW_PATH = ".github/workflows/aios.yml";
var DEPENDABOT_PATH = ".github/dependabot.yml";
var DEPENDABOT = `# Written by \`aios init\`: keeps the SHA-pinned actions in .github/workflows current.
version: 2
updates:
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
`;
async function pinAction(action, options = {}) {
  const m = /^([\w.-]+\/[\w.-]+)((?:\/[\w./-]+)?)@([\w./-]+)$/.exec(action);
  if (!m || /^[0-9a-f]{40}$/.test(m[3] ?? "") || options.allowTag) return action;
  const [, repo = "", path = "", ref = ""] = m;
  const url = `${(options.gitBaseUrl ?? "https://github.com").replace(/\/+$/, "")}/${repo}`;
  const r = await gitWithInput(
    process.cwd(),
    ["ls-remote", "--", url, `refs/tags/${ref}^{}`, `refs/tags/${ref}`, `refs/heads/${ref}`],
    void 0
  ).catch((cause) => ({ code: -1, stdout: Buffer.alloc(0), stderr: String(cause) }));
  const lines = r.stdout.toString("utf8").trim().split("\n").filter(Boolean);
  const pick = lines.find((l) => l.endsWith(`refs/tags/${ref}^{}`)) ?? lines.find((l) => l.endsWith(`refs/tags/${ref}`)) ?? lines.find((l) => l.endsWith(`refs/heads/${ref}`));
  const sha = pick?.split("	")[0];
  if (r.code !== 0 || !sha || !/^[0-9a-f]{40}$/.test(sha)) {
    throw new InputError(`Cannot resolve ${action} to a commit SHA.`, [], {
      hint: `Check that ${url} has the tag or branch ${ref}, pass a full commit SHA, or pass --allow-tag to use the bare tag (a tag can be moved to other code).`
    });
  }
  return `${repo}${path}@${sha} # ${ref}`;
}
async function renderWorkflow(action, workRunner, pin = { allowTag: true }) {
  let labels;
  try {
    labels = JSON.parse(workRunner);
  } catch {
    labels = void 0;
  }
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === "string" && /^[\w.-]+$/.test(l))) {
    throw new InputError(`--work-runner ${workRunner} is not a JSON list of runner labels.`, [], {
      hint: `Write it like '["self-hosted","ollama"]'.`
    });
  }
  if (!/^(\.\/|[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+)$/.test(action)) {
    throw new InputError(`--action ${action} is not an action reference.`, [], {
      hint: "Use owner/repo@ref, or ./ for a local checkout."
    });
  }
  const pinned = await pinAction(action, pin);
  const template = await readFile2(join2(packageRoot(), "templates", "workflow.yml"), "utf8");
  return template.replaceAll("__AIOS_ACTION__", pinned).replaceAll("__AIOS_WORK_RUNNER__", JSON.stringify(labels));
}
async function initRepo(options) {
  const written = [];
  const kept = [];
  const workflow = await renderWorkflow(options.action, options.workRunner, {
    allowTag: options.allowTag,
    gitBaseUrl: options.gitBaseUrl
  });
  const configFile = existsSync(join2(options.repoDir, REPO_CONFIG_PATH)) && !options.force ? join2(options.repoDir, REPO_CONFIG_PATH) : defaultConfigPath();
  const issueForm = renderIssueTemplate(
    parseConfig(await readFile2(configFile, "utf8"), configFile).config
  );
  for (const [path, write] of [
    [WORKFLOW_PATH, (file) => writeFile2(file, workflow)],
    [REPO_CONFIG_PATH, (file) => copyFile(defaultConfigPath(), file)],
    [DEPENDABOT_PATH, (file) => writeFile2(file, DEPENDABOT)],
    [ISSUE_TEMPLATE_PATH, (file) => writeFile2(file, issueForm)]
  ]) {
    const file = join2(options.repoDir, path);
    if (existsSync(file) && !options.force) {
      kept.push(path);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await write(file);
    written.push(path);
  }
  if (await addAiosIgnoreLine(options.repoDir)) written.push(".gitignore");
  return { written, kept };
}
export {
  DEPENDABOT,
  DEPENDABOT_PATH,
  WORKFLOW_PATH,
  initRepo,
  pinAction,
  renderWorkflow
};
