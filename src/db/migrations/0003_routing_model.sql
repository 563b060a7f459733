-- The routing model an organisation learns from its own resolved conversations and hand-offs.

-- One row per training run. The figures stay for good, so the coordinator sees the accuracy over
-- time; the model itself (serialise() output, up to a few MB) is kept for the newest runs only.
CREATE TABLE routing_models (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- When the training data was read: what is resolved or handed off after it is "new".
  trained_at timestamptz NOT NULL DEFAULT now(),
  trained_by text NOT NULL,
  -- Conversations learned from (the held-out slice aside); of them, handed off, and closed without
  -- any department (they teach the model to suggest nothing); departments learned.
  examples int NOT NULL,
  handoffs int NOT NULL,
  out_of_scope int NOT NULL,
  classes int NOT NULL,
  -- Figures on the held-out slice; null when the slice was empty.
  heldout int NOT NULL,
  accuracy real,
  macro_f1 real,
  coverage real,
  covered_accuracy real,
  threshold real NOT NULL,
  seconds real NOT NULL,
  model jsonb,
  active boolean NOT NULL DEFAULT false
);
-- At most one active model; ingest reads it by this index on every batch.
CREATE UNIQUE INDEX routing_models_active ON routing_models (active) WHERE active;

-- Who is training now: a lease claimed with SKIP LOCKED, so two workers (or a worker and the
-- coordinator's button) never train at once, on PGlite as on a server, without holding a
-- transaction open for the length of a training.
CREATE TABLE routing_model_jobs (
  name text PRIMARY KEY,
  lease_until timestamptz,
  attempted_at timestamptz,
  outcome text
);
INSERT INTO routing_model_jobs (name) VALUES ('train');

-- The scheduled retrain counts conversations resolved since the last training.
CREATE INDEX conversations_resolved_at ON conversations (resolved_at) WHERE status = 'resolved' AND thread_id IS NULL;
