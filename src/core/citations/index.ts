/** The citation module's public API: grammar, formatting, catalogs, search and check rules. */
export * from "./text";
export * from "./symbol";
export * from "./mentions";
export * from "./format";
export * from "./catalog-schema";
export * from "./catalog";
export * from "./national";
export * from "./org-catalog";
export * from "./search";
export * from "./typed-symbol";
export { headerDate } from "../structure/header-date";
export { CITATION_RULES } from "./check-rules";
