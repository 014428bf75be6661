import { createContext, useContext } from 'react';
import type { LoadedConfig } from '../lib/runtime-config';

export const ConfigContext = createContext<LoadedConfig | null>(null);

/** The runtime configuration the app started with. */
export function useConfig(): LoadedConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig needs a ConfigContext provider');
  return config;
}
