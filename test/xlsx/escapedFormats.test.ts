import { describe, expect, it } from "vitest";
import { escapesDoubled } from "../../src/xlsx/escapedFormats";

describe("number formats' backslashes doubled for ExcelJS, which removes one of each pair", () => {
  it("doubles each backslash of a format code, in either quote and in a differential format's too", () => {
    const styles = `<numFmts count="2"><numFmt numFmtId="164" formatCode="\\d\\u\\e\\ h:mm"/><numFmt numFmtId='165' formatCode='dd\\/mm\\/yyyy'/></numFmts><dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="0\\%"/></dxf></dxfs>`;
    expect(escapesDoubled(styles)).toBe(
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="\\\\d\\\\u\\\\e\\\\ h:mm"/><numFmt numFmtId='165' formatCode='dd\\\\/mm\\\\/yyyy'/></numFmts><dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="0\\\\%"/></dxf></dxfs>`,
    );
  });

  it("a backslash written as text (two in the code) is doubled too, so ExcelJS keeps the pair", () => {
    expect(escapesDoubled(`<numFmt numFmtId="164" formatCode="0\\\\"/>`)).toBe(`<numFmt numFmtId="164" formatCode="0\\\\\\\\"/>`);
  });

  it("leaves a styles part with no backslash in a format code as it is (null: nothing to give ExcelJS anew)", () => {
    expect(escapesDoubled(`<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts><font><name val="A\\B"/></font></fonts>`)).toBeNull();
    expect(escapesDoubled(`<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Due&quot; h:mm"/></numFmts>`)).toBeNull();
  });
});
