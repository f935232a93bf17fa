import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MemberChoicesQuery } from './members.operations';

export interface MemberChoice {
  id: string;
  name: string;
}

/**
 * Picks a member of the organisation by typing part of their name; the api searches (an
 * organisation may have thousands). Used wherever a form names a member: an appointment, a
 * handover, an invitation.
 */
export function MemberPicker({
  organisationId,
  label,
  description,
  value,
  onChange,
  required = false,
  unavailable,
}: {
  organisationId: string;
  label: string;
  description?: string;
  value: MemberChoice | null;
  onChange: (member: MemberChoice | null) => void;
  required?: boolean;
  /** Members shown but not choosable (those who already have an account, for an invitation). */
  unavailable?: (member: { hasAccount: boolean }) => boolean;
}) {
  const { t } = useTranslation('members');
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  // Once a member is picked, the field shows their name: search the whole list again only when it is edited.
  const query = value && debounced === value.name ? '' : debounced.trim();
  const [{ data, fetching }] = useQuery({ query: MemberChoicesQuery, variables: { organisationId, search: query || null } });
  const choices = useMemo(() => {
    const found = data?.members.nodes ?? [];
    const options = found.map((member) => ({ value: member.id, label: member.name, disabled: unavailable?.(member) ?? false }));
    // The chosen member stays an option while another search runs, so its name stays shown.
    return value && !found.some((member) => member.id === value.id) ? [{ value: value.id, label: value.name, disabled: false }, ...options] : options;
  }, [data, value, unavailable]);

  return (
    <Select
      label={label}
      description={description ?? t('picker.hint')}
      required={required}
      clearable={!required}
      searchable
      // The api filters by name (accents and case aside): show what it found.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={fetching ? undefined : t('picker.nothing')}
      data={choices}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
    />
  );
}
