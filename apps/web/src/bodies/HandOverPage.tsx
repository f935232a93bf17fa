import { Alert, Anchor, Button, Group, Paper, Radio, Select, Stack, Stepper, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { MandateEndReason } from '../gql/graphql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { DateField } from '../ui/DateField';
import { formatDate, today } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { BodyQuery, HandOverMutation, OpenMandatesQuery } from './bodies.operations';
import { lastDayInOffice } from '../ui/mandate-period';
import { MANDATE_END_REASONS } from './mandate-roles';
import { MemberPicker, type MemberChoice } from '../members/MemberPicker';

const STEPS = ['mandate', 'successor', 'decision', 'summary'] as const;

/**
 * A handover (passation) in four steps: the mandate that passes, the successor, the date and
 * the decision that names them, then a summary to confirm. The api records it at once: the
 * outgoing mandate ends the day the successor's starts.
 */
export function HandOverPage() {
  const organisation = useOrganisation();
  const { bodyId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const phone = useMediaQuery('(max-width: 48em)');
  const organisationId = organisation.id;
  const [bodyResult] = useQuery({ query: BodyQuery, variables: { organisationId, bodyId } });
  const [mandatesResult] = useQuery({ query: OpenMandatesQuery, variables: { organisationId, bodyId } });
  const [active, setActive] = useState(0);
  const [tried, setTried] = useState(false);
  const [mandateId, setMandateId] = useState<string | null>(searchParams.get('mandate'));
  const [successor, setSuccessor] = useState<MemberChoice | null>(null);
  const [on, setOn] = useState<string | null>(today());
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState<MandateEndReason | null>(null);
  const [successorTermEndOn, setSuccessorTermEndOn] = useState<string | null>(null);
  const [result, handOver] = useMutation(HandOverMutation);

  const body = bodyResult.data?.body;
  const mandates = mandatesResult.data?.mandates.nodes ?? [];
  const mandate = mandates.find((candidate) => candidate.id === mandateId) ?? null;
  // The api asks why the outgoing mandate ends unless its term ends on the handover date.
  const needsReason = !!mandate && mandate.termEndOn !== on;
  const bodyPath = `/o/${organisationId}/bodies/${bodyId}`;

  const stepComplete = (step: number): boolean => {
    if (step === 0) return !!mandate;
    if (step === 1) return !!successor;
    if (step === 2) return !!on && decision.trim() !== '' && (!needsReason || !!reason);
    return true;
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!stepComplete(active)) return setTried(true);
    setTried(false);
    setActive(active + 1);
  };
  const confirm = async () => {
    if (!mandate || !successor || !on) return;
    const answer = await handOver({
      organisationId,
      input: {
        bodyId,
        role: mandate.role,
        outgoingMemberId: mandate.member.id,
        successorMemberId: successor.id,
        on,
        decision: decision.trim(),
        outgoingEndReason: needsReason ? reason : 'expiry',
        successorTermEndOn,
      },
    });
    if (answer.data) {
      notifyDone(t('handover.done', { name: successor.name, role: common(`mandateRoles.${mandate.role}`), date: formatDate(on) }));
      void navigate(`${bodyPath}?on=${on}`);
    }
  };
  const missing = (filled: boolean) => (tried && !filled ? common('required') : undefined);

  if (!canManage(organisation))
    return (
      <Alert color="orange" role="alert">
        {t('handover.forbidden')}
      </Alert>
    );
  if (!body)
    return (
      <QueryState fetching={bodyResult.fetching} error={bodyResult.error}>
        {null}
      </QueryState>
    );

  const stepContent: Record<(typeof STEPS)[number], ReactNode> = {
    mandate: (
      <QueryState fetching={mandatesResult.fetching} error={mandatesResult.error} empty={mandates.length === 0} emptyText={t('handover.noMandate')}>
        <Radio.Group label={t('handover.mandate')} required value={mandateId} onChange={setMandateId} error={missing(!!mandate)}>
          <Stack gap="xs" mt="xs">
            {mandates.map((candidate) => (
              <Radio
                key={candidate.id}
                value={candidate.id}
                label={t('handover.mandateOption', {
                  role: common(`mandateRoles.${candidate.role}`),
                  name: candidate.member.name,
                  from: formatDate(candidate.startOn),
                })}
              />
            ))}
          </Stack>
        </Radio.Group>
      </QueryState>
    ),
    // The outgoing holder may be re-elected: any member can succeed.
    successor: <MemberPicker organisationId={organisationId} label={t('handover.successor')} value={successor} onChange={setSuccessor} required />,
    decision: (
      <Stack>
        <DateField label={t('handover.on')} description={t('handover.onHint')} required value={on} onChange={setOn} error={missing(!!on)} />
        <TextInput
          label={t('handover.decision')}
          placeholder={t('handover.decisionPlaceholder')}
          required
          value={decision}
          onChange={(e) => setDecision(e.currentTarget.value)}
          error={missing(decision.trim() !== '')}
        />
        {needsReason && (
          <Select
            label={t('handover.outgoingEndReason')}
            description={t('handover.outgoingEndReasonHint')}
            required
            value={reason}
            onChange={(value) => setReason(value)}
            data={MANDATE_END_REASONS.filter((value) => value !== 'expiry').map((value) => ({ value, label: common(`mandateEndReasons.${value}`) }))}
            error={missing(!!reason)}
          />
        )}
        <DateField
          label={t('handover.successorTermEndOn')}
          description={t('handover.successorTermEndHint')}
          clearable
          value={successorTermEndOn}
          onChange={setSuccessorTermEndOn}
        />
      </Stack>
    ),
    summary: mandate && successor && on && (
      <Stack>
        <Table variant="vertical" withTableBorder layout="fixed">
          <Table.Tbody>
            <SummaryRow label={t('handover.summaryRole')} value={common(`mandateRoles.${mandate.role}`)} />
            <SummaryRow
              label={t('handover.summaryOutgoing')}
              value={t('handover.summaryOutgoingLast', { name: mandate.member.name, date: formatDate(lastDayInOffice(on)) })}
            />
            <SummaryRow label={t('handover.summaryIncoming')} value={t('handover.summaryIncomingFirst', { name: successor.name, date: formatDate(on) })} />
            <SummaryRow label={t('handover.summaryDecision')} value={decision.trim()} />
            <SummaryRow label={t('handover.summaryReason')} value={common(`mandateEndReasons.${needsReason ? reason : 'expiry'}`)} />
            <SummaryRow
              label={t('handover.summaryTerm')}
              value={successorTermEndOn ? formatDate(lastDayInOffice(successorTermEndOn)) : t('handover.summaryTermDefault')}
            />
          </Table.Tbody>
        </Table>
        <ErrorAlert error={result.error} />
      </Stack>
    ),
  };

  return (
    <>
      <Anchor component={Link} to={bodyPath} size="sm">
        {body.name}
      </Anchor>
      <PageTitle title={t('handover.title', { body: body.name })} description={t('handover.description')} />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
        <Stepper active={active} onStepClick={setActive} allowNextStepsSelect={false} orientation={phone ? 'vertical' : 'horizontal'} size="sm">
          {STEPS.map((step) => (
            <Stepper.Step key={step} label={t(`handover.steps.${step}`)} description={t(`handover.steps.${step}Description`)}>
              <form noValidate onSubmit={step === 'summary' ? (e) => (e.preventDefault(), void confirm()) : next}>
                <Stack mt="md" maw={560}>
                  {stepContent[step]}
                  <Group justify="space-between" mt="sm">
                    <Button variant="default" onClick={() => (active === 0 ? void navigate(bodyPath) : setActive(active - 1))}>
                      {active === 0 ? common('cancel') : common('previous')}
                    </Button>
                    <Button type="submit" loading={step === 'summary' && result.fetching}>
                      {step === 'summary' ? t('handover.confirm') : common('next')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Stepper.Step>
          ))}
        </Stepper>
      </Paper>
    </>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w={{ base: 120, sm: 220 }}>{label}</Table.Th>
      <Table.Td>
        <Text size="sm">{value}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
