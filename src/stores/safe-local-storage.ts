/**
 * localStorage for zustand's persist middleware that never throws at start:
 * unreadable JSON, or a value without persist's { state } envelope, is
 * treated as corrupt: removed, and remembered so the store can say so.
 */
import type { StateStorage } from 'zustand/middleware';

export interface SafeLocalStorage {
  storage: StateStorage;
  /** True when the last read found a corrupt value (and removed it). */
  wasCorrupt: () => boolean;
}

/** Creates the wrapper; `onRead` runs before each read so a store can reset its own flags. */
export function createSafeLocalStorage(onRead: () => void = () => undefined): SafeLocalStorage {
  let corrupt = false;
  const storage: StateStorage = {
    getItem: (name) => {
      corrupt = false;
      onRead();
      const text = window.localStorage.getItem(name);
      if (text === null) return null;
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) return text;
      } catch {
        // Falls through: unreadable JSON is corrupt, like a value of the wrong shape.
      }
      corrupt = true;
      window.localStorage.removeItem(name);
      return null;
    },
    setItem: (name, value) => window.localStorage.setItem(name, value),
    removeItem: (name) => window.localStorage.removeItem(name),
  };
  return { storage, wasCorrupt: () => corrupt };
}
