/**
 * Redocly CLI 2.x prints a boxed "Node.js 20 support is ending" notice on every run under
 * Node 20 (its entry point, before any command). No option, config key or environment
 * variable turns it off: `REDOCLY_SUPPRESS_NOTIFICATIONS` and `REDOCLY_SUPPRESS_UPDATE_NOTICE`
 * only gate the update notice (checked in @redocly/cli 2.77.0's lib/index.js). So the one
 * box whose heading is that notice is taken out of its stderr, and nothing else: every
 * other line, warnings and errors included, passes through unchanged.
 */
const heading = "Node.js 20 support is ending";
const boxTop = /^\s*╔═+╗\s*$/;
const boxBottom = /^\s*╚═+╝\s*$/;

/** A line filter: give it stderr line by line (each with its "\n"), write what it returns. */
export function createBannerFilter(): { line(text: string): string; end(): string } {
  let held: string[] | undefined;
  return {
    line(text) {
      if (held) {
        held.push(text);
        if (!boxBottom.test(text)) return "";
        const box = held.join("");
        held = undefined;
        return box.includes(heading) ? "" : box;
      }
      if (boxTop.test(text)) {
        held = [text];
        return "";
      }
      return text;
    },
    end() {
      const rest = held?.join("") ?? "";
      held = undefined;
      return rest;
    },
  };
}

/** The same filter over a whole captured stderr (for error messages). */
export function withoutNode20Banner(stderr: string): string {
  const filter = createBannerFilter();
  let out = "";
  for (const line of stderr.split(/(?<=\n)/)) out += filter.line(line);
  return out + filter.end();
}
