/** Orders strings by UTF-16 code units, as ISO times and ids sort, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
