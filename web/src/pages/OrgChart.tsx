// The home page: the organisation as entities and their departments, each department with its
// social advisers. A department nobody answers for is flagged, and counted at the top: that is
// the first thing a coordinator has to fix.
import type { CSSProperties, ReactNode } from 'react';
import { useAnnounce } from '../announce.tsx';
import { api, type Chart, type ChartDepartment, type ChartEntity } from '../api.ts';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../components/Disclosure.tsx';
import { CheckIcon, WarningIcon } from '../components/Icons.tsx';
import { useTitle } from '../components/Layout.tsx';
import { DepartmentForm, EntityForm } from '../components/OrgForms.tsx';
import { ErrorBox, KindBadge, Loading, NoAdviserFlag } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { DEPARTMENT_KIND_COLOURS } from '../labels.ts';
import { useLocale } from '../locale.tsx';
import { entityTarget, nest, type Tree } from '../orgTree.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

export default function OrgChart() {
  const { t } = useLocale();
  const chart = useLoad(() => api.chart(), []);
  useTitle(chart.data?.organisation.name ?? t('chart.title'));
  if (!chart.data) return chart.error ? <ErrorBox error={chart.error} retry={chart.reload} /> : <Loading />;
  return <ChartView chart={chart.data} reload={chart.reload} />;
}

function ChartView({ chart, reload }: { chart: Chart; reload(): void }) {
  const { t, plural } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const addEntity = useDisclosure();
  const departments = chart.entities.reduce((n, e) => n + e.departments.length, 0);
  const flagged = chart.departmentsWithoutAdviser;
  const manageable = chart.entities.filter((e) => session.can('org.manage', entityTarget(chart.entities, e.id)));
  const groupLevel = session.can('org.manage');

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('chart.title')}</p>
          <h1>{chart.organisation.name}</h1>
          <p className="muted">{t('chart.summary', { entities: plural('chart.entities', chart.entities.length), departments: plural('chart.departments', departments) })}</p>
        </div>
        {(groupLevel || manageable.length > 0) && (
          <DisclosureButton d={addEntity} className="button primary">
            {t('chart.addEntity')}
          </DisclosureButton>
        )}
      </div>

      <p className={flagged ? 'health flagged' : 'health ok'} data-testid="chart-health">
        {flagged ? <WarningIcon /> : <CheckIcon />}
        {flagged === 0 ? t('chart.flagged.zero') : plural('chart.flagged', flagged)}
      </p>

      <DisclosurePanel d={addEntity} title={t('chart.addEntity')}>
        <h2>{t('chart.addEntity')}</h2>
        <EntityForm
          parents={manageable}
          allowTopLevel={groupLevel}
          submitLabel={t('chart.addEntity')}
          onCancel={addEntity.close}
          onSubmit={async (input) => {
            const e = await api.createEntity(input);
            announce(t('chart.entityCreated', { name: e.name }));
            addEntity.close();
            reload();
          }}
        />
      </DisclosurePanel>

      {chart.entities.length === 0 && <p className="empty">{t('chart.noEntities')}</p>}
      <div className="tree">
        {nest(chart.entities).map((e) => (
          <EntityNode key={e.id} entity={e} all={chart.entities} level={2} reload={reload} />
        ))}
      </div>
    </div>
  );
}

function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

function EntityNode({ entity, all, level, reload }: { entity: Tree<ChartEntity>; all: ChartEntity[]; level: number; reload(): void }) {
  const { t, label, lang, plural } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const add = useDisclosure();
  const canManage = session.can('org.manage', entityTarget(all, entity.id));
  const headingId = `entity-${entity.id}`;
  const flagged = entity.departments.filter((d) => d.health.noAdviser).length;

  return (
    <section className="entity" aria-labelledby={headingId}>
      <div className="entity-head">
        <Heading level={level} id={headingId}>
          {entity.name}
        </Heading>
        <span className="tag">{label('entityKind', entity.kind)}</span>
        <span className="muted small">{t('chart.timezone', { tz: entity.timezone })}</span>
        {flagged > 0 && (
          <span className="flag small">
            <WarningIcon />
            {plural('chart.flagged', flagged)}
          </span>
        )}
        {canManage && (
          <DisclosureButton d={add} className="button small" label={t('chart.addDepartmentTo', { entity: entity.name })}>
            {t('chart.addDepartment')}
          </DisclosureButton>
        )}
      </div>
      <DisclosurePanel d={add} title={t('chart.addDepartmentTo', { entity: entity.name })}>
        <DepartmentForm
          entities={[entity]}
          initial={{ entityId: entity.id }}
          autoFocus
          submitLabel={t('chart.addDepartment')}
          onCancel={add.close}
          onSubmit={async (input) => {
            const d = await api.createDepartment(input);
            announce(t('chart.departmentCreated', { name: d.names[lang] }));
            add.close();
            reload();
          }}
        />
      </DisclosurePanel>
      {entity.departments.length > 0 ? (
        <ul className="dept-grid">
          {entity.departments.map((d) => (
            <DepartmentCard key={d.id} d={d} level={level + 1} />
          ))}
        </ul>
      ) : (
        <p className="empty small">{t('chart.noDepartments')}</p>
      )}
      {entity.children.length > 0 && (
        <div className="entity-children">
          {entity.children.map((c) => (
            <EntityNode key={c.id} entity={c} all={all} level={level + 1} reload={reload} />
          ))}
        </div>
      )}
    </section>
  );
}

function DepartmentCard({ d, level }: { d: ChartDepartment; level: number }) {
  const { t, lang, label } = useLocale();
  return (
    <li className={d.health.noAdviser ? 'dept-card flagged' : 'dept-card'} style={{ '--kind': DEPARTMENT_KIND_COLOURS[d.kind] } as CSSProperties}>
      <Heading level={level}>
        <Link to={`/departments/${d.id}`}>{d.names[lang]}</Link>
      </Heading>
      {/* Most departments carry their kind's name: then the colour band says enough, and the kind
          is named for screen readers only. */}
      <KindBadge kind={d.kind} compact={d.names[lang] === label('kind', d.kind)} />
      {d.health.noAdviser ? (
        <NoAdviserFlag />
      ) : (
        <ul className="advisers" aria-label={t('chart.advisers')}>
          {d.advisers.map((a) => (
            <li key={a.id}>
              <Link to={`/people/${a.id}`}>{a.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
