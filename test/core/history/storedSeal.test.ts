/** Seals written by earlier versions must still verify: a changed sealing text would make every stored report untrusted. */
import { describe, expect, it } from "vitest";
import { readSnapshot } from "../../../src/core/history/snapshot";
import { fingerprint } from "../../../src/core/history/fingerprint";

// Stored as an earlier version wrote it (keys in schema order, not sorted; non-Latin text and an emoji in titles).
const STORED =
  '{"version":1,"date":"2021-07-13","recordedAt":"2021-07-13T09:30:00.000Z","recordedBy":null,"staleDays":90,"index":[{"code":"B","name":"Blue","colour":"#0070C0","complete":true},{"code":"A","name":"Amber","colour":"#FFC000","complete":false}],"actions":[{"id":"a1","sheet":"Peer Review","row":5,"review":"Peer Review","ref":"1","category":"Leadership & Governance","rating":"Blue","complete":true,"due":"2019-12-31","updated":null,"stale":false,"overdue":false,"response":"0f3e1a2b9c8d7e6f","text":"1122334455667788","title":"Consider deputies on Strategic Group – “Chair” to agree…"},{"id":"a2","sheet":"Peer Review","row":6,"review":"Peer Review","ref":"2","category":"Learning","rating":"Amber","complete":false,"due":null,"updated":"2021-03-01","stale":true,"overdue":false,"response":"aaaaaaaaaaaaaaaa","text":"bbbbbbbbbbbbbbbb","title":"Revise the Learning and Improvement Framework 😀"}],"seal":"73e2aff92a2e7207"}';

describe("a snapshot stored by an earlier version", () => {
  it("is still trusted", () => {
    const read = readSnapshot(STORED, "13 July 2021");
    expect(read.ok).toBe(true);
  });

  it("is not trusted once one character of it is changed", () => {
    expect(readSnapshot(STORED.replace('"Amber","complete":false,"due"', '"Blue","complete":false,"due"'), "13 July 2021").ok).toBe(false);
  });

  it("keeps the fingerprints of text it had (a changed response is told by them)", () => {
    expect(fingerprint("")).toBe("811c9dc5050c5d1f");
    expect(fingerprint("Deputies now attend.")).toBe("9767aeb8a3f58952");
    expect(fingerprint("Ymateb – 回应 😀")).toBe("0ce9b0e346f553b9");
  });
});
