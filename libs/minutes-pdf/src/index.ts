/**
 * @collegial/minutes-pdf — the papers of a meeting as PDF: the minutes (procès-verbal),
 * the attendance sheet, a proxy form and the postal convocations. Pure functions: plain
 * data in, PDF bytes out; no database, no framework. See README.md.
 */
export type { PaperLocale } from './format';
export type { PaperFonts } from './paper-fonts';
export type { PaperOptions } from './paper-writer';
export type * from './paper-data';
export type * from './minutes-document';
export { minutesSeal } from './minutes-seal';
export { canonicalJson } from './canonical-json';
export { renderMinutes, type MinutesOptions } from './render-minutes';
export { quorumStatement, resolutionFigures, majorityRuleText } from './from-governance';
export { sampleMinutes, type SampleMinutesOptions } from './sample-minutes';
export { renderAttendanceSheet, type AttendanceSheet, type AttendanceSheetMember } from './render-attendance-sheet';
export { renderProxyForm, type ProxyForm } from './render-proxy-form';
export { renderPostalConvocations, type PostalConvocations, type PostalRecipient } from './render-postal-convocations';
export { sampleAttendanceSheet, samplePostalConvocations, sampleProxyForm } from './sample-papers';
