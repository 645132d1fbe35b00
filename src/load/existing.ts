import { lstat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/**
 * Which of `paths` (relative to `root`) are already taken: the file exists,
 * or a folder on its way (`root` included) is a file. In the order given.
 */
export async function takenPaths(root: string, paths: readonly string[]): Promise<string[]> {
  const taken: string[] = [];
  const folders = new Set<string>();
  for (const path of paths)
    for (let dir = dirname(join(root, path)); ; dir = dirname(dir)) {
      folders.add(dir);
      if (relative(root, dir) === "" || dir === dirname(dir)) break;
    }
  const kind = (path: string) =>
    lstat(path).then(
      (s) => (s.isDirectory() ? "folder" : "file"),
      () => null,
    );
  for (const folder of folders) if ((await kind(folder)) === "file") taken.push(folder);
  for (const path of paths)
    if ((await kind(join(root, path))) !== null) taken.push(join(root, path));
  return taken;
}
