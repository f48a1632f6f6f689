// How the analytical part's fields name what they show: «kind», «kind:argument» or either with «#requests»
// (the count with its noun). The argument is a topic's stored name, a region code, «field:value» of the
// portrait, «rank:topic» of the top 10, or the direction a sentence states; it may itself hold «:» or «#».

const REQUESTS = '#requests';

/** The fields whose argument is a topic's stored name (top10Count: after its rank). */
const TOPIC_KINDS = new Set([
  'topicName',
  'topicCount',
  'topicPrevious',
  'topicShare',
  'topicRising',
  'topicFalling',
  'topicDelta',
  'over30Change',
  'newCount',
]);

export interface FieldKey {
  kind: string;
  arg: string;
  noun: 'requests' | null;
}

export const fieldKeyOf = (kind: string, arg?: string, noun?: 'requests'): string =>
  `${kind}${arg === undefined ? '' : `:${arg}`}${noun ? REQUESTS : ''}`;

export function parseFieldKey(key: string): FieldKey {
  // Only a known noun is a suffix: a topic may well be called «Вопрос #5» or a value «#N/A».
  const noun = key.endsWith(REQUESTS) ? 'requests' : null;
  const body = noun ? key.slice(0, -REQUESTS.length) : key;
  const colon = body.indexOf(':');
  return colon >= 0
    ? { kind: body.slice(0, colon), arg: body.slice(colon + 1), noun }
    : { kind: body, arg: '', noun };
}

/** The key with the topic it names renamed; other keys as they are. */
export function renameTopicInKey(key: string, from: string, to: string): string {
  const { kind, arg, noun } = parseFieldKey(key);
  const n = noun ?? undefined;
  if (TOPIC_KINDS.has(kind)) return arg === from ? fieldKeyOf(kind, to, n) : key;
  if (kind === 'top10Count') {
    const at = arg.indexOf(':');
    return arg.slice(at + 1) === from ? fieldKeyOf(kind, `${arg.slice(0, at)}:${to}`, n) : key;
  }
  return key;
}

/** The stored name of the topic a key names; null for a key that names none. */
export function topicOfKey(key: string): string | null {
  const { kind, arg } = parseFieldKey(key);
  if (TOPIC_KINDS.has(kind)) return arg;
  if (kind === 'top10Count') return arg.slice(arg.indexOf(':') + 1);
  return null;
}
