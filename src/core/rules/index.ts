export * from "./references";
export * from "./fixed-strings";
export * from "./signing";
export * from "./document-types";
export * from "./formats";
export * from "./page-setup";
export * from "./dates";
export * from "./sequences";
