#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx, then load the command.
import { register } from "tsx/esm/api";

register();
await import("../scripts/statusmark.ts");
