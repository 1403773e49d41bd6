import { nested, nonString, pollutionObject, POLLUTION_KEYS, withOwnKey, type Huge } from './hostile-values';
import type { ChannelShape } from './channel-shapes';
import type { Rng } from './rng';

export interface Ids {
  profileId: string;
  inviteId: string;
}

/**
 * Objects structured clone never delivers, for a caller that bypasses it (the harness socket,
 * a bug): valid fields on the prototype (zod reads inherited properties), accessors, class
 * instances and a Proxy whose traps throw.
 */
function notPlain(rng: Rng, shape: ChannelShape, ids: Ids): unknown {
  const fields = shape.base?.(ids) ?? { profileId: ids.profileId };
  const trap = () => {
    throw new Error('trap');
  };
  switch (rng.int(5)) {
    case 0:
      return Object.create(fields) as unknown;
    case 1: {
      const [key] = Object.keys(fields);
      return Object.defineProperty({ ...fields }, key ?? 'x', { get: trap, enumerable: true });
    }
    case 2:
      return rng.pick([new Date(0), new Map(Object.entries(fields)), new Set([1]), /x/, new Uint8Array(4)]);
    case 3:
      return new Proxy(fields, {
        ownKeys: trap,
        getPrototypeOf: trap,
        get: trap,
        getOwnPropertyDescriptor: trap,
      });
    default:
      return Object.assign(() => undefined, fields);
  }
}

/** A top-level payload of the wrong kind: for calls that take none, anything at all but undefined. */
function wrongTopLevel(rng: Rng, huge: Huge, shape: ChannelShape, ids: Ids): unknown {
  switch (rng.int(7)) {
    case 6:
      return notPlain(rng, shape, ids);
    case 0: {
      const value = nonString(rng, huge);
      // `{}` is a valid payload for calls whose fields are all optional.
      const empty = typeof value === 'object' && value !== null && Object.keys(value).length === 0;
      return empty && shape.base ? [value] : value;
    }
    case 1:
      return rng.pick(['', 'accepted', ids.profileId, huge.megabyte, '{"profileId":"x"}', '__proto__']);
    case 2:
      return shape.base ? [shape.base(ids)] : [];
    case 3:
      return nested(rng, rng.between(1, 2000), shape.base?.(ids) ?? {});
    case 4:
      return pollutionObject(rng);
    default:
      // Another call's valid payload: for calls that take none, any payload at all is wrong.
      return shape.base ? null : { profileId: ids.profileId, inviteId: ids.inviteId, response: 'accepted' };
  }
}

function breakField(rng: Rng, huge: Huge, shape: ChannelShape, payload: Record<string, unknown>): void {
  const field = rng.pick(Object.keys(shape.fields));
  const generate = shape.fields[field];
  if (generate) payload[field] = generate(rng, huge);
}

/**
 * One payload the contract refuses for this call. Object payloads start from a valid base
 * and get at least one of: a broken field, an unknown or prototype-polluting own key, a
 * missing required field, a field buried under nesting.
 */
export function hostilePayload(rng: Rng, huge: Huge, shape: ChannelShape, ids: Ids): unknown {
  if (!shape.base || rng.chance(0.15)) return wrongTopLevel(rng, huge, shape, ids);
  const payload = shape.base(ids);
  const fields = Object.keys(shape.fields);
  switch (rng.int(5)) {
    case 0:
      breakField(rng, huge, shape, payload);
      break;
    case 1:
      withOwnKey(
        payload,
        rng.pick([...POLLUTION_KEYS, 'extra', 'baseUrl', 'credential', 'id']),
        pollutionObject(rng),
      );
      if (rng.chance(0.3)) breakField(rng, huge, shape, payload);
      break;
    case 2:
      if (shape.required.length === 0) breakField(rng, huge, shape, payload);
      else delete payload[rng.pick(shape.required)];
      break;
    case 3: {
      const field = rng.pick(fields);
      payload[field] = nested(rng, rng.between(1, 500), payload[field] ?? 'x');
      break;
    }
    default:
      breakField(rng, huge, shape, payload);
      breakField(rng, huge, shape, payload);
  }
  return payload;
}
