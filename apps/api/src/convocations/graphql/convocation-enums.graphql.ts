import { graphqlEnum } from '../../core/graphql/graphql-enum';
import { CONVOCATION_ANSWERS, CONVOCATION_CHANNELS, CONVOCATION_STATUSES, SIGN_IN_MODES } from '../entities/convocation-enums';

export const ConvocationChannelEnum = graphqlEnum('ConvocationChannel', CONVOCATION_CHANNELS, 'How a member is convened: e-mail (with consent), else post.');
export const ConvocationStatusEnum = graphqlEnum(
  'ConvocationStatus',
  CONVOCATION_STATUSES,
  'queued: waiting to be sent; sent: accepted by the mail server; failed: refused (see failureReason), retried; post: to print and post.',
);
export const ConvocationAnswerEnum = graphqlEnum('ConvocationAnswer', CONVOCATION_ANSWERS, "A member's reply to a convocation.");
export const SignInModeEnum = graphqlEnum('SignInMode', SIGN_IN_MODES, 'How a member signs in to an open meeting.');
