/**
 * The versioned schema of the store, for SQLite and PostgreSQL. The same text is published as
 * `sql/<dialect>/<version>_<name>.sql` in the package (written by `npm run sql`, checked by a test),
 * so systems in other languages can create or read the tables.
 */

/** One versioned migration: applied once, in order, recorded in `store_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

const sqliteInitial = `-- Streams: one row per area process, with the current stream version.
CREATE TABLE streams (
  process_id  TEXT PRIMARY KEY,
  version     INTEGER NOT NULL CHECK (version >= 0),
  template    TEXT NOT NULL,
  settings    TEXT NOT NULL,
  started_at  TEXT NOT NULL
);

-- Events: every accepted event, append-only, numbered 1, 2, 3, ... per process.
CREATE TABLE events (
  process_id       TEXT NOT NULL REFERENCES streams (process_id),
  version          INTEGER NOT NULL CHECK (version >= 1),
  type             TEXT NOT NULL,
  occurred_at      TEXT NOT NULL,
  idempotency_key  TEXT,
  event            TEXT NOT NULL,
  entry            TEXT NOT NULL,
  PRIMARY KEY (process_id, version),
  UNIQUE (process_id, idempotency_key)
);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

-- Rejected attempts: events the process refused, kept apart for the audit.
CREATE TABLE rejected_events (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  process_id      TEXT NOT NULL REFERENCES streams (process_id),
  stream_version  INTEGER NOT NULL,
  attempted_at    TEXT,
  event           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  entry           TEXT
);

CREATE TRIGGER rejected_events_no_update BEFORE UPDATE ON rejected_events
BEGIN
  SELECT RAISE(ABORT, 'rejected events are append-only');
END;

CREATE TRIGGER rejected_events_no_delete BEFORE DELETE ON rejected_events
BEGIN
  SELECT RAISE(ABORT, 'rejected events are append-only');
END;

-- Snapshots: a cache of the process state after \`version\` events; never the source of truth.
CREATE TABLE snapshots (
  process_id      TEXT NOT NULL REFERENCES streams (process_id),
  version         INTEGER NOT NULL,
  schema_version  INTEGER NOT NULL,
  body            TEXT NOT NULL,
  checksum        TEXT NOT NULL,
  PRIMARY KEY (process_id, version)
);

-- Read model: one row per process for dashboards, updated in the same transaction as the append.
CREATE TABLE process_overview (
  process_id          TEXT PRIMARY KEY REFERENCES streams (process_id),
  version             INTEGER NOT NULL,
  area_id             TEXT,
  province_ids        TEXT NOT NULL,
  template_id         TEXT NOT NULL,
  step                TEXT NOT NULL,
  status              TEXT NOT NULL,
  steps_closed        INTEGER NOT NULL,
  step_count          INTEGER NOT NULL,
  progress            REAL NOT NULL,
  next_ijkmomenten    TEXT NOT NULL,
  open_knelpunten     TEXT NOT NULL,
  open_knelpunt_count INTEGER NOT NULL,
  next_due_at         TEXT,
  last_event_at       TEXT NOT NULL
);

CREATE TABLE process_provinces (
  process_id   TEXT NOT NULL REFERENCES streams (process_id),
  province_id  TEXT NOT NULL,
  PRIMARY KEY (province_id, process_id)
);

CREATE INDEX process_overview_step ON process_overview (step, status);
CREATE INDEX process_overview_due ON process_overview (next_due_at);

-- Documents: by kind, id and version; append-only.
CREATE TABLE documents (
  kind            TEXT NOT NULL,
  id              TEXT NOT NULL,
  version         INTEGER NOT NULL CHECK (version >= 1),
  schema_version  INTEGER NOT NULL,
  process_id      TEXT,
  stored_at       TEXT NOT NULL,
  body            TEXT NOT NULL,
  PRIMARY KEY (kind, id, version)
);

CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
BEGIN
  SELECT RAISE(ABORT, 'documents are append-only');
END;

CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
  SELECT RAISE(ABORT, 'documents are append-only');
END;
`;

const postgresInitial = `-- Streams: one row per area process, with the current stream version.
CREATE TABLE streams (
  process_id  TEXT PRIMARY KEY,
  version     INTEGER NOT NULL CHECK (version >= 0),
  template    TEXT NOT NULL,
  settings    TEXT NOT NULL,
  started_at  TEXT NOT NULL
);

-- Events: every accepted event, append-only, numbered 1, 2, 3, ... per process.
CREATE TABLE events (
  process_id       TEXT NOT NULL REFERENCES streams (process_id),
  version          INTEGER NOT NULL CHECK (version >= 1),
  type             TEXT NOT NULL,
  occurred_at      TEXT NOT NULL,
  idempotency_key  TEXT,
  event            TEXT NOT NULL,
  entry            TEXT NOT NULL,
  PRIMARY KEY (process_id, version),
  UNIQUE (process_id, idempotency_key)
);

CREATE FUNCTION store_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION store_refuse_change();

-- Rejected attempts: events the process refused, kept apart for the audit.
CREATE TABLE rejected_events (
  id              BIGSERIAL PRIMARY KEY,
  process_id      TEXT NOT NULL REFERENCES streams (process_id),
  stream_version  INTEGER NOT NULL,
  attempted_at    TEXT,
  event           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  entry           TEXT
);

CREATE TRIGGER rejected_events_append_only BEFORE UPDATE OR DELETE ON rejected_events
  FOR EACH ROW EXECUTE FUNCTION store_refuse_change();

-- Snapshots: a cache of the process state after "version" events; never the source of truth.
CREATE TABLE snapshots (
  process_id      TEXT NOT NULL REFERENCES streams (process_id),
  version         INTEGER NOT NULL,
  schema_version  INTEGER NOT NULL,
  body            TEXT NOT NULL,
  checksum        TEXT NOT NULL,
  PRIMARY KEY (process_id, version)
);

-- Read model: one row per process for dashboards, updated in the same transaction as the append.
CREATE TABLE process_overview (
  process_id          TEXT PRIMARY KEY REFERENCES streams (process_id),
  version             INTEGER NOT NULL,
  area_id             TEXT,
  province_ids        TEXT NOT NULL,
  template_id         TEXT NOT NULL,
  step                TEXT NOT NULL,
  status              TEXT NOT NULL,
  steps_closed        INTEGER NOT NULL,
  step_count          INTEGER NOT NULL,
  progress            DOUBLE PRECISION NOT NULL,
  next_ijkmomenten    TEXT NOT NULL,
  open_knelpunten     TEXT NOT NULL,
  open_knelpunt_count INTEGER NOT NULL,
  next_due_at         TEXT,
  last_event_at       TEXT NOT NULL
);

CREATE TABLE process_provinces (
  process_id   TEXT NOT NULL REFERENCES streams (process_id),
  province_id  TEXT NOT NULL,
  PRIMARY KEY (province_id, process_id)
);

CREATE INDEX process_overview_step ON process_overview (step, status);
CREATE INDEX process_overview_due ON process_overview (next_due_at);

-- Documents: by kind, id and version; append-only.
CREATE TABLE documents (
  kind            TEXT NOT NULL,
  id              TEXT NOT NULL,
  version         INTEGER NOT NULL CHECK (version >= 1),
  schema_version  INTEGER NOT NULL,
  process_id      TEXT,
  stored_at       TEXT NOT NULL,
  body            TEXT NOT NULL,
  PRIMARY KEY (kind, id, version)
);

CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION store_refuse_change();
`;

const sqliteCompressedSnapshots = `-- Snapshots stored compressed. \`encoding\` tells how a row holds the snapshot's JSON:
--   'gzip': \`data\` holds the UTF-8 JSON compressed with gzip (RFC 1952; one or more members, read
--           them in order as one stream) and \`checksum\` is the SHA-256 of those stored bytes;
--   'json': \`body\` holds the JSON as text and \`checksum\` is the SHA-256 of that text (every row
--           written before this migration).
-- SQLite cannot drop NOT NULL from a column, so the table is rebuilt and its rows copied as 'json'.
CREATE TABLE snapshots_compressed (
  process_id      TEXT NOT NULL REFERENCES streams (process_id),
  version         INTEGER NOT NULL,
  schema_version  INTEGER NOT NULL,
  body            TEXT,
  checksum        TEXT NOT NULL,
  encoding        TEXT NOT NULL DEFAULT 'json',
  data            BLOB,
  PRIMARY KEY (process_id, version),
  CHECK ((encoding = 'json' AND body IS NOT NULL AND data IS NULL)
      OR (encoding = 'gzip' AND body IS NULL AND data IS NOT NULL))
);

INSERT INTO snapshots_compressed (process_id, version, schema_version, body, checksum, encoding, data)
  SELECT process_id, version, schema_version, body, checksum, 'json', NULL FROM snapshots;

DROP TABLE snapshots;

ALTER TABLE snapshots_compressed RENAME TO snapshots;
`;

const postgresCompressedSnapshots = `-- Snapshots stored compressed. "encoding" tells how a row holds the snapshot's JSON:
--   'gzip': "data" holds the UTF-8 JSON compressed with gzip (RFC 1952; one or more members, read
--           them in order as one stream) and "checksum" is the SHA-256 of those stored bytes;
--   'json': "body" holds the JSON as text and "checksum" is the SHA-256 of that text (every row
--           written before this migration).
-- "data" is already compressed: STORAGE EXTERNAL keeps it out of line without trying pglz on it.
ALTER TABLE snapshots
  ALTER COLUMN body DROP NOT NULL,
  ADD COLUMN encoding TEXT NOT NULL DEFAULT 'json',
  ADD COLUMN data BYTEA;

ALTER TABLE snapshots ALTER COLUMN data SET STORAGE EXTERNAL;

ALTER TABLE snapshots ADD CONSTRAINT snapshots_encoding CHECK (
  (encoding = 'json' AND body IS NOT NULL AND data IS NULL)
  OR (encoding = 'gzip' AND body IS NULL AND data IS NOT NULL));
`;

/** Every migration, in order. A released migration is never edited; a change is a new one. */
export const migrations: readonly Migration[] = Object.freeze([
  { version: 1, name: 'initial', sqlite: sqliteInitial, postgres: postgresInitial },
  {
    version: 2,
    name: 'compressed_snapshots',
    sqlite: sqliteCompressedSnapshots,
    postgres: postgresCompressedSnapshots,
  },
]);
