import type { LocalisedMessage } from './domain-error';
import type { InputRejection } from './input-rejection';

/**
 * GraphQL's own refusals of malformed requests (variable coercion, validation of inline
 * values, syntax) are in English, phrased for a developer; here they become a message
 * in French and English naming the variable or field, as every other refusal.
 */

const VARIABLE_VALUE = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const VARIABLE_MISSING = /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.$/;
const VARIABLE_NULL = /^Variable "\$([^"]+)" of non-null type "([^"]+)" must not be null\.$/;
const LITERAL_VALUE = /^Expected value of type "([^"]+)", found [\s\S]*?(?:; ([\s\S]*)|\.)$/;

function detail(subject: { fr: string; en: string }, text: string): LocalisedMessage | undefined {
  let m: RegExpExecArray | null;
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(text)) {
    return { fr: `${subject.fr} est obligatoire : null n'est pas accepté.`, en: `${subject.en} is required: null is not accepted.` };
  }
  if ((m = /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/.exec(text))) {
    return { fr: `Le champ obligatoire « ${m[1]} » manque dans ${subject.fr}.`, en: `The required field "${m[1]}" is missing from ${subject.en}.` };
  }
  if ((m = /^Field "([^"]+)" is not defined by type "([^"]+)"/.exec(text))) {
    return { fr: `Le champ « ${m[1]} » n'existe pas dans ${m[2]} (${subject.fr}).`, en: `The field "${m[1]}" does not exist in ${m[2]} (${subject.en}).` };
  }
  if ((m = /^Expected type "([^"]+)" to be an object\.$/.exec(text))) {
    return { fr: `${subject.fr} doit être un objet ${m[1]}.`, en: `${subject.en} must be a ${m[1]} object.` };
  }
  if (/^(String|ID) cannot represent/.test(text)) return { fr: `${subject.fr} doit être un texte.`, en: `${subject.en} must be a string.` };
  if (/^Int cannot represent/.test(text)) {
    return {
      fr: `${subject.fr} doit être un nombre entier (de -2147483648 à 2147483647).`,
      en: `${subject.en} must be a whole number (from -2147483648 to 2147483647).`,
    };
  }
  if (/^Float cannot represent/.test(text)) return { fr: `${subject.fr} doit être un nombre.`, en: `${subject.en} must be a number.` };
  if (/^Boolean cannot represent/.test(text)) return { fr: `${subject.fr} doit valoir true ou false.`, en: `${subject.en} must be true or false.` };
  if ((m = /^(?:Value "([^"]*)" does not exist in|Enum) "([^"]+)"/.exec(text))) {
    return { fr: `${subject.fr} n'est pas une valeur possible de ${m[2]}.`, en: `${subject.en} is not a possible value of ${m[2]}.` };
  }
  if (/^JSON(Object)? cannot represent/.test(text) || /^Expected an object/.test(text)) {
    return { fr: `${subject.fr} doit être un objet JSON.`, en: `${subject.en} must be a JSON object.` };
  }
  return undefined;
}

/** "La date …" after "« field » : " reads "la date …". */
function lowerFirst(text: string): string {
  return /^[A-ZÀ-Ý][a-zà-ÿ]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function named(variable: string, path: string | undefined): { fr: string; en: string } {
  const field = path ?? variable;
  return { fr: `« ${field} »`, en: `"${field}"` };
}

/** Both languages for a malformed-request message of GraphQL, or undefined when it is none of those. */
export function describeGraphQLInputError(message: string, inner?: string, rejection?: InputRejection): LocalisedMessage | undefined {
  let m: RegExpExecArray | null;
  const variable = /^Variable "\$([^"]+)" got invalid value /.exec(message);
  if (variable) {
    // GraphQL writes `Variable "$x" got invalid value <value>[ at "x.path"]; <inner message>`.
    const split = inner && message.endsWith(`; ${inner}`) ? { prefix: message.slice(0, -inner.length - 2), text: inner } : null;
    const parts = split ?? (VARIABLE_VALUE.exec(message) ? { prefix: message, text: VARIABLE_VALUE.exec(message)![3] } : { prefix: message, text: '' });
    const subject = named(variable[1], / at "([^"]+)"$/.exec(parts.prefix)?.[1]);
    if (rejection) return { fr: `${subject.fr} : ${lowerFirst(rejection.messages.fr)}`, en: `${subject.en}: ${lowerFirst(rejection.messages.en)}` };
    return detail(subject, parts.text) ?? { fr: `${subject.fr} : valeur refusée (${parts.text})`, en: `${subject.en}: value refused (${parts.text})` };
  }
  if ((m = VARIABLE_MISSING.exec(message))) {
    return { fr: `La variable $${m[1]} (${m[2]}) est obligatoire.`, en: `The variable $${m[1]} (${m[2]}) is required.` };
  }
  if ((m = VARIABLE_NULL.exec(message))) {
    return { fr: `La variable $${m[1]} (${m[2]}) ne peut pas être null.`, en: `The variable $${m[1]} (${m[2]}) cannot be null.` };
  }
  if ((m = LITERAL_VALUE.exec(message))) {
    if (rejection) return rejection.messages;
    const subject = { fr: `Une valeur de type ${m[1]}`, en: `A value of type ${m[1]}` };
    return (m[2] ? detail(subject, m[2]) : undefined) ?? { fr: `Valeur refusée : un ${m[1]} est attendu.`, en: `Value refused: a ${m[1]} is expected.` };
  }
  if (rejection) return rejection.messages;
  return undefined;
}

/** Any other refusal of the request itself (syntax, unknown field, limits): French first, GraphQL's English detail kept. */
export function describeMalformedRequest(message: string, code: string): LocalisedMessage {
  if (code === 'GRAPHQL_PARSE_FAILED') return { fr: `La requête GraphQL est mal formée : ${message}`, en: message };
  return { fr: `La requête GraphQL est invalide : ${message}`, en: message };
}
