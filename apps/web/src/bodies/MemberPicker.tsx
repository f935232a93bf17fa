import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MemberChoicesQuery } from './bodies.operations';

export interface MemberChoice {
  id: string;
  name: string;
}

/** Picks a member of the organisation by typing part of their name; the api searches (there may be thousands). */
export function MemberPicker({
  organisationId,
  label,
  value,
  onChange,
}: {
  organisationId: string;
  label: string;
  value: MemberChoice | null;
  onChange: (member: MemberChoice | null) => void;
}) {
  const { t } = useTranslation('bodies');
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  // Once a member is picked, the field shows their name: search the whole list again only when it is edited.
  const query = value && debounced === value.name ? '' : debounced.trim();
  const [{ data, fetching }] = useQuery({ query: MemberChoicesQuery, variables: { organisationId, search: query || null } });
  const choices = useMemo(() => {
    const found = data?.members.nodes ?? [];
    const all = value && !found.some((member) => member.id === value.id) ? [value, ...found] : found;
    return all.map((member) => ({ value: member.id, label: member.name }));
  }, [data, value]);

  return (
    <Select
      label={label}
      description={t('appoint.memberHint')}
      required
      searchable
      // The api filters by name (accents and case aside): show what it found.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={fetching ? undefined : t('appoint.noMember')}
      data={choices}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
    />
  );
}
