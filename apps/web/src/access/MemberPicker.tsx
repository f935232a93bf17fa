import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MemberChoicesQuery } from './access.operations';

/** Picks a member of the organisation by name, searched on the server (an organisation may have thousands). */
export function MemberPicker({
  organisationId,
  value,
  onChange,
}: {
  organisationId: string;
  value: string | null;
  onChange: (memberId: string | null) => void;
}) {
  const { t } = useTranslation('access');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [members] = useQuery({ query: MemberChoicesQuery, variables: { organisationId, search: debounced || null } });
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = useMemo(() => {
    const found = (members.data?.members.nodes ?? []).map((member) => ({ value: member.id, label: member.name, disabled: member.hasAccount }));
    // The chosen member stays an option while another search runs, so its name stays shown.
    return chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  }, [members.data, chosen]);

  return (
    <Select
      label={t('invite.member')}
      description={t('invite.memberHint')}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by name (accents and case aside).
      filter={({ options }) => options}
      nothingFoundMessage={members.fetching ? undefined : t('invite.memberNothing')}
      onChange={(memberId, option) => {
        setChosen(memberId && option ? { value: option.value, label: option.label } : null);
        onChange(memberId);
      }}
    />
  );
}
