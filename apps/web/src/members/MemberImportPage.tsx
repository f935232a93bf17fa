import { Anchor, Button, Code, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { PreviewMemberImportMutation as PreviewResult } from '../gql/graphql';
import { useOrganisation } from '../organisations/organisation-context';
import { formatDate } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatNumber } from '../ui/numbers';
import { PageTitle } from '../ui/PageTitle';
import { ScrollRegion } from './ScrollRegion';
import { ImportMembersMutation, PreviewMemberImportMutation } from './members.operations';

type Report = PreviewResult['previewMemberImport'];

/** How many accepted lines the preview shows: enough to check the columns were read right. */
const ACCEPTED_SAMPLE = 10;
const EXAMPLE = `nom;type;collège;email;adhésion;droit de vote;convocation électronique;représentant
Hélène Durand;personne physique;salariés;helene@example.org;15/03/2024;oui;oui;
Ville de Dinan;personne morale;collectivités;mairie@dinan.example;09/01/2023;oui;non;Anne Le Goff`;

/** A CSV file of members: its preview line by line, then, once confirmed, its import. */
export function MemberImportPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('members');
  const { t: common } = useTranslation('common');
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [previewResult, preview] = useMutation(PreviewMemberImportMutation);
  const [importResult, importMembers] = useMutation(ImportMembersMutation);
  const membersPath = `/o/${organisation.id}/members`;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setImported(null);
    setCsv(null);
    if (!chosen) return;
    const text = await chosen.text();
    setCsv(text);
    const answer = await preview({ organisationId: organisation.id, csv: text });
    if (answer.data) setReport(answer.data.previewMemberImport);
  };
  const confirm = async () => {
    if (!csv) return;
    const answer = await importMembers({ organisationId: organisation.id, csv });
    if (answer.data) {
      setImported(answer.data.importMembers.importedCount);
      setReport(null);
      setFile(null);
      setCsv(null);
    }
  };

  return (
    <>
      <PageTitle title={t('importPage.title')} description={t('importPage.intro')} />
      <Stack gap="lg">
        <Anchor component={Link} to={membersPath}>
          {t('detail.backToList')}
        </Anchor>
        {imported !== null && (
          <Paper withBorder p="md" role="status" style={{ borderColor: 'var(--mantine-color-teal-9)' }}>
            <Group gap="md">
              <Text fw={700}>{t('importPage.done', { count: imported, formatted: formatNumber(imported) })}</Text>
              <Anchor component={Link} to={membersPath}>
                {t('importPage.seeMembers')}
              </Anchor>
            </Group>
          </Paper>
        )}
        <Paper withBorder p="lg">
          <Stack>
            <FileInput
              label={t('importPage.file')}
              accept=".csv,text/csv,text/plain"
              value={file}
              onChange={(chosen) => void choose(chosen)}
              clearable
              clearButtonProps={{ 'aria-label': t('importPage.clearFile') }}
              maw={480}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('importPage.example')}
              </Text>
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {EXAMPLE}
              </Code>
            </Stack>
            {previewResult.fetching && <Text>{t('importPage.reading')}</Text>}
            <ErrorAlert error={previewResult.error} />
          </Stack>
        </Paper>
        {report && (
          <ImportPreview
            report={report}
            confirm={
              <Stack gap="xs">
                <ErrorAlert error={importResult.error} />
                <Text size="sm" c="dimmed">
                  {t('importPage.nothingYet')}
                </Text>
                <Group>
                  <Button onClick={() => void confirm()} loading={importResult.fetching} disabled={report.acceptedCount === 0}>
                    {report.acceptedCount === 0
                      ? t('importPage.nothingToImport')
                      : t('importPage.confirm', { count: report.acceptedCount, formatted: formatNumber(report.acceptedCount) })}
                  </Button>
                  <Button variant="default" onClick={() => void choose(null)}>
                    {common('cancel')}
                  </Button>
                </Group>
              </Stack>
            }
          />
        )}
      </Stack>
    </>
  );
}

function ImportPreview({ report, confirm }: { report: Report; confirm: ReactNode }) {
  const { t } = useTranslation('members');
  const { t: common } = useTranslation('common');
  const sample = report.accepted.slice(0, ACCEPTED_SAMPLE);
  return (
    <Stack gap="lg">
      <Text fw={500} role="status">
        {t('importPage.summary', {
          total: formatNumber(report.totalLines),
          accepted: formatNumber(report.acceptedCount),
          refused: formatNumber(report.refusedCount),
        })}
      </Text>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('importPage.refusedTitle')}
        </Title>
        {report.refused.length === 0 ? (
          <Text c="dimmed">{t('importPage.noRefused')}</Text>
        ) : (
          <ScrollRegion label={t('importPage.refusedLabel')} minWidth={640}>
            <Table aria-label={t('importPage.refusedLabel')} withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('importPage.line')}</Table.Th>
                  <Table.Th scope="col">{t('importPage.reasons')}</Table.Th>
                  <Table.Th scope="col">{t('importPage.content')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.refused.map((line) => (
                  <Table.Tr key={line.line}>
                    <Table.Th scope="row">{formatNumber(line.line)}</Table.Th>
                    <Table.Td>
                      <Stack gap={2}>
                        {line.reasons.map((reason) => (
                          <Text key={reason} size="sm">
                            {reason}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Code>{line.raw}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>
      {sample.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('importPage.acceptedTitle')}
          </Title>
          <ScrollRegion label={t('importPage.acceptedLabel')} minWidth={640}>
            <Table aria-label={t('importPage.acceptedLabel')} withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('importPage.line')}</Table.Th>
                  <Table.Th scope="col">{t('columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('columns.college')}</Table.Th>
                  <Table.Th scope="col">{t('fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('columns.joinedOn')}</Table.Th>
                  <Table.Th scope="col">{t('fields.representativeName')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sample.map((line) => (
                  <Table.Tr key={line.line}>
                    <Table.Th scope="row">{formatNumber(line.line)}</Table.Th>
                    <Table.Td>{line.name}</Table.Td>
                    <Table.Td>{common(`memberKinds.${line.kind}`)}</Table.Td>
                    <Table.Td>{line.collegeName ?? '—'}</Table.Td>
                    <Table.Td>{line.email ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(line.joinedOn)}</Table.Td>
                    <Table.Td>{line.representativeName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {report.acceptedCount > sample.length && <Text size="sm">{t('importPage.acceptedMore', { count: report.acceptedCount - sample.length })}</Text>}
        </Stack>
      )}
      {confirm}
    </Stack>
  );
}
