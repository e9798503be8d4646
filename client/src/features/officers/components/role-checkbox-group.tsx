import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { isOfficerRole, officerRoles, type OfficerRole } from '@/lib/auth/roles';
import { roleLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

type RoleCheckboxGroupProps = {
  legend: string;
  /** The checked roles. */
  roles: readonly string[];
  /** Called with the new roles, in display order. */
  onChange: (roles: OfficerRole[]) => void;
  errors?: readonly string[];
};

/** A checkbox for each officer role, with translated labels. */
export function RoleCheckboxGroup({ legend, roles, onChange, errors }: RoleCheckboxGroupProps) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      legend={legend}
      name="roles"
      options={officerRoles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
      values={roles}
      onToggle={(toggled, checked) => {
        if (isOfficerRole(toggled))
          onChange(officerRoles.filter((role) => (role === toggled ? checked : roles.includes(role))));
      }}
      errors={errors}
    />
  );
}
