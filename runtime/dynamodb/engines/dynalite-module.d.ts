/** The part of dynalite's (untyped) API the runtime uses. */
declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    /** LevelDB directory; in memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }

  /** An HTTP server whose close() also closes the LevelDB store. */
  export default function dynalite(options?: DynaliteOptions): Server;
}
