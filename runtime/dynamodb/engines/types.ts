/** A running DynamoDB engine. */
export interface RunningEngine {
  /** Its URL, on loopback, e.g. `http://127.0.0.1:45123`. */
  endpoint: string;
  /** Stops it; for dynalite, after LevelDB is flushed and closed. */
  close(): Promise<void>;
}
