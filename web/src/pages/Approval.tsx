// One approval request on its own page: the address the approval lists and a reply's status link to.
import { LoadedDetail } from '../components/governance/Approval.tsx';
import { useTitle } from '../components/Layout.tsx';
import { useLocale } from '../locale.tsx';
import { Link } from '../router.tsx';
import type { PageProps } from '../pages.ts';

export default function Approval({ params }: PageProps) {
  const { t } = useLocale();
  const id = Number(params.id);
  const title = t('approval.title', { id: params.id });
  useTitle(title);
  return (
    <div className="page narrow">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/approvals">{t('approvals.title')}</Link>
      </nav>
      <h1>{title}</h1>
      {Number.isInteger(id) && id > 0 ? <LoadedDetail id={id} level={2} /> : <p>{t('app.notFound.text')}</p>}
    </div>
  );
}
