// A worker of checkIncidentFiles: checks chunks of files until none is left.
import { parentPort, workerData } from "node:worker_threads";
import { checkChunks, type CheckWork } from "./check-chunks.ts";

checkChunks(workerData as CheckWork, (start, results) =>
  parentPort!.postMessage({ start, results }),
);
parentPort!.postMessage("done");
