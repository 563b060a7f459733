// What the learned routing model would say of this conversation, even when a rule or a person
// placed it: an adviser sees where the organisation's history would have sent it, and how sure
// the model is. Below its threshold the model names no department.
import type { ConversationDetail } from '../../conversations.ts';
import { departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import type { ModelSuggestion as Suggestion } from '../../routingModel.ts';

export function ModelSuggestion({ conv, org }: { conv: ConversationDetail; org: InboxOrg }) {
  const { t, lang } = useLocale();
  const s = (conv.routing as { suggestion?: Suggestion | null }).suggestion;
  if (!s) return null;
  const confidence = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(s.confidence);
  const department = s.departmentId ? departmentName(org, lang, s.departmentId) : null;
  return (
    <>
      <dt>{t('model.suggestion')}</dt>
      <dd data-testid="model-suggestion">
        {department ? t('model.suggestion.value', { department, confidence }) : t('model.suggestion.unsure', { confidence })}
      </dd>
    </>
  );
}
