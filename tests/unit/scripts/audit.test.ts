/** scripts/audit.js: a report fails only on high/critical advisories; no report says so and passes. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { interpretAudit } from "../../../scripts/audit";

const SCRIPT = path.resolve(__dirname, "../../../scripts/audit.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-audit-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The registry's answer when its audit endpoint refuses the request (as on our machines). */
const REFUSED = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  statusCode: 405,
  error: { summary: "", detail: "" },
});
const report = (vulnerabilities: Record<string, { severity: string }>) =>
  JSON.stringify({
    vulnerabilities,
    metadata: {
      vulnerabilities: Object.values(vulnerabilities).reduce<Record<string, number>>((c, v) => {
        c[v.severity] = (c[v.severity] ?? 0) + 1;
        return c;
      }, {}),
    },
  });

/** Runs the script with a stand-in npm that prints `stdout` and exits with `code`. */
function runWith(stdout: string, code: number): { status: number | null; out: string } {
  const answer = path.join(tmp, `answer-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(answer, stdout);
  const npm = path.join(tmp, `npm-${path.basename(answer, ".json")}`);
  fs.writeFileSync(npm, `#!/bin/sh\ncat '${answer}'\nexit ${code}\n`, { mode: 0o755 });
  const run = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, VBHC_AUDIT_NPM: npm }, encoding: "utf8" });
  return { status: run.status, out: run.stdout };
}

describe("dependency audit", () => {
  test("a refused or unreachable audit service is reported as 'could not run', with the reason, and exits 0", () => {
    expect(interpretAudit(REFUSED, 1)).toEqual({ ran: false, reason: expect.stringContaining("405") });
    expect(interpretAudit("", null, new Error("spawnSync npm ETIMEDOUT"))).toEqual({
      ran: false,
      reason: "spawnSync npm ETIMEDOUT",
    });
    const run = runWith(REFUSED, 1);
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/^Dependency audit could not run: 405 Method Not Allowed/);
    expect(run.out).toMatch(/No advisory was checked for the \d+ production packages/);
  });

  test("high or critical advisories fail the run and are named; moderate ones are listed only", () => {
    const bad = runWith(report({ jszip: { severity: "moderate" }, papaparse: { severity: "high" } }), 1);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("2 advisories");
    expect(bad.out).toContain("High or critical: papaparse (high)");
    const mild = runWith(report({ jszip: { severity: "moderate" } }), 1);
    expect(mild.status).toBe(0);
    expect(mild.out).toContain("jszip (moderate)");
    const clean = runWith(report({}), 0);
    expect(clean.status).toBe(0);
    expect(clean.out).toContain("no known advisory");
  });

  test("npm test runs the audit before jest", () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../package.json"), "utf8"));
    expect(pkg.scripts.test).toMatch(/node scripts\/audit\.js && jest/);
  });
});
