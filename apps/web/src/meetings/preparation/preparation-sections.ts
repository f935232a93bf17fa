import type { ComponentType } from 'react';
import type { MeetingTabProps } from '../meeting-tab-props';

/**
 * What other features add below the agenda on the Préparation tab (the documents), set by
 * app/meeting-extensions.ts so that meetings depends on none of them.
 */
export const PREPARATION_SECTIONS: { key: string; Component: ComponentType<MeetingTabProps> }[] = [];
