import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { LocalisedMessage } from '../errors/domain-error';
import { InputRejection } from '../errors/input-rejection';
import { requestLocale } from '../locale/request-locale';
import { DEFAULT_MAX_TEXT_LENGTH, hasForbiddenCharacter } from '../text/text-rules';
import type { InputFieldRules } from './input-rules';

/** Longest list an argument or input field accepts. */
export const MAX_LIST_LENGTH = 100;
/** JSON arguments (a governance profile): nesting, number of values, length of each text. */
export const MAX_JSON_DEPTH = 16;
export const MAX_JSON_VALUES = 5000;
export const MAX_JSON_TEXT_LENGTH = 2000;

const MIN_INSTANT = Date.UTC(1900, 0, 1);
const MAX_INSTANT = Date.UTC(2201, 0, 1);
const TEXT_SCALARS = new Set(['String', 'ID']);
const JSON_SCALARS = new Set(['JSON', 'JSONObject']);

type Path = (string | number)[];

function printPath(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function refuse(path: Path, message: (field: string) => LocalisedMessage): never {
  const field = printPath(path);
  throw new InputRejection(message(field), { field });
}

function checkText(value: string, path: Path, max: number): void {
  if (hasForbiddenCharacter(value)) {
    refuse(path, (field) => ({
      fr: `« ${field} » contient un caractère interdit (caractère nul, caractère de contrôle ou demi-caractère UTF-16 isolé).`,
      en: `"${field}" contains a forbidden character (NUL, a control character or a lone UTF-16 surrogate).`,
    }));
  }
  if (value.length > max) {
    refuse(path, (field) => ({
      fr: `« ${field} » est trop long : ${max} caractères au plus, ${value.length} reçus.`,
      en: `"${field}" is too long: at most ${max} characters, ${value.length} received.`,
    }));
  }
}

/**
 * A DateTime input (Nest's scalar turns any string into a Date, an invalid one included):
 * a real instant between 1900 and 2200.
 */
function checkInstant(value: Date, path: Path): void {
  const time = value.getTime();
  if (Number.isNaN(time) || time < MIN_INSTANT || time >= MAX_INSTANT) {
    refuse(path, (field) => ({
      fr: `« ${field} » n'est pas un instant valide : le format attendu est ISO 8601 avec fuseau (par exemple 2026-03-15T18:30:00Z), entre 1900 et 2200.`,
      en: `"${field}" is not a valid instant: the expected format is ISO 8601 with a time zone (e.g. 2026-03-15T18:30:00Z), between 1900 and 2200.`,
    }));
  }
}

/** A JSON value (governance profile): bounded nesting and size, clean text in keys and values. */
function checkJson(value: unknown, path: Path): void {
  let count = 0;
  const walk = (node: unknown, at: Path, depth: number): void => {
    if (++count > MAX_JSON_VALUES) {
      refuse(path, (field) => ({
        fr: `« ${field} » contient trop de valeurs (${MAX_JSON_VALUES} au plus).`,
        en: `"${field}" holds too many values (at most ${MAX_JSON_VALUES}).`,
      }));
    }
    if (depth > MAX_JSON_DEPTH) {
      refuse(path, (field) => ({
        fr: `« ${field} » est imbriqué trop profondément (${MAX_JSON_DEPTH} niveaux au plus).`,
        en: `"${field}" is nested too deeply (at most ${MAX_JSON_DEPTH} levels).`,
      }));
    }
    if (typeof node === 'string') return checkText(node, at, MAX_JSON_TEXT_LENGTH);
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, [...at, i], depth + 1));
    if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        checkText(key, [...at, key], 200);
        walk(item, [...at, key], depth + 1);
      }
    }
  };
  walk(value, path, 0);
}

/** One coerced argument value, along its input type, with the rules of the field it fills. */
function checkValue(value: unknown, type: GraphQLInputType, path: Path, rules: InputFieldRules): void {
  if (value === undefined) return;
  if (value === null) {
    if (rules.notNull) {
      refuse(path, (field) => ({
        fr: `« ${field} » ne peut pas être vide (null) : omettez ce champ pour garder la valeur actuelle.`,
        en: `"${field}" cannot be null: leave the field out to keep the current value.`,
      }));
    }
    return;
  }
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > MAX_LIST_LENGTH) {
      refuse(path, (field) => ({
        fr: `« ${field} » contient trop d'éléments (${MAX_LIST_LENGTH} au plus, ${items.length} reçus).`,
        en: `"${field}" holds too many items (at most ${MAX_LIST_LENGTH}, ${items.length} received).`,
      }));
    }
    items.forEach((item, i) => checkValue(item, inner.ofType, [...path, i], {}));
    return;
  }
  if (isInputObjectType(inner)) {
    const object = value as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      checkValue(object[field.name], field.type, [...path, field.name], field.extensions ?? {});
    }
    return;
  }
  if (isScalarType(inner)) {
    if (TEXT_SCALARS.has(inner.name) && typeof value === 'string') checkText(value, path, rules.maxLength ?? DEFAULT_MAX_TEXT_LENGTH);
    else if (JSON_SCALARS.has(inner.name)) checkJson(value, path);
    else if (value instanceof Date) checkInstant(value, path);
  }
}

/**
 * Every argument of every field the operation selects, as the resolvers will receive
 * them (variables and inline values, coerced by the schema). Values the schema itself
 * refuses are left to GraphQL, which answers them with BAD_USER_INPUT.
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) return;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition || definition.args.length === 0 || !node.arguments?.length) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(definition, node, coerced.coerced);
        } catch {
          return; // GraphQL refuses it during execution, as BAD_USER_INPUT.
        }
        const argRules = (definition.extensions as { argRules?: Record<string, InputFieldRules> } | undefined)?.argRules ?? {};
        for (const argument of definition.args) {
          checkValue(values[argument.name], argument.type, [argument.name], argRules[argument.name] ?? {});
        }
      },
    }),
  );
}

/** A subscription, where the schema has none: GraphQL would fail while executing it. */
function unsupportedOperation(kind: string): GraphQLError {
  const messages = {
    fr: `Cette API n'accepte pas d'opération « ${kind} » (requêtes et mutations seulement).`,
    en: `This API takes no "${kind}" operation (queries and mutations only).`,
  };
  return new GraphQLError(messages.fr, { extensions: { code: 'BAD_REQUEST', reason: 'UNSUPPORTED_OPERATION', messages, http: { status: 400 } } });
}

/** Errors that carry both languages speak the request's (Accept-Language), French by default. */
function localiseErrors(errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined, locale: 'fr' | 'en'): void {
  for (const error of errors ?? []) {
    const messages = error.extensions?.messages as LocalisedMessage | undefined;
    if (messages && typeof messages[locale] === 'string') (error as { message: string }).message = messages[locale];
  }
}

/**
 * The input guard: after the operation is parsed and validated, before any guard or
 * resolver runs, refuses text with NUL, control characters or lone surrogates, text
 * longer than its field's limit (MaxLength, else DEFAULT_MAX_TEXT_LENGTH), null where
 * a field is NotNull, lists past MAX_LIST_LENGTH and oversized JSON; so malformed input
 * is a BAD_USER_INPUT (HTTP 400) and nothing is stored. It also answers every error
 * that carries both languages in the request's language.
 */
export function inputGuardPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (!schema.getRootType(operation.operation)) throw unsupportedOperation(operation.operation);
          checkOperationInput(schema, document, operation, request.variables ?? {});
        },
        async willSendResponse({ request, response }) {
          const locale = requestLocale({ headers: { 'accept-language': request.http?.headers.get('accept-language') } });
          if (locale === 'fr') return;
          if (response.body.kind === 'single') localiseErrors(response.body.singleResult.errors, locale);
          else localiseErrors(response.body.initialResult.errors, locale);
        },
      };
    },
  };
}
