/** Settings kept among the store's records, read and written the same way by every door. */
import type { Settings } from "../core/settings";
import type { StoreRecord } from "../core/store";
import { settingsInStore, storeWithSettings } from "../core/store";

interface Store {
  readStore(): Promise<StoreRecord[]>;
  writeStore(records: StoreRecord[]): Promise<void>;
}

/** The stored settings (defaults where none are stored); stored settings that do not parse give `problem`'s error. */
export async function storedSettings(door: Pick<Store, "readStore">, problem: (message: string) => Error): Promise<Settings> {
  const stored = settingsInStore(await door.readStore());
  if (!stored.ok) throw problem(stored.message);
  return stored.settings;
}

export async function storeSettings(door: Store, settings: Settings): Promise<void> {
  await door.writeStore(storeWithSettings(await door.readStore(), settings));
}
