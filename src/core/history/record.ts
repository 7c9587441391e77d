/** Recording a snapshot, and keeping the list of snapshots in the workbook's store. */
import type { Analysis } from "../model";
import type { StoreRecord } from "../store";
import { assignIds } from "./matching";
import { SNAPSHOT_KIND, readSnapshot, sealSnapshot, snapshotActions, type Snapshot, type SnapshotMeta } from "./snapshot";
import { formatLongDate } from "../longDate";

/** The state of every action now, with identities carried over from the previous snapshot. */
export function recordSnapshot(analysis: Analysis, meta: SnapshotMeta, previous?: Snapshot): Snapshot {
  return sealSnapshot({
    version: 1,
    date: meta.date,
    recordedAt: meta.recordedAt,
    recordedBy: meta.recordedBy,
    staleDays: analysis.staleDays,
    index: analysis.index.entries.map((e) => ({ code: e.code, name: e.name, colour: e.colour, complete: e.complete })),
    actions: assignIds(previous?.actions ?? [], snapshotActions(analysis)),
  });
}

export interface StoredSnapshots {
  /** Readable snapshots, oldest first. */
  snapshots: Snapshot[];
  /** One sentence per stored snapshot that could not be read. */
  problems: string[];
}

export function storedSnapshots(records: StoreRecord[]): StoredSnapshots {
  const snapshots: Snapshot[] = [];
  const problems: string[] = [];
  for (const r of records) {
    if (r.kind !== SNAPSHOT_KIND) continue;
    const read = readSnapshot(r.json, /^\d{4}-\d{2}-\d{2}$/.test(r.id) ? formatLongDate(r.id) : r.id);
    if (read.ok) snapshots.push(read.snapshot);
    else problems.push(read.message);
  }
  snapshots.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { snapshots, problems };
}

/** The latest snapshot dated before `date`, to carry identities from. */
export function previousSnapshot(snapshots: Snapshot[], date: string): Snapshot | undefined {
  return snapshots.filter((s) => s.date < date).at(-1);
}

/** Store records with this snapshot added; one snapshot per reporting date, so the same date replaces. */
export function withSnapshot(records: StoreRecord[], snapshot: Snapshot): StoreRecord[] {
  const others = records.filter((r) => !(r.kind === SNAPSHOT_KIND && r.id === snapshot.date));
  return [...others, { kind: SNAPSHOT_KIND, id: snapshot.date, json: JSON.stringify(snapshot) }];
}

export function withoutSnapshot(records: StoreRecord[], date: string): StoreRecord[] {
  return records.filter((r) => !(r.kind === SNAPSHOT_KIND && r.id === date));
}
