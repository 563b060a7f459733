-- Posts: one message published to several channels, a variant per channel, at a set time.
CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  department_id uuid NOT NULL REFERENCES departments(id),
  author_id uuid NOT NULL REFERENCES people(id),
  title text NOT NULL,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'pending_approval', 'scheduled', 'published', 'failed', 'cancelled')),
  -- The instant to publish; scheduled_local and timezone keep what the writer chose.
  scheduled_at timestamptz,
  scheduled_local text,
  timezone text,
  promotional boolean NOT NULL DEFAULT false,
  lang text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_calendar ON posts (scheduled_at, id);
CREATE INDEX posts_due ON posts (scheduled_at) WHERE status = 'scheduled';

CREATE TABLE post_variants (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  post_id bigint NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  channel_id uuid NOT NULL REFERENCES channels(id),
  text text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_error text,
  sent_at timestamptz,
  guideline_check jsonb,
  UNIQUE (post_id, channel_id)
);
CREATE INDEX post_variants_channel ON post_variants (channel_id);
