import { SetMetadata } from '@nestjs/common';

export const PUBLIC_OPERATION = 'collegial:public';

/** An operation open without a session (register, login, accepting an invitation). */
export const Public = () => SetMetadata(PUBLIC_OPERATION, true);
