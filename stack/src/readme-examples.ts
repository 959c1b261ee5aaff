import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The README at the repository's root. */
export const README_PATH = join(__dirname, "..", "..", "README.md");

/** One ```graphql block of the README, with the JSON variables block that follows it. */
export interface ReadmeGraphqlBlock {
  /** The block's text: one or more named operations and their comments. */
  document: string;
  /** The ```json block right after it (only blank lines between), if there is one. */
  variables?: Record<string, unknown>;
  /** The block's first line in README.md, 1-based. */
  line: number;
}

/** One fenced block of the README. */
interface Fence {
  lang: string;
  body: string;
  line: number;
  /** Offsets of the fence in the text. */
  start: number;
  end: number;
}

function fences(readme: string): Fence[] {
  const found: Fence[] = [];
  for (const match of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const start = match.index ?? 0;
    const line = readme.slice(0, start).split("\n").length + 1;
    found.push({ lang: match[1], body: match[2], line, start, end: start + match[0].length });
  }
  return found;
}

/** Every ```graphql block of the README, in order. */
export function readmeGraphqlBlocks(readme = readFileSync(README_PATH, "utf8")): ReadmeGraphqlBlock[] {
  const all = fences(readme);
  return all.flatMap((fence, i) => {
    if (fence.lang !== "graphql") return [];
    const next = all[i + 1];
    const adjacent = next?.lang === "json" && readme.slice(fence.end, next.start).trim() === "";
    const variables = adjacent ? (JSON.parse(next.body) as Record<string, unknown>) : undefined;
    return [{ document: fence.body, variables, line: fence.line }];
  });
}

/** Every ```sh block of the README that calls the graph with curl, in order. */
export function readmeCurlScripts(readme = readFileSync(README_PATH, "utf8")): string[] {
  return fences(readme)
    .filter((fence) => fence.lang === "sh" && /^curl /m.test(fence.body))
    .map((fence) => fence.body);
}
