import type { WordAdapter } from "../word/adapter";

/** Key-value settings saved with the user (Office roaming settings where available, local storage otherwise). */
export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): Promise<void>;
}

/** What every tab receives from the shell. Tabs hold no rules: they call core and the adapter. */
export interface TabProps {
  adapter: WordAdapter;
  /** The user's profile settings (see settings.ts: localStorage in Word, which has no roaming settings). */
  settings: SettingsStore;
  /** Settings saved inside the open document (Office document settings), e.g. ignored findings. */
  documentSettings?: SettingsStore;
}
