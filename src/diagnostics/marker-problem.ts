import { code } from "./quote.ts";

/** One thing wrong with a near-miss update marker, as data; `markerFixes` words it. */
export type MarkerProblem =
  | { kind: "word"; word: string }
  | { kind: "bold" }
  | { kind: "colon"; separator: "-" | "" }
  | { kind: "meridiem"; written: string; time: string }
  | { kind: "parentheses" }
  | { kind: "utc"; zone: string }
  | { kind: "convert"; written: string; utc: string }
  | { kind: "no-zone"; time: string }
  | {
      kind: "summer-time";
      zone: string;
      /** Who keeps the zone: `Central European`. */
      area: string;
      /** The zone's offset and the one in force that day, as `+01:00`. */
      offset: string;
      actual: string;
      date: string;
      /** The marker read as local time, and as the zone it names. */
      asLocal: string;
      asZone: string;
    }
  | { kind: "ambiguous-zone"; zone: string }
  | { kind: "no-date"; written: string }
  | { kind: "invalid-time"; written: string };

/** A replacement that makes a diagnostic go away: `actual`, at the given place, becomes `expected`. */
export interface TextFix {
  line: number;
  column: number;
  actual: string;
  expected: string;
}

/** The fixes a near-miss marker needs, in one clause: `write \`EDIT\` in capitals and add the colon`. */
export function markerFixes(problems: readonly MarkerProblem[]): string {
  const phrases = problems.map(phrase);
  return phrases.length < 2
    ? (phrases[0] ?? "")
    : `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}

function phrase(problem: MarkerProblem): string {
  switch (problem.kind) {
    case "word":
      return problem.word.toUpperCase() === "EDIT"
        ? "write `EDIT` in capitals"
        : `write \`EDIT\` for ${code(problem.word)}`;
    case "bold":
      return "drop the bold";
    case "colon":
      return problem.separator === "" ? "add the colon" : "write a colon for `-`";
    case "meridiem":
      return `use 24-hour time (${code(problem.written)} is ${code(problem.time)})`;
    case "parentheses":
      return "write `UTC` without parentheses";
    case "utc":
      return `write \`UTC\` for ${code(problem.zone)}`;
    case "convert":
      return `convert ${code(problem.written)} to UTC (${code(problem.utc)})`;
    case "no-zone":
      return `write \`UTC\` after the time if ${code(problem.time)} is UTC, else convert it to UTC first`;
    case "summer-time":
      return (
        `convert it to UTC yourself: ${code(problem.zone)} is UTC${problem.offset}, but ${problem.area} clocks were at UTC${problem.actual} on ${problem.date}, ` +
        `so write ${code(`EDIT ${problem.asLocal} UTC:`)} if it was local time there, ${code(`EDIT ${problem.asZone} UTC:`)} if it was UTC${problem.offset}`
      );
    case "ambiguous-zone":
      return `convert the time to UTC: ${code(problem.zone)} names more than one zone`;
    case "no-date":
      return `convert ${code(problem.written)} to UTC with its date, as \`EDIT YYYY-MM-DD hh:mm UTC:\``;
    case "invalid-time":
      return `write a real time (${code(problem.written)} is not one)`;
  }
}
