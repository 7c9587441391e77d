import { describe, expect, it } from "vitest";
import { isMisspelling, isSubstitution, isThirdInstance, slotsOf, wordingOf } from "../../../src/core/history/templateSiblings";

const slots = (a: string, b: string) => slotsOf(wordingOf(a), wordingOf(b));
const third = (a: string, b: string, x: string) => isThirdInstance(slots(a, b), wordingOf(x));

describe("actions written from one template", () => {
  const NEGLECT = "Conduct a multi-agency audit of neglect cases.";
  const EXPLOITATION = "Conduct a multi-agency audit of child exploitation cases.";
  const ABUSE = "Conduct a multi-agency audit of domestic abuse cases.";

  it("finds where two wordings differ around the words they share in order", () => {
    expect(slots(NEGLECT, EXPLOITATION)).toEqual({
      shared: ["conduct", "multi", "agency", "audit", "cases"],
      slots: [{ a: [], b: [] }, { a: [], b: [] }, { a: [], b: [] }, { a: [], b: [] }, { a: ["neglect"], b: ["child", "exploitation"] }, { a: [], b: [] }],
      tailKnown: true,
    });
  });

  it("a third audit on a topic of its own shows two audits to be one template's", () => {
    expect(third(NEGLECT, EXPLOITATION, ABUSE)).toBe(true);
  });

  it("an action sharing a topic word is no third instance of an audit whose verb changed", () => {
    const carriedOut = "Carry out a multi-agency audit of neglect cases.";
    expect(third(NEGLECT, carriedOut, "Deliver briefings on neglect to school staff.")).toBe(false);
    expect(third(NEGLECT, carriedOut, ABUSE)).toBe(false);
  });

  it("a wording that only adds to the other, or moves a word, puts nothing in place of the other's", () => {
    expect(isSubstitution(slots(ABUSE, "Conduct a multi-agency audit of domestic abuse cases, including the voice of the child."))).toBe(false);
    expect(isSubstitution(slots("Receive and review Annual Report from IRO", "Receive and review the IRO Annual Report 2019-20 with the Corporate Parenting Committee"))).toBe(false);
    expect(isSubstitution(slots(NEGLECT, EXPLOITATION))).toBe(true);
  });

  it("a typo put right is no topic put for another", () => {
    expect(isSubstitution(slots("Conduct a multi-agency audit of neglcet cases.", NEGLECT))).toBe(false);
    expect(isSubstitution(slots("Deliver briefings on domestic abuses to school staff.", "Deliver briefings on domestic abuse to school staff."))).toBe(false);
    // Short words one letter apart are as often two words: "boys" is not "toys" mistyped.
    expect(isSubstitution(slots("Run sessions for boys aged 11 to 16.", "Run sessions for toys aged 11 to 16."))).toBe(true);
    expect(isSubstitution(slots(NEGLECT, "Conduct a multi-agency audit of conflict cases."))).toBe(true);
  });

  it("a typo is two letters swapped, a plural, or one letter out in a long word; a letter more or another in a short word is another word", () => {
    for (const [a, b] of [["neglcet", "neglect"], ["abuses", "abuse"], ["referral", "referrals"], ["accommodation", "acommodation"]]) expect(isMisspelling(a!, b!), `${a} ${b}`).toBe(true);
    for (const [a, b] of [["hotels", "hostels"], ["carers", "careers"], ["county", "country"], ["police", "policy"], ["fathers", "mothers"], ["mental", "dental"], ["patients", "parents"], ["addiction", "addition"]])
      expect(isMisspelling(a!, b!), `${a} ${b}`).toBe(false);
  });

  it("the third fills the place with words of its own, neither of the two's", () => {
    expect(third(NEGLECT, EXPLOITATION, "Conduct a multi-agency audit of neglect cases in schools.")).toBe(false);
  });

  it("what follows a wording's cut at 120 characters counts for nothing", () => {
    const cut = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);
    const review = (topic: string) => cut(`Review the multi-agency response for children at risk of ${topic} making recommendations for any additional processes`);
    expect(wordingOf(review("emotional abuse"))).toEqual({ words: ["review", "multi", "agency", "response", "children", "risk", "emotional", "abuse", "making", "recommendations", "additional"], cut: true });
    expect(third(review("emotional abuse"), review("sexual abuse"), review("Physical abuse"))).toBe(true);
  });
});
