#!/usr/bin/env node
/**
 * Dependency audit of what ships (production dependencies only), for CI and `npm test`.
 *
 * Runs `npm audit --omit=dev --json`. When the registry's audit service answers, known advisories of
 * severity high or critical fail the run (exit 1); lower ones are listed. When the service cannot be
 * reached or refuses the request (some registries and mirrors answer 405), the audit did not run: the
 * script says so plainly, names the reason and the number of production packages in the lockfile left
 * unreviewed, and exits 0, since an unreachable service is not a fault in the project.
 *
 * VBHC_AUDIT_NPM names another npm executable (tests use it to play the registry's answers).
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const FAILING = ["high", "critical"];

/** Production packages in package-lock.json (lockfile v2/v3), for the "left unreviewed" note. */
function productionPackages(root) {
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
    return Object.entries(lock.packages || {}).filter(([key, p]) => key && !p.dev && !p.devOptional).length;
  } catch {
    return undefined;
  }
}

/**
 * What an `npm audit --json` run means: { ran: false, reason } when no report came back, else
 * { ran: true, counts, failing: [names of packages with high/critical advisories], names }.
 */
function interpretAudit(stdout, status, spawnError) {
  if (spawnError) return { ran: false, reason: spawnError.message };
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { ran: false, reason: `npm audit printed no report (exit ${status})` };
  }
  if (!report || typeof report !== "object" || !report.metadata || !report.vulnerabilities) {
    const reason = (report && (report.message || (report.error && report.error.summary))) || `exit ${status}`;
    return { ran: false, reason: String(reason) };
  }
  const counts = report.metadata.vulnerabilities || {};
  const entries = Object.entries(report.vulnerabilities);
  return {
    ran: true,
    counts,
    names: entries.map(([name, v]) => `${name} (${v.severity})`),
    failing: entries.filter(([, v]) => FAILING.includes(v.severity)).map(([name, v]) => `${name} (${v.severity})`),
  };
}

function main() {
  const root = path.resolve(__dirname, "..");
  const npm = process.env.VBHC_AUDIT_NPM || (process.platform === "win32" ? "npm.cmd" : "npm");
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    shell: process.platform === "win32",
  });
  const result = interpretAudit(run.stdout || "", run.status, run.error);
  if (!result.ran) {
    const n = productionPackages(root);
    process.stdout.write(
      `Dependency audit could not run: ${result.reason}.\n` +
        `No advisory was checked${n === undefined ? "" : ` for the ${n} production packages in package-lock.json`}; ` +
        "this is not a failure of the project. Run `npm audit --omit=dev` where the registry's audit service is reachable.\n",
    );
    return 0;
  }
  const total = Object.values(result.counts).reduce((a, b) => a + (Number(b) || 0), 0);
  if (total === 0) {
    process.stdout.write("Dependency audit: no known advisory for the production dependencies.\n");
    return 0;
  }
  process.stdout.write(`Dependency audit: ${total} advisories: ${result.names.join(", ")}.\n`);
  if (result.failing.length) {
    process.stdout.write(`High or critical: ${result.failing.join(", ")}. Update or replace these packages.\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exit(main());

module.exports = { interpretAudit, productionPackages };
