import type {
  AgencyLevel,
  DocumentForm,
  DossierAction,
  DossierStatus,
  FeedbackAction,
  FeedbackCategory,
  FeedbackStatus,
  OnlineServiceLevel,
  ProcedureStatus,
  SatisfactionLevel,
} from '@/lib/api/types';
import { isAccountRole } from '@/lib/auth/roles';

import type { Translate } from './translate';

// The template-literal keys are checked against the dictionary: a new enum member in the
// OpenAPI document without a translation fails `npm run typecheck`.
export const onlineLevelLabel = (t: Translate, level: OnlineServiceLevel): string => t(`onlineLevel.${level}`);
export const agencyLevelLabel = (t: Translate, level: AgencyLevel): string => t(`agencyLevel.${level}`);
export const documentFormLabel = (t: Translate, form: DocumentForm): string => t(`documentForm.${form}`);
export const dossierStatusLabel = (t: Translate, status: DossierStatus): string => t(`dossierStatus.${status}`);
export const dossierActionLabel = (t: Translate, action: DossierAction): string => t(`dossierAction.${action}`);
export const procedureStatusLabel = (t: Translate, status: ProcedureStatus): string => t(`procedureStatus.${status}`);
export const feedbackStatusLabel = (t: Translate, status: FeedbackStatus): string => t(`feedback.status.${status}`);
export const feedbackCategoryLabel = (t: Translate, category: FeedbackCategory): string =>
  t(`feedback.category.${category}`);
export const feedbackActionLabel = (t: Translate, action: FeedbackAction): string => t(`feedback.action.${action}`);
export const satisfactionLevelLabel = (t: Translate, level: SatisfactionLevel): string => t(`rating.level.${level}`);

/** A role's label; a role unknown to this SPA is shown as the API names it. */
export const roleLabel = (t: Translate, role: string): string => (isAccountRole(role) ? t(`role.${role}`) : role);
