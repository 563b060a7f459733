-- Channels, conversations, routing rules, listening queries, inbox work and replies.

-- Opening hours per entity for SLA clocks; null = the default (Mon–Fri 09:00–18:00 in its zone).
ALTER TABLE entities ADD COLUMN business_hours jsonb;

-- SLA targets per department, in business minutes.
ALTER TABLE departments ADD COLUMN sla_first_response_minutes int NOT NULL DEFAULT 240;
ALTER TABLE departments ADD COLUMN sla_resolution_minutes int NOT NULL DEFAULT 2880;
ALTER TABLE departments ADD COLUMN auto_assign boolean NOT NULL DEFAULT true;

CREATE TABLE channels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('api', 'feed', 'import')),
  department_id uuid NOT NULL REFERENCES departments(id),
  active boolean NOT NULL DEFAULT false,
  -- feed: {url, intervalMinutes, etag, lastModified}; api: {outboundUrl, secret, ownHandle}
  config jsonb NOT NULL DEFAULT '{}',
  lang text[] NOT NULL DEFAULT '{fr,en}',
  -- Feeds: when to fetch next, when it was fetched, and why the last fetch failed.
  next_poll_at timestamptz,
  polled_at timestamptz,
  poll_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Availability and capacity of an adviser, for round-robin assignment.
CREATE TABLE adviser_status (
  person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  available boolean NOT NULL DEFAULT true,
  capacity int NOT NULL DEFAULT 20 CHECK (capacity >= 0)
);

CREATE TABLE listening_queries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  department_id uuid NOT NULL REFERENCES departments(id),
  name text NOT NULL,
  query text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE routing_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  position int NOT NULL,
  name text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  -- {lang?, sentiment?, intent?, topics?, channelIds?, minRisk?, keywords?}: every listed condition must hold
  conditions jsonb NOT NULL DEFAULT '{}',
  -- {departmentId? | departmentKind?, priority?, slaFirstResponseMinutes?, tags?}
  actions jsonb NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  version int NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routing_rules_position ON routing_rules (position);

-- The default intent → department map every organisation starts with. A kind is resolved within
-- the entity of the channel the conversation came through.
INSERT INTO routing_rules (position, name, conditions, actions, is_default) VALUES
  (1000, 'Crisis → communication / PR', '{"intent":["crisis"]}', '{"departmentKind":"communication","priority":"urgent"}', true),
  (1010, 'Press → communication / PR', '{"intent":["press"]}', '{"departmentKind":"communication","priority":"high"}', true),
  (1020, 'Complaint → customer service', '{"intent":["complaint"]}', '{"departmentKind":"customer_service"}', true),
  (1030, 'Question → customer service', '{"intent":["question"]}', '{"departmentKind":"customer_service","priority":"low"}', true),
  (1040, 'Job → HR', '{"intent":["job"]}', '{"departmentKind":"hr"}', true),
  (1050, 'Idea → R&D', '{"intent":["idea"]}', '{"departmentKind":"rnd","priority":"low"}', true),
  (1060, 'Praise → marketing', '{"intent":["praise"]}', '{"departmentKind":"marketing","priority":"low"}', true);

CREATE TABLE conversations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel_id uuid NOT NULL REFERENCES channels(id),
  external_id text NOT NULL,
  -- The first item of the thread, null for that first item itself: the inbox lists roots.
  thread_id bigint REFERENCES conversations(id),
  in_reply_to text,
  author_handle text NOT NULL,
  author_name text,
  author_followers int,
  text text NOT NULL,
  url text,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'waiting', 'resolved')),
  -- null: in the coordinator's triage queue.
  department_id uuid REFERENCES departments(id),
  assignee_id uuid REFERENCES people(id),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  tags text[] NOT NULL DEFAULT '{}',
  lang text,
  sentiment text,
  sentiment_score real,
  intent text,
  risk int,
  topics uuid[] NOT NULL DEFAULT '{}',
  enrichment jsonb,
  routing jsonb,
  -- Departments and people (mentioned in a note) who may read it besides its department.
  shared_with uuid[] NOT NULL DEFAULT '{}',
  shared_people uuid[] NOT NULL DEFAULT '{}',
  first_response_due timestamptz,
  resolution_due timestamptz,
  first_response_at timestamptz,
  resolved_at timestamptz,
  search tsvector,
  UNIQUE (channel_id, external_id)
);
-- Inbox pages: one department's roots, newest first, optionally by status.
CREATE INDEX conversations_inbox ON conversations (department_id, id DESC) WHERE thread_id IS NULL;
CREATE INDEX conversations_inbox_status ON conversations (department_id, status, id DESC) WHERE thread_id IS NULL;
-- The inbox's most used filters, each ordered like the list so a page stops after 50 rows.
CREATE INDEX conversations_inbox_intent ON conversations (department_id, intent, id DESC) WHERE thread_id IS NULL;
CREATE INDEX conversations_inbox_sentiment ON conversations (department_id, sentiment, id DESC) WHERE thread_id IS NULL;
CREATE INDEX conversations_inbox_lang ON conversations (department_id, lang, id DESC) WHERE thread_id IS NULL;
CREATE INDEX conversations_assignee ON conversations (assignee_id, status, id DESC) WHERE thread_id IS NULL;
CREATE INDEX conversations_triage ON conversations (id DESC) WHERE department_id IS NULL AND thread_id IS NULL;
CREATE INDEX conversations_thread ON conversations (thread_id, id);
CREATE INDEX conversations_search ON conversations USING gin (search);

CREATE TABLE notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id bigint NOT NULL REFERENCES conversations(id),
  author_id uuid NOT NULL REFERENCES people(id),
  text text NOT NULL,
  mentions uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_conversation ON notes (conversation_id, id);

CREATE TABLE notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind text NOT NULL,
  conversation_id bigint REFERENCES conversations(id),
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_person ON notifications (person_id, id DESC);

CREATE TABLE handoffs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id bigint NOT NULL REFERENCES conversations(id),
  from_department_id uuid REFERENCES departments(id),
  to_department_id uuid NOT NULL REFERENCES departments(id),
  reason text NOT NULL,
  by_id uuid NOT NULL REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handoffs_pair ON handoffs (from_department_id, to_department_id);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id, id);

CREATE TABLE replies (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id bigint NOT NULL REFERENCES conversations(id),
  author_id uuid NOT NULL REFERENCES people(id),
  text text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending_approval', 'queued', 'sending', 'sent', 'failed')),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_error text,
  external_id text,
  guideline_check jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX replies_conversation ON replies (conversation_id, id);
CREATE INDEX replies_due ON replies (next_attempt_at) WHERE status IN ('queued', 'sending');
