/** Why a .docx could not be read; the code is also the `error.code` of `vbhc check --format json`. */
export type DocxReadErrorCode =
  "empty" | "not-docx" | "corrupt" | "old-doc" | "encrypted" | "too-large" | "unsafe-xml" | "too-complex" | "encoding";

export class DocxReadError extends Error {
  constructor(
    readonly code: DocxReadErrorCode,
    readonly english: string,
    readonly vietnamese: string,
  ) {
    super(english);
    this.name = "DocxReadError";
  }
}

export const corruptDocx = (detail: string, vietnameseDetail = detail): DocxReadError =>
  new DocxReadError(
    "corrupt",
    `The file is not a valid .docx document (${detail}).`,
    `Tệp không phải là văn bản .docx hợp lệ (${vietnameseDetail}).`,
  );

export const megabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
