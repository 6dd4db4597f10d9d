/** Templates as data: the schema, the registry and the whole-document builder. */
export { parseTemplate, type Template } from "./schema";
export {
  buildDocument,
  createTemplateRegistry,
  resolveInput,
  type BuiltDocument,
  type DocumentFields,
  type TemplateRegistry,
} from "./build";
