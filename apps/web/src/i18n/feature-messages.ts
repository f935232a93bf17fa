/** One feature's strings, French first: a namespace of i18next. English must have every French key (checked by the type). */
export interface FeatureMessages<T extends Record<string, unknown> = Record<string, unknown>> {
  namespace: string;
  fr: T;
  en: T;
}

export const featureMessages = <T extends Record<string, unknown>>(namespace: string, fr: T, en: T): FeatureMessages<T> => ({ namespace, fr, en });
