/** jest's jsdom environment hides Node's structuredClone, which the fake Word host uses; v8's serializer clones the same way. */
import { deserialize, serialize } from "v8";

const g = globalThis as unknown as { structuredClone?: <T>(v: T) => T };
if (!g.structuredClone) g.structuredClone = <T>(v: T): T => deserialize(serialize(v)) as T;
export {};
