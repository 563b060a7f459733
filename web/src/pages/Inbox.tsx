// The inbox: the conversations of a department (or all the person may see, or the coordinator's
// triage queue), filtered and searched, updated live. On a wide screen the selected conversation
// opens beside the list; on a narrow one it opens on its own page. The keyboard does the common
// moves (see Shortcuts.tsx); `?` lists them.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useAnnounce } from '../announce.tsx';
import { ConversationList } from '../components/conversation/ConversationList.tsx';
import { ConversationView, type ConversationActions } from '../components/conversation/ConversationView.tsx';
import { filtersFrom, inboxQuery, InboxFilters, type Filters } from '../components/conversation/InboxFilters.tsx';
import { SelectField } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ShortcutsDialog, useShortcuts } from '../components/Shortcuts.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import type { ConversationSummary } from '../conversations.ts';
import { useLoad, useMediaQuery } from '../hooks.ts';
import { useInboxList } from '../inboxList.ts';
import { byEntity, canOpenTriage, departmentName, inboxDepartments, loadInboxOrg, rememberInbox, type InboxOrg } from '../inboxScope.ts';
import type { LiveEvent } from '../live.tsx';
import { useLocale } from '../locale.tsx';
import type { PageProps } from '../pages.ts';
import { Link, navigate, withSearch } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useNow } from '../time.ts';

/** Wide enough for the list and a readable conversation side by side. */
const TWO_PANES = '(min-width: 1100px)';

export default function Inbox({ params, search }: PageProps) {
  const session = useSession();
  const org = useLoad(() => loadInboxOrg(session.me.id), [session.me.id]);
  if (!org.data) return <div className="page">{org.error ? <ErrorBox error={org.error} retry={org.reload} /> : <Loading />}</div>;
  return <InboxView org={org.data} department={params.department} search={search} />;
}

function InboxView({ org, department, search }: { org: InboxOrg; department?: string; search: URLSearchParams }) {
  const { t, lang, plural } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const now = useNow();
  const wide = useMediaQuery(TWO_PANES);
  const departments = inboxDepartments(session, org);
  const triage = canOpenTriage(session, org);
  const title = department === 'triage' ? t('inbox.triage') : department ? (departmentName(org, lang, department) ?? department) : t('inbox.all');
  useTitle(title);

  const filters = filtersFrom(search);
  const basePath = department ? `/inbox/${encodeURIComponent(department)}` : '/inbox';
  const selectedId = Number(search.get('c')) || null;
  const address = (f: Filters, c: number | null) => withSearch(basePath, { ...f, c: c ? String(c) : undefined });
  useEffect(() => rememberInbox(address(filters, null)));

  const relevant = (e: LiveEvent) => {
    if (e.type === 'resync' || !department) return true;
    if (list.items.some((i) => i.id === e.conversationId)) return true;
    if (department === 'triage') return e.departmentId === null;
    return e.departmentId === department || e.previousDepartmentId === department;
  };
  const list = useInboxList(inboxQuery(filters, department), relevant);
  const [cursorId, setCursorId] = useState<number | null>(selectedId);
  const [help, setHelp] = useState(false);
  const [focusPane, setFocusPane] = useState(false);
  const view = useRef<ConversationActions>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const focusRow = (id: number | null) => {
    const link = id ? listRef.current?.querySelector<HTMLAnchorElement>(`[data-conversation="${id}"] .conv-link`) : null;
    (link ?? listRef.current?.querySelector<HTMLAnchorElement>('.conv-link'))?.focus();
  };
  const select = (id: number | null) => navigate(address(filters, id), { replace: true });
  const open = (c: ConversationSummary, e?: MouseEvent<HTMLAnchorElement>) => {
    setCursorId(c.id);
    if (!wide) return; // the link goes to the conversation's page
    e?.preventDefault();
    select(c.id);
    // Enter on a row (a click with no pointer) means "read it": the focus follows into the pane.
    // A pointer click leaves the focus on the list, where j and k go on working.
    setFocusPane(e?.detail === 0);
  };
  const move = (delta: number) => {
    const at = list.items.findIndex((i) => i.id === (cursorId ?? selectedId));
    const next = list.items[Math.max(0, Math.min(list.items.length - 1, at + delta))];
    if (at + delta >= list.items.length && list.nextCursor !== null) list.loadMore();
    if (!next) return;
    setCursorId(next.id);
    focusRow(next.id);
    setFocusPane(false);
    if (wide) select(next.id);
  };
  const onView = (run: (v: ConversationActions) => void) => () => (view.current ? run(view.current) : announce(t('inbox.openFirst')));

  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      const id = cursorId ?? selectedId;
      if (!id) return;
      if (!wide) return navigate(`/conversations/${id}`);
      if (id !== selectedId) {
        setFocusPane(true);
        select(id);
      } else view.current?.focusHeading();
    },
    a: onView((v) => v.assignToMe()),
    r: onView((v) => v.focusReply()),
    n: onView((v) => v.focusNote()),
    h: onView((v) => v.openHandoff()),
    e: onView((v) => v.resolve()),
    '/': () => searchBox.current?.focus(),
    Escape: () => focusRow(selectedId ?? cursorId),
    '?': () => setHelp(true),
  });

  const chooseDepartment = (value: string) => navigate(withSearch(value ? `/inbox/${encodeURIComponent(value)}` : '/inbox', { ...filters }));
  const split = wide && selectedId !== null;

  return (
    <div className="page wide inbox-page">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('nav.inbox')}</p>
          <h1>{title}</h1>
        </div>
        <div className="inbox-tools">
          <SelectField label={t('inbox.department')} value={department ?? ''} onChange={(e) => chooseDepartment(e.target.value)}>
            <option value="">{t('inbox.all')}</option>
            {triage && <option value="triage">{t('inbox.triage')}</option>}
            {byEntity(org, departments).map((g) => (
              <optgroup key={g.entity} label={g.entity}>
                {g.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.names[lang]} — {g.entity}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <button type="button" className="button ghost" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
            {t('shortcuts.button')}
          </button>
        </div>
      </div>
      <InboxFilters
        filters={filters}
        queries={org.queries}
        people={(department && org.departmentById.get(department)?.advisers) || []}
        searchRef={searchBox}
        onChange={(f) => navigate(address(f, selectedId), { replace: true })}
      />

      <div className={split ? 'inbox-split' : 'inbox-split single'}>
        <div className="inbox-list" ref={listRef}>
          <div className="pill-slot" aria-live="polite">
            {list.pending.length > 0 && (
              <button
                type="button"
                className="new-pill"
                onClick={() => {
                  list.showPending();
                  requestAnimationFrame(() => focusRow(null));
                }}
              >
                {plural('inbox.new', list.pending.length)}
              </button>
            )}
          </div>
          {list.error && <ErrorBox error={list.error} retry={list.reload} />}
          {list.loading && list.items.length === 0 && <Loading />}
          {!list.loading && !list.error && list.items.length === 0 && <p className="empty">{t('inbox.empty')}</p>}
          <ConversationList items={list.items} selectedId={split ? selectedId : null} cursorId={cursorId} now={now} onOpen={open} label={t('inbox.list', { title })} />
          <div className="list-foot">
            <span className="muted" aria-live="polite">
              {list.items.length > 0 && plural('common.shown', list.items.length)}
            </span>
            {list.nextCursor !== null && (
              <button type="button" className="button" onClick={list.loadMore} disabled={list.loading}>
                {t('common.loadMore')}
              </button>
            )}
          </div>
        </div>
        {split && (
          <section className="inbox-pane" aria-label={t('inbox.pane')}>
            <div className="pane-bar">
              <Link to={`/conversations/${selectedId}`} className="button small ghost">
                {t('inbox.fullPage')}
              </Link>
              <button type="button" className="button small ghost" onClick={() => (select(null), focusRow(selectedId))}>
                {t('inbox.closePane')}
              </button>
            </div>
            <ConversationView
              key={selectedId}
              id={selectedId}
              org={org}
              level={2}
              focusOnLoad={focusPane}
              ref={view}
              onChanged={list.update}
              onLeft={(id) => {
                const at = list.items.findIndex((i) => i.id === id);
                const next = list.items[at + 1] ?? list.items[at - 1];
                list.remove(id);
                select(null);
                setCursorId(next?.id ?? null);
                requestAnimationFrame(() => focusRow(next?.id ?? null));
              }}
            />
          </section>
        )}
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
