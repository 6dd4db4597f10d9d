#!/usr/bin/env node
/**
 * `npm run validate`: validates manifest.xml (and dist/manifest.xml after a build).
 * 1. Microsoft's online validation (`office-addin-manifest validate`), with a short timeout.
 * 2. When that service cannot be reached (no internet), the offline parse of the same library
 *    (`office-addin-manifest info`, or its XML parser directly when the CLI cannot load) plus our own
 *    structural check below. The output says plainly which validation ran. Exit 1 on any error.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { DOMParser } = require("@xmldom/xmldom");

const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

// Top-level elements of a task pane manifest, in the order the schema requires (required ones flagged).
const TOP_LEVEL = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", true],
  ["SupportUrl", true],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", true],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["VersionOverrides", false],
];

function childElements(node) {
  const out = [];
  for (let c = node ? node.firstChild : null; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}

/** Descendant elements with this local name (any namespace). */
function descendants(node, localName) {
  const out = [];
  const walk = (n) => {
    for (const c of childElements(n)) {
      if (c.localName === localName) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

function first(node, localName) {
  return childElements(node).find((c) => c.localName === localName);
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(buf) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) return undefined;
  if (buf.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function isAllowedUrl(url) {
  try {
    const u = new URL(url);
    // Office loads add-ins over HTTPS only; plain HTTP is tolerated for a local development host.
    return u.protocol === "https:" || (u.protocol === "http:" && ["localhost", "127.0.0.1"].includes(u.hostname));
  } catch {
    return false;
  }
}

/**
 * Structural check of a manifest's text. `options.baseDir` is where icon files are looked up
 * (an icon URL's path under the base URL maps to a file under baseDir); `options.baseUrl`, when given,
 * requires every URL to start with it. Returns a list of English error messages (empty when valid).
 */
function checkManifest(xmlText, options = {}) {
  const errors = [];
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") parseErrors.push(String(msg).split("\n")[0]);
      },
    }).parseFromString(xmlText, "text/xml");
  } catch (err) {
    // xmldom throws on fatal errors even with onError set.
    parseErrors.push(String(err && err.message).split("\n")[0]);
  }
  if (parseErrors.length > 0 || !doc || !doc.documentElement) {
    return [`XML is not well-formed: ${parseErrors[0] || "no root element"}`];
  }
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp") errors.push(`Root element must be OfficeApp, found ${root.localName}`);
  if (root.getAttributeNS(NS_XSI, "type") !== "TaskPaneApp") errors.push('OfficeApp must have xsi:type="TaskPaneApp"');

  // Order and presence of top-level elements.
  const names = childElements(root).map((e) => e.localName);
  let cursor = 0;
  for (const name of names) {
    const at = TOP_LEVEL.findIndex(([n]) => n === name);
    if (at < 0) errors.push(`Unexpected element <${name}> under OfficeApp`);
    else if (at < cursor) errors.push(`<${name}> is out of order: it must come before <${TOP_LEVEL[cursor][0]}>`);
    else cursor = at;
  }
  for (const [name, required] of TOP_LEVEL) {
    const count = names.filter((n) => n === name).length;
    if (required && count === 0) errors.push(`Missing required element <${name}>`);
    if (count > 1) errors.push(`Element <${name}> appears ${count} times`);
  }

  const text = (name) => {
    const e = first(root, name);
    return e ? (e.textContent || "").trim() : undefined;
  };
  const attr = (name) => {
    const e = first(root, name);
    return e ? e.getAttribute("DefaultValue") : undefined;
  };

  const id = text("Id");
  if (id !== undefined && !/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(id)) {
    errors.push(`Id must be a GUID, found "${id}"`);
  }
  const version = text("Version");
  if (version !== undefined && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    errors.push(`Version must look like 1.0.0.0, found "${version}"`);
  }
  const displayName = attr("DisplayName");
  if (first(root, "DisplayName") && (!displayName || displayName.length > 125)) {
    errors.push("DisplayName DefaultValue must have 1 to 125 characters");
  }
  const description = attr("Description");
  if (first(root, "Description") && (!description || description.length > 250)) {
    errors.push("Description DefaultValue must have 1 to 250 characters");
  }
  const hostNames = descendants(first(root, "Hosts"), "Host").map((h) => h.getAttribute("Name"));
  if (first(root, "Hosts") && !hostNames.includes("Document"))
    errors.push('Hosts must contain <Host Name="Document"/>');

  // Requirements: WordApi 1.3 is the floor the product is built for.
  const req = first(root, "Requirements");
  if (req) {
    const sets = descendants(req, "Set");
    const word = sets.find((s) => s.getAttribute("Name") === "WordApi");
    const setsEl = first(req, "Sets");
    const min = word ? word.getAttribute("MinVersion") || (setsEl && setsEl.getAttribute("DefaultMinVersion")) : null;
    if (!word) errors.push('Requirements must declare <Set Name="WordApi" MinVersion="1.3"/>');
    else if (min !== "1.3") errors.push(`Requirements floor must be WordApi 1.3, found ${min}`);
  }
  const permissions = text("Permissions");
  if (permissions !== undefined && permissions !== "ReadWriteDocument") {
    errors.push(`Permissions must be ReadWriteDocument, found "${permissions}"`);
  }
  const defaults = first(root, "DefaultSettings");
  if (defaults && !first(defaults, "SourceLocation")) errors.push("DefaultSettings must have a SourceLocation");

  // Every URL: https only, and under the expected base URL when given.
  const urlNodes = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const e = first(root, name);
    if (e) urlNodes.push([name, e.getAttribute("DefaultValue")]);
  }
  if (defaults && first(defaults, "SourceLocation")) {
    urlNodes.push(["SourceLocation", first(defaults, "SourceLocation").getAttribute("DefaultValue")]);
  }
  for (const e of [...descendants(root, "Image"), ...descendants(root, "Url")].filter(
    (n) => n.namespaceURI === NS_BT,
  )) {
    if (e.getAttribute("id"))
      urlNodes.push([`bt:${e.localName} ${e.getAttribute("id")}`, e.getAttribute("DefaultValue")]);
  }
  for (const o of descendants(root, "Override")) {
    const parent = o.parentNode && o.parentNode.localName;
    if (parent && /Url$|^Image$|^SourceLocation$/.test(parent))
      urlNodes.push([`${parent} override`, o.getAttribute("Value")]);
  }
  for (const [where, url] of urlNodes) {
    if (!url || !isAllowedUrl(url))
      errors.push(`${where}: URL must be absolute HTTPS (or http://localhost), found "${url}"`);
    else if (options.baseUrl && !url.startsWith(options.baseUrl)) {
      errors.push(`${where}: URL must start with the base URL ${options.baseUrl}, found "${url}"`);
    }
  }

  // Icons: files must exist next to the manifest with the declared pixel size.
  const checkIcon = (where, url, size) => {
    if (!url || !isAllowedUrl(url) || !options.baseDir) return;
    const rel = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, "");
    const prefix = options.baseUrl ? new URL(options.baseUrl).pathname.replace(/^\/+/, "") : "";
    const file = path.join(options.baseDir, rel.startsWith(prefix) ? rel.slice(prefix.length) : rel);
    if (!fs.existsSync(file)) {
      errors.push(`${where}: icon file ${path.relative(process.cwd(), file)} does not exist`);
      return;
    }
    const dims = pngSize(fs.readFileSync(file));
    if (!dims) errors.push(`${where}: ${path.basename(file)} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      errors.push(`${where}: ${path.basename(file)} is ${dims.width}x${dims.height}, expected ${size}x${size}`);
    }
  };
  checkIcon("IconUrl", attr("IconUrl"), 32);
  checkIcon("HighResolutionIconUrl", attr("HighResolutionIconUrl"), 64);

  // VersionOverrides: resources unique, every resid resolves to the right kind, ribbon wiring complete.
  const vo = first(root, "VersionOverrides");
  if (vo) {
    if (vo.namespaceURI !== NS_OV) errors.push(`VersionOverrides must be in namespace ${NS_OV}`);
    const resources = first(vo, "Resources");
    const ids = { image: new Map(), url: new Map(), string: new Map() };
    const seen = new Set();
    if (!resources) errors.push("VersionOverrides has no <Resources>");
    const groups = [
      ["Images", "Image", "image", 2048],
      ["Urls", "Url", "url", 2048],
      ["ShortStrings", "String", "string", 125],
      ["LongStrings", "String", "string", 250],
    ];
    for (const [groupName, itemName, kind, maxLen] of groups) {
      const group = resources && first(resources, groupName);
      for (const item of group ? childElements(group).filter((c) => c.localName === itemName) : []) {
        const rid = item.getAttribute("id");
        const value = item.getAttribute("DefaultValue") || "";
        if (!rid) errors.push(`A ${groupName} resource has no id`);
        else if (rid.length > 32) errors.push(`Resource id "${rid}" is longer than 32 characters`);
        else if (seen.has(rid)) errors.push(`Resource id "${rid}" is defined twice`);
        else {
          seen.add(rid);
          ids[kind].set(rid, item);
        }
        if (!value || value.length > maxLen) errors.push(`Resource "${rid}" must have 1 to ${maxLen} characters`);
      }
    }
    const kindOf = (el) => {
      const parent = el.parentNode ? el.parentNode.localName : "";
      if (el.localName === "Image") return "image";
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(el.localName)) return "url";
      if (["Label", "Title", "Description"].includes(el.localName) || parent === "Supertip") return "string";
      return undefined;
    };
    const hostsEl = first(vo, "Hosts");
    for (const el of hostsEl ? allElements(hostsEl) : []) {
      const rid = el.getAttribute && el.getAttribute("resid");
      if (!rid) continue;
      const kind = kindOf(el);
      if (!kind) continue;
      if (!ids[kind].has(rid)) errors.push(`<${el.localName} resid="${rid}"> has no matching ${kind} resource`);
    }
    // Image sizes declared in the ribbon must match the referenced files.
    for (const img of hostsEl ? allElements(hostsEl).filter((e) => e.localName === "Image") : []) {
      const res = ids.image.get(img.getAttribute("resid"));
      const size = Number(img.getAttribute("size"));
      if (res && size) checkIcon(`bt:Image ${img.getAttribute("resid")}`, res.getAttribute("DefaultValue"), size);
    }
    const host = hostsEl && allElements(hostsEl).find((e) => e.localName === "Host");
    if (!host || host.getAttributeNS(NS_XSI, "type") !== "Document") {
      errors.push('VersionOverrides must have <Host xsi:type="Document">');
    }
    const tab = hostsEl && allElements(hostsEl).find((e) => e.localName === "OfficeTab");
    if (!tab || tab.getAttribute("id") !== "TabHome")
      errors.push('The ribbon group must be on <OfficeTab id="TabHome">');
    const controls = hostsEl ? allElements(hostsEl).filter((e) => e.localName === "Control") : [];
    const controlIds = new Set();
    for (const c of controls) {
      const cid = c.getAttribute("id");
      if (controlIds.has(cid)) errors.push(`Control id "${cid}" is used twice`);
      controlIds.add(cid);
      const action = first(c, "Action");
      if (!action) errors.push(`Control "${cid}" has no <Action>`);
      else if (action.getAttributeNS(NS_XSI, "type") === "ShowTaskpane" && !first(action, "SourceLocation")) {
        errors.push(`Control "${cid}" shows a task pane without a SourceLocation`);
      }
    }
    const showsPane = controls.some((c) => {
      const a = first(c, "Action");
      return a && a.getAttributeNS(NS_XSI, "type") === "ShowTaskpane";
    });
    if (!showsPane) errors.push("The ribbon needs a button whose Action is ShowTaskpane");
  }
  return errors;
}

function allElements(node) {
  const out = [];
  const walk = (n) => {
    for (const c of childElements(n)) {
      out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** Base URL a built manifest was written for: the directory of its SourceLocation. */
function baseUrlOf(xmlText) {
  const m = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xmlText);
  return m ? m[1].replace(/[^/]*$/, "") : undefined;
}

function runTool(args, timeoutMs) {
  const bin = path.resolve(__dirname, "..", "node_modules", ".bin", "office-addin-manifest");
  const res = spawnSync(bin, args, { encoding: "utf8", timeout: timeoutMs });
  return {
    status: res.status,
    timedOut: Boolean(res.error && res.error.code === "ETIMEDOUT"),
    output: `${res.stdout || ""}${res.stderr || ""}`,
  };
}

async function offlineParse(file) {
  const info = runTool(["info", file], 30000);
  if (info.status === 0) return { how: "office-addin-manifest info", ok: true, output: info.output.trim() };
  // The CLI also loads the JSON-manifest handler, which needs ajv 8; its XML parser alone does not.
  try {
    const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
    const parsed = await new ManifestHandlerXml(file).parseManifest();
    return {
      how: "office-addin-manifest XML parser (the info command could not load)",
      ok: Boolean(parsed.id && parsed.officeAppType),
      output: `id ${parsed.id}, type ${parsed.officeAppType}, hosts ${parsed.hosts}, source ${parsed.defaultSettings && parsed.defaultSettings.sourceLocation}`,
    };
  } catch (err) {
    return { how: "office-addin-manifest XML parser", ok: false, output: String(err && err.message) };
  }
}

async function validateFile(file, options) {
  const rel = path.relative(process.cwd(), file) || file;
  let ok = true;
  const online = runTool(["validate", file], 20000);
  const unreachable =
    online.timedOut ||
    /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|Cannot find module|fetch failed/i.test(online.output);
  if (!unreachable) {
    console.log(`${rel}: Microsoft online validation ran: ${online.status === 0 ? "valid" : "INVALID"}`);
    if (online.status !== 0) {
      console.log(online.output.trim());
      ok = false;
    }
  } else {
    const why = online.timedOut ? "timed out" : "could not run or reach the service";
    console.log(`${rel}: Microsoft online validation ${why}; running the offline validation instead.`);
    const parsed = await offlineParse(file);
    console.log(
      `${rel}: offline parse (${parsed.how}): ${parsed.ok ? "parsed" : "FAILED"}; ${parsed.output.split("\n")[0]}`,
    );
    if (!parsed.ok) ok = false;
  }
  const errors = checkManifest(fs.readFileSync(file, "utf8"), options);
  if (errors.length === 0) console.log(`${rel}: VBHC structural check ran: no errors.`);
  else {
    console.log(`${rel}: VBHC structural check ran: ${errors.length} error(s):`);
    for (const e of errors) console.log(`  - ${e}`);
    ok = false;
  }
  return ok;
}

async function main() {
  const root = path.resolve(__dirname, "..");
  const targets = [[path.join(root, "manifest.xml"), { baseDir: root, baseUrl: "https://localhost:3000/" }]];
  const built = path.join(root, "dist", "manifest.xml");
  if (fs.existsSync(built)) {
    targets.push([built, { baseDir: path.dirname(built), baseUrl: baseUrlOf(fs.readFileSync(built, "utf8")) }]);
  }
  let ok = true;
  for (const [file, options] of targets) ok = (await validateFile(file, options)) && ok;
  process.exit(ok ? 0 : 1);
}

module.exports = { checkManifest, pngSize, baseUrlOf };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
