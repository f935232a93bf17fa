import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { MemberPicker, type MemberChoice } from '../members/MemberPicker';
import { DateField } from '../ui/DateField';
import { TIME_ZONES } from './meeting-time';

/** When and where a meeting takes place, as typed: the wall clock of its time zone. */
export interface MeetingWhenWhere {
  title: string;
  date: string | null;
  time: string;
  timeZone: string;
  durationMinutes: number | null;
  place: string;
  remoteLink: string;
  /** Chairs the sitting: receives the blank proxies when the rules say so. */
  chair: MemberChoice | null;
}

/** The fields of a meeting shared by scheduling and editing: title, date, time, zone, duration, place, video link, chair. */
export function MeetingFields({
  organisationId,
  value,
  onChange,
}: {
  organisationId: string;
  value: MeetingWhenWhere;
  onChange: (value: MeetingWhenWhere) => void;
}) {
  const { t } = useTranslation('meetings');
  const set = (changes: Partial<MeetingWhenWhere>) => onChange({ ...value, ...changes });
  return (
    <>
      <TextInput
        label={t('schedule.titleField')}
        description={t('schedule.titleHint')}
        value={value.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField label={t('schedule.date')} required value={value.date} onChange={(date) => set({ date })} />
        <TimeInput label={t('schedule.time')} required value={value.time} onChange={(e) => set({ time: e.currentTarget.value })} />
        <Select
          label={t('schedule.timeZone')}
          required
          searchable
          allowDeselect={false}
          value={value.timeZone}
          onChange={(timeZone) => timeZone && set({ timeZone })}
          data={TIME_ZONES.includes(value.timeZone) ? TIME_ZONES : [value.timeZone, ...TIME_ZONES]}
        />
        <NumberInput
          label={t('schedule.duration')}
          min={1}
          max={1440}
          step={15}
          value={value.durationMinutes ?? ''}
          onChange={(minutes) => set({ durationMinutes: typeof minutes === 'number' ? minutes : null })}
        />
      </SimpleGrid>
      <TextInput
        label={t('schedule.place')}
        description={t('schedule.placeHint')}
        value={value.place}
        onChange={(e) => set({ place: e.currentTarget.value })}
      />
      <TextInput
        label={t('schedule.remoteLink')}
        description={t('schedule.remoteLinkHint')}
        type="url"
        placeholder="https://"
        value={value.remoteLink}
        onChange={(e) => set({ remoteLink: e.currentTarget.value })}
      />
      <MemberPicker
        organisationId={organisationId}
        label={t('schedule.chair')}
        description={t('schedule.chairHint')}
        value={value.chair}
        onChange={(chair) => set({ chair })}
      />
    </>
  );
}
