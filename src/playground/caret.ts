/**
 * Between the browser's selection in the rendered document and the fake host's model: a DOM point
 * (node, offset) ↔ a paragraph index and a character offset. The renderer marks each paragraph with
 * data-paragraph; text nodes count their characters, a line-break <br> counts one, the <br> that only
 * holds an empty paragraph open (data-empty) counts none.
 */
import type { PointInfo } from "../word/fake/model";

const PARA = "[data-paragraph]";

function isCountedBr(node: Node): boolean {
  return node.nodeName === "BR" && !(node as Element).hasAttribute("data-empty");
}

/** Characters of the paragraph before `target` (a node inside it), in document order. */
function charsBefore(para: Element, target: Node): number {
  let count = 0;
  const walker = para.ownerDocument.createTreeWalker(para, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === target) return count;
    if (n.nodeType === Node.TEXT_NODE) {
      // Text inside a node that contains target cannot come before it; text nodes have no children.
      count += (n.nodeValue ?? "").length;
    } else if (isCountedBr(n)) count += 1;
  }
  return count;
}

function textLength(node: Node): number {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? "").length;
  if (isCountedBr(node)) return 1;
  let n = 0;
  node.childNodes.forEach((c) => (n += textLength(c)));
  return n;
}

/** The model point of a DOM point inside the document root, or undefined when it is outside any paragraph. */
export function pointFromDom(root: Element, node: Node, offset: number): PointInfo | undefined {
  if (!root.contains(node)) return undefined;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const para = el?.closest(PARA);
  const index = (p: Element): number => Number(p.getAttribute("data-paragraph"));
  if (para && root.contains(para)) {
    if (node.nodeType === Node.TEXT_NODE) return { paragraph: index(para), offset: charsBefore(para, node) + offset };
    const child = node.childNodes[offset];
    if (child) return { paragraph: index(para), offset: charsBefore(para, child) };
    return { paragraph: index(para), offset: charsBefore(para, node) + textLength(node) };
  }
  // Between paragraphs (in a table cell, or the page): the paragraph after the point, else the one before it.
  const children = [...node.childNodes];
  for (const c of children.slice(offset)) {
    const p =
      c.nodeType === Node.ELEMENT_NODE
        ? (c as Element).matches(PARA)
          ? (c as Element)
          : (c as Element).querySelector(PARA)
        : null;
    if (p) return { paragraph: index(p), offset: 0 };
  }
  for (const c of children.slice(0, offset).reverse()) {
    if (c.nodeType !== Node.ELEMENT_NODE) continue;
    const all = (c as Element).matches(PARA) ? [c as Element] : [...(c as Element).querySelectorAll(PARA)];
    const p = all[all.length - 1];
    if (p) return { paragraph: index(p), offset: textLength(p) };
  }
  return undefined;
}

/** The DOM point of a model point, or undefined when the paragraph is not rendered. */
export function domFromPoint(root: Element, point: PointInfo): { node: Node; offset: number } | undefined {
  const para = root.querySelector(`[data-paragraph="${point.paragraph}"]`);
  if (!para) return undefined;
  let left = point.offset;
  const walker = para.ownerDocument.createTreeWalker(para, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let lastText: Text | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const len = (n.nodeValue ?? "").length;
      if (left <= len) return { node: n, offset: left };
      left -= len;
      lastText = n as Text;
    } else if (isCountedBr(n)) {
      const parent = n.parentNode;
      if (!parent) continue;
      const at = [...parent.childNodes].indexOf(n as ChildNode);
      if (left === 0) return { node: parent, offset: at };
      left -= 1;
      if (left === 0) return { node: parent, offset: at + 1 };
    }
  }
  if (lastText) return { node: lastText, offset: (lastText.nodeValue ?? "").length };
  return { node: para, offset: 0 };
}
