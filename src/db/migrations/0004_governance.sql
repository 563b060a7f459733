-- Governance: the charter's rules and their history, approval policies and requests, crisis freezes.

-- The current version of each rule; the checker reads only this table.
CREATE TABLE guideline_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('forbidden_terms', 'personal_data', 'legal_review', 'disclosure', 'tone',
                                     'length', 'language_match', 'allowed_links', 'crisis_freeze')),
  params jsonb NOT NULL DEFAULT '{}',
  severity text NOT NULL CHECK (severity IN ('block', 'needs_approval', 'warn')),
  scope jsonb NOT NULL DEFAULT '{}',
  explanation jsonb NOT NULL,
  version int NOT NULL DEFAULT 1 CHECK (version >= 1),
  enabled boolean NOT NULL DEFAULT true,
  -- null: created by the system (the demo's starter charter).
  created_by uuid REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES people(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every version a rule ever had, so a check recorded months ago can be explained with the rule
-- it applied. Rows are only ever added.
CREATE TABLE guideline_rule_versions (
  rule_id uuid NOT NULL REFERENCES guideline_rules(id),
  version int NOT NULL,
  kind text NOT NULL,
  params jsonb NOT NULL,
  severity text NOT NULL,
  scope jsonb NOT NULL,
  explanation jsonb NOT NULL,
  enabled boolean NOT NULL,
  created_by uuid REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (rule_id, version)
);

CREATE FUNCTION guideline_rule_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'guideline rule versions are append-only';
END
$$;
CREATE TRIGGER guideline_rule_versions_append_only BEFORE UPDATE OR DELETE ON guideline_rule_versions
  FOR EACH ROW EXECUTE FUNCTION guideline_rule_versions_append_only();

-- Who must approve what. department_id null: every department. trigger: 'always',
-- 'needs_approval' (the charter asked for it) or 'rule_kind:<kind>' (a finding of that kind).
-- steps: [{mode: 'any'|'all', approvers: [{personId} | {role, scopeType?, scopeId?}]}]
CREATE TABLE approval_policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  department_id uuid REFERENCES departments(id),
  content_type text NOT NULL CHECK (content_type IN ('reply', 'post')),
  trigger text NOT NULL CHECK (trigger IN ('always', 'needs_approval') OR trigger LIKE 'rule_kind:%'),
  steps jsonb NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  version int NOT NULL DEFAULT 1,
  created_by uuid REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES people(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX approval_policies_match ON approval_policies (content_type, department_id) WHERE enabled;

CREATE TABLE approval_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject_type text NOT NULL CHECK (subject_type IN ('reply', 'post')),
  subject_id bigint NOT NULL,
  -- The first policy that asked for it; null when only the default step or a freeze did.
  policy_id uuid REFERENCES approval_policies(id),
  -- The steps as they stood when the message was submitted: editing a policy never changes a
  -- request in progress. Each step says where it comes from (policy, freeze, default).
  steps jsonb NOT NULL,
  -- 1-based number of the step waiting for decisions.
  step int NOT NULL DEFAULT 1 CHECK (step >= 1),
  -- withdrawn: the message changed or was submitted again, so this request no longer applies.
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  author_id uuid NOT NULL REFERENCES people(id),
  department_id uuid REFERENCES departments(id),
  conversation_id bigint REFERENCES conversations(id),
  -- The findings that asked for approval, for the approver to read.
  reasons jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz
);
CREATE INDEX approval_requests_subject ON approval_requests (subject_type, subject_id, id DESC);
CREATE INDEX approval_requests_pending ON approval_requests (id) WHERE status = 'pending';
CREATE INDEX approval_requests_author ON approval_requests (author_id, id DESC);

CREATE TABLE approval_decisions (
  request_id bigint NOT NULL REFERENCES approval_requests(id),
  step int NOT NULL,
  person_id uuid NOT NULL REFERENCES people(id),
  decision text NOT NULL CHECK (decision IN ('approve', 'reject')),
  comment text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (request_id, step, person_id)
);

-- Crisis freezes: while one covers a department, its replies wait for PR and its posts pause.
CREATE TABLE freezes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scope_type text NOT NULL CHECK (scope_type IN ('group', 'entity', 'departments')),
  entity_id uuid REFERENCES entities(id),
  department_ids uuid[] NOT NULL DEFAULT '{}',
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  started_by uuid NOT NULL REFERENCES people(id),
  started_at timestamptz NOT NULL DEFAULT now(),
  lifted_by uuid REFERENCES people(id),
  lifted_at timestamptz,
  lift_note text,
  CHECK ((scope_type = 'entity') = (entity_id IS NOT NULL)),
  CHECK (scope_type <> 'departments' OR cardinality(department_ids) > 0),
  -- Lifting a freeze always says why it is safe again.
  CHECK ((lifted_at IS NULL) = (lift_note IS NULL) AND (lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX freezes_active ON freezes (started_at) WHERE lifted_at IS NULL;
CREATE INDEX freezes_started ON freezes (started_at DESC);
