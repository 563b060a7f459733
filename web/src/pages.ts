// Every page of the app, in one list. A page is one file under pages/ with a default export;
// adding one is adding an entry here. Entries with `nav` appear in the header, in this order.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Key } from './i18n/index.ts';
import type { Session } from './session.tsx';

export interface PageProps {
  params: Record<string, string>;
  search: URLSearchParams;
}

export interface PageDef {
  /** Address pattern, `:name` for a parameter. */
  path: string;
  component: LazyExoticComponent<ComponentType<PageProps>>;
  /** Label in the header navigation; pages without one are reached through links. */
  nav?: Key;
  /** The navigation entry to highlight for a page that is not itself in the navigation. */
  section?: string;
  /** Mirrors the server's policy so nobody is offered a page that would answer 403. */
  allowed?: (s: Session) => boolean;
}

const inbox = lazy(() => import('./pages/Inbox.tsx'));
const readsConversations = (s: Session) => s.canSomewhere('conversations.read');

export const PAGES: PageDef[] = [
  { path: '/inbox', nav: 'nav.inbox', allowed: readsConversations, component: inbox },
  { path: '/inbox/:department', section: '/inbox', allowed: readsConversations, component: inbox },
  { path: '/conversations/:id', section: '/inbox', allowed: readsConversations, component: lazy(() => import('./pages/Conversation.tsx')) },
  { path: '/', nav: 'nav.chart', component: lazy(() => import('./pages/OrgChart.tsx')) },
  { path: '/departments/:id', section: '/', component: lazy(() => import('./pages/Department.tsx')) },
  { path: '/people', nav: 'nav.people', component: lazy(() => import('./pages/People.tsx')) },
  { path: '/people/:id', section: '/people', component: lazy(() => import('./pages/Person.tsx')) },
  { path: '/routing', nav: 'nav.routing', allowed: (s) => s.canSomewhere('routing.read'), component: lazy(() => import('./pages/Routing.tsx')) },
  { path: '/channels', nav: 'nav.channels', allowed: (s) => s.canSomewhere('channels.read'), component: lazy(() => import('./pages/Channels.tsx')) },
  { path: '/channels/:id', section: '/channels', allowed: (s) => s.canSomewhere('channels.read'), component: lazy(() => import('./pages/Channel.tsx')) },
  { path: '/guidelines', nav: 'nav.guidelines', allowed: (s) => s.canSomewhere('guidelines.read'), component: lazy(() => import('./pages/Guidelines.tsx')) },
  { path: '/freezes', section: '/guidelines', allowed: (s) => s.canSomewhere('freeze.manage'), component: lazy(() => import('./pages/Freezes.tsx')) },
  { path: '/approvals', nav: 'nav.approvals', allowed: (s) => s.canSomewhere('guidelines.read'), component: lazy(() => import('./pages/Approvals.tsx')) },
  { path: '/approvals/:id', section: '/approvals', allowed: (s) => s.canSomewhere('guidelines.read'), component: lazy(() => import('./pages/Approval.tsx')) },
  { path: '/calendar', nav: 'nav.calendar', allowed: (s) => s.canSomewhere('posts.read'), component: lazy(() => import('./pages/Calendar.tsx')) },
  { path: '/posts/new', section: '/calendar', allowed: (s) => s.canSomewhere('posts.write'), component: lazy(() => import('./pages/PostEditor.tsx')) },
  { path: '/posts/:id', section: '/calendar', allowed: (s) => s.canSomewhere('posts.read'), component: lazy(() => import('./pages/PostEditor.tsx')) },
  {
    path: '/audit',
    nav: 'nav.audit',
    allowed: (s) => s.canSomewhere('audit.read'),
    component: lazy(() => import('./pages/Audit.tsx')),
  },
  { path: '/account', nav: 'nav.account', component: lazy(() => import('./pages/Account.tsx')) },
];
