/**
 * The spec's descriptions cite their sources as bare URLs ("See https://platform.claude.com/…"),
 * which Redoc's Markdown prints as text. In the docs copy every bare URL in a `description`
 * becomes a Markdown link; URLs already inside a link, an autolink or code are left alone.
 */
type Json = unknown;

// A URL that is not already the target of `](`, an autolink `<…>` or part of a word; it ends
// before whitespace, a closing bracket or quote, and trailing sentence punctuation is not part of it.
const bareUrl = /(?<!\]\(|<|[\w/])https?:\/\/[^\s<>()[\]"'`]+/g;

export function linkUrls(markdown: string): string {
  // Code spans and fenced blocks keep their text as it is.
  return markdown
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(bareUrl, (match) => {
            const url = match.replace(/[.,;:!?]+$/, "");
            return `[${url}](${url})${match.slice(url.length)}`;
          }),
    )
    .join("");
}

/** Every `description` string in the document, at any depth, with its URLs linked. */
export function linkDescriptions<T extends Json>(node: T): T {
  if (Array.isArray(node)) return node.map(linkDescriptions) as T;
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "description" && typeof value === "string" ? linkUrls(value) : linkDescriptions(value);
  }
  return out as T;
}
