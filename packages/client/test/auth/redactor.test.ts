/** The one redaction rule (client and conformance runner): fragments and encodings of a key. */
import { describe, expect, it } from "vitest";
import { createRedactor, minFragment } from "../../src/auth/redactor.ts";

const key = "sk-ant-api03-Zq7Lw2Xv9Rk4Tn8Mb1Hc6Yd3Fg5Js0Pa-Ue2Wo9Ki4Ql7Rz_AAAA";
const redactorFor = (...secrets: string[]) => {
  const redactor = createRedactor();
  for (const secret of secrets) redactor.add(secret);
  return redactor;
};

const bytes = (text: string) => new TextEncoder().encode(text);
const b64 = (data: Uint8Array) => btoa(String.fromCharCode(...data));

describe("the redaction rule", () => {
  const redactor = redactorFor(key);
  const leaks = (text: string) => {
    const out = redactor.redact(text);
    // No window of the key (or of its tail past the sk-ant- prefix) is left.
    for (let i = 0; i + minFragment <= key.length; i++) if (out.includes(key.slice(i, i + minFragment))) return out;
    return null;
  };

  it("masks the whole key and every fragment of 8 characters or more, wherever it sits", () => {
    expect(redactor.redact(`a ${key} b`)).toBe("a [redacted] b");
    for (const [from, length] of [[20, 30], [13, 8], [40, 12], [key.length - 8, 8]] as const) {
      const fragment = key.slice(from, from + length);
      expect(redactor.redact(`x ${fragment} y`)).toBe("x [redacted] y");
    }
    // Shorter than 8: not a secret by the rule (ordinary words must survive).
    expect(redactor.redact(`x ${key.slice(20, 27)} y`)).toBe(`x ${key.slice(20, 27)} y`);
  });

  it("masks the key split by CR/LF, or with fragments next to each other", () => {
    expect(leaks(`${key.slice(0, 30)}\r\n${key.slice(30)}`)).toBeNull();
    expect(leaks(`${key.slice(40, 60)}${key.slice(10, 30)}`)).toBeNull();
  });

  it("masks its JSON-escaped, URL-encoded and base64 forms", () => {
    const odd = "key-with\r\nline\"break/and+plus&amp;=x";
    const r = redactorFor(odd);
    const forms = [
      JSON.stringify(odd).slice(1, -1),
      encodeURIComponent(odd),
      Buffer.from(odd).toString("base64"),
      Buffer.from(odd).toString("base64url"),
    ];
    for (const form of forms) {
      const out = r.redact(`echo: ${form} end`);
      expect(out, form).toContain("[redacted]");
      // What is left of the form is shorter than a fragment.
      expect(out.replace("echo: ", "").replace(" end", "").replace(/\[redacted\]/g, "").length, form).toBeLessThan(minFragment);
    }
    expect(r.redact(JSON.stringify({ echoed: { deeper: odd } }))).toBe('{"echoed":{"deeper":"[redacted]"}}');
  });

  it("masks the key base64-encoded inside a longer value at every alignment (a Basic header)", () => {
    for (const user of ["", "u", "us", "use", "user:"]) {
      const header = `Basic ${b64(bytes(`${user}:${key}`))}`;
      const out = redactor.redact(header);
      expect(out, user).toContain("[redacted]");
      expect(out.length, user).toBeLessThan(30);
    }
  });

  it("leaves text without secrets untouched and ignores values too short to be secrets", () => {
    expect(redactor.redact("an ordinary message with request-id req_0123456789abcdef")).toBe("an ordinary message with request-id req_0123456789abcdef");
    const short = redactorFor("abc1234");
    expect(short.redact("abc1234")).toBe("abc1234");
  });

  it("masks a whole secret that looks like a word, but not a word it shares with the text", () => {
    // A test key made of words: its fragments are left alone below 16 characters (they are
    // as likely to be ordinary words), the key itself never is.
    const r = redactorFor("gateway_secret", "sk-ant-upstream-gateway-key");
    expect(r.redact("key=gateway_secret;")).toBe("key=[redacted];");
    expect(r.redact("the gateway_secrets list")).toBe("the [redacted]s list");
    expect(r.redact("an upstream-gate error")).toBe("an upstream-gate error");
    expect(r.redact("sk-ant-upstream-gateway-key")).toBe("[redacted]");
    // Underscores count as word characters, as dashes do.
    expect(r.redact("see gateway_secr")).toBe("see gateway_secr");
  });
});
