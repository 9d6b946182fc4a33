-- Snapshots stored compressed. `encoding` tells how a row holds the snapshot's JSON:
--   'gzip': `data` holds the UTF-8 JSON compressed with gzip (RFC 1952; one or more members, read
--           them in order as one stream) and `checksum` is the SHA-256 of those stored bytes;
--   'json': `body` holds the JSON as text and `checksum` is the SHA-256 of that text (every row
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
