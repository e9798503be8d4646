import { useTranslation } from '@/lib/i18n/use-translation';

export type WizardStep = 1 | 2 | 3 | 4;

const stepKeys = [
  'dossierNew.step.choice',
  'dossierNew.step.applicant',
  'dossierNew.step.documents',
  'dossierNew.step.review',
] as const;

type WizardStepperProps = {
  current: WizardStep;
};

/** The wizard's steps, the current one marked for assistive technology. */
export function WizardStepper({ current }: WizardStepperProps) {
  const { t } = useTranslation();
  return (
    <ol className="wizard-stepper" aria-label={t('dossierNew.steps')}>
      {stepKeys.map((key, index) => {
        const number = index + 1;
        const state = number < current ? 'done' : number === current ? 'current' : 'todo';
        return (
          <li
            key={key}
            className={`wizard-stepper__item wizard-stepper__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-stepper__number" aria-hidden="true">
              {state === 'done' ? '✓' : number}
            </span>
            <span className="wizard-stepper__label">
              {t(key)}
              {state === 'done' && <span className="visually-hidden"> ({t('dossierNew.step.done')})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
