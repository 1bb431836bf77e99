import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvValue, csvField, neutraliseFormula, toCsv } from "./csv.ts";

/**
 * A reader written from RFC 4180 section 2 alone, independent of the writer: records end with
 * CRLF, fields are split by commas, a field starting with a quote runs to the next lone quote
 * and "" inside it is one quote. Throws on anything the grammar does not allow.
 */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= text.length) throw new Error("unclosed quote");
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i += 1;
              break;
            }
          } else {
            field += text[i];
            i += 1;
          }
        }
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\r") {
          if (text[i] === '"' || text[i] === "\n") throw new Error(`bare ${text[i]} at ${i}`);
          field += text[i];
          i += 1;
        }
      }
      record.push(field);
      if (text[i] === ",") {
        i += 1;
        continue;
      }
      if (text.slice(i, i + 2) !== "\r\n") throw new Error(`expected CRLF at ${i}`);
      i += 2;
      break;
    }
    records.push(record);
  }
  return records;
}

describe("neutraliseFormula", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tindented", "'\tindented"],
    ["\rreturn", "'\rreturn"],
    ["plain", "plain"],
    ["a=b", "a=b"],
    [" =not first", " =not first"],
    ["", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe("csvField", () => {
  it.each<[CsvValue, string]>([
    ["Django", "Django"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["=1+1,2", '"\'=1+1,2"'],
    ['-"x"', '"\'-""x"""'],
    [5, "5"],
    [-3, "-3"],
    [72.5, "72.5"],
    [Number.NaN, ""],
  ])("%j is written %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("ends every record, the last one too, with CRLF", () => {
    expect(
      toCsv([
        ["Framework", "Fit"],
        ["Alpha", 72],
      ]),
    ).toBe("Framework,Fit\r\nAlpha,72\r\n");
  });

  it("writes nothing for no records", () => {
    expect(toCsv([])).toBe("");
  });

  it("is read back cell for cell by an RFC 4180 reader, formulas neutralised", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({
        unit: fc.constantFrom(",", '"', "\r", "\n", "=", "+", "-", "@", "\t", "a", " "),
      }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(records, (rows) => {
        const expected = rows.map((row) =>
          row.map((value) =>
            typeof value === "number" ? String(value) : neutraliseFormula(value),
          ),
        );
        expect(parseRfc4180(toCsv(rows))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
