import { describe, expect, it } from "vitest";
import { sheetNameLabel } from "../../src/taskpane/sheetNameLabel";

describe("a sheet's name as the pane shows it", () => {
  it("shows and says the spaces at its ends where another name differs from it only by them", () => {
    const names = ["Leo", "Leo ", "  LEO ", "Peer Review"];
    expect(sheetNameLabel("Leo ", names)).toEqual({ shown: "Leo\u2423", note: "(ends with a space)", spoken: "Leo (ends with a space)" });
    expect(sheetNameLabel("  LEO ", names)).toEqual({ shown: "\u2423\u2423LEO\u2423", note: "(begins with 2 spaces and ends with a space)", spoken: "LEO (begins with 2 spaces and ends with a space)" });
    // The name without end spaces is told from the others by their notes.
    expect(sheetNameLabel("Leo", names)).toEqual({ shown: "Leo", spoken: "Leo" });
  });

  it("leaves a name as it is where no other differs from it only by end spaces, as a tab shows it", () => {
    expect(sheetNameLabel("Leo ", ["Leo ", "Peer Review"])).toEqual({ shown: "Leo ", spoken: "Leo " });
    expect(sheetNameLabel("Peer Review", ["Leo", "Leo ", "Peer Review"])).toEqual({ shown: "Peer Review", spoken: "Peer Review" });
  });
});
