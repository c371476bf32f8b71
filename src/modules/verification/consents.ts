import type { Readable } from 'node:stream';
import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { ageOn } from '../../domain/id-number.ts';
import { addDocument, householdInScope } from '../registry/service.ts';

/** GET /households/:id/consents: each member, whether an adult, and their 核对授权书 if on file. */
export async function listConsents(deps: Deps, actor: Actor, householdId: number) {
  const h = await householdInScope(deps.db, actor, householdId);
  const today = todayInChina(deps.clock);
  const [members, docs] = await Promise.all([
    deps.db.selectFrom('persons').select(['id', 'name', 'birth_date']).where('household_id', '=', h.id).orderBy('id').execute(),
    deps.db.selectFrom('documents').select(['id', 'person_id', 'uploaded_at']).where('household_id', '=', h.id).where('kind', '=', 'consent').where('person_id', 'is not', null).orderBy('id').execute(),
  ]);
  return {
    items: members.map((m) => {
      const doc = docs.filter((d) => d.person_id === m.id).at(-1);
      return { personId: m.id, name: m.name, adult: ageOn(m.birth_date, today) >= 18, documentId: doc?.id ?? null, uploadedAt: doc?.uploaded_at ?? null };
    }),
  };
}

/** POST /households/:id/members/:personId/consent: the member's signed 核对授权书, kept on the file. */
export async function addConsent(deps: Deps, actor: Actor, householdId: number, personId: number, upload: { filename: string; stream: Readable & { truncated?: boolean } }) {
  const h = await householdInScope(deps.db, actor, householdId);
  const person = await deps.db.selectFrom('persons').select('id').where('id', '=', personId).where('household_id', '=', h.id).executeTakeFirst();
  if (!person) {
    upload.stream.resume();
    throw new DomainError('not_found', 'person_not_found', { params: { id: personId } });
  }
  return addDocument(deps, actor, householdId, { kind: 'consent', filename: upload.filename, stream: upload.stream, personId });
}
