// The departments as <option>s grouped by entity, for every select that picks one.
import { byEntity, type InboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';

export function DepartmentOptions({ org }: { org: InboxOrg }) {
  const { lang } = useLocale();
  return (
    <>
      {byEntity(org, org.departments).map((g) => (
        <optgroup key={g.entity} label={g.entity}>
          {g.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.names[lang]} — {g.entity}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
