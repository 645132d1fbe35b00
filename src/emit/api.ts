import type { History } from "../model/types.ts";
import { headersFile } from "./headers.ts";
import type { LazyOutputFile, OutputFile } from "../write/output-file.ts";
import { emitV1 } from "./v1/index.ts";
import { emitV2 } from "./v2/index.ts";

/** Every JSON API file of a build (native `api/v1/`, Statuspage-compatible `api/v2/`) and `_headers`. */
export function emitApi(history: History): (OutputFile | LazyOutputFile)[] {
  return [...emitV1(history), ...emitV2(history), headersFile()];
}
