import type { AuthorityParty, GebiedsprocesAuthority } from '@gebiedsgericht/core';

/** The party with this id, when the authority knows it. */
export function partyOf(authority: GebiedsprocesAuthority, partyId: string): AuthorityParty | undefined {
  return authority.parties.find((p) => p.id === partyId);
}

/** The structure with this id, when the authority knows it. */
export function structureOf(
  authority: GebiedsprocesAuthority,
  id: string,
): GebiedsprocesAuthority['structures'][number] | undefined {
  return authority.structures.find((s) => s.id === id);
}

/**
 * Whether `actor` (an id the host system authenticated) acts for the party: the party itself, one
 * of its bodies, or one of its persons.
 */
export function actsForParty(authority: GebiedsprocesAuthority, actor: string, partyId: string): boolean {
  const party = partyOf(authority, partyId);
  if (!party) return false;
  return actor === party.id || party.bodyIds.includes(actor) || party.personIds.includes(actor);
}

/**
 * The parties an actor id stands for: a party itself; the party of a body or a person; every
 * member party of a structure (a structure is a party to whatever any of its members is a party to).
 * Empty for an id the startnotitie does not know.
 */
export function partiesOfActor(authority: GebiedsprocesAuthority, actor: string): string[] {
  const structure = structureOf(authority, actor);
  if (structure) return [...structure.memberPartyIds];
  return authority.parties.filter((p) => actsForParty(authority, actor, p.id)).map((p) => p.id);
}

/**
 * Whether `actor` acts as `id`, a party or a structure: the id itself, or for a party its body or
 * person, or for a structure a body or person of one of its member parties.
 */
export function actsAs(authority: GebiedsprocesAuthority, actor: string, id: string): boolean {
  if (actor === id) return true;
  const structure = structureOf(authority, id);
  if (structure) return structure.memberPartyIds.some((partyId) => actsForParty(authority, actor, partyId));
  return actsForParty(authority, actor, id);
}

/** Whether the id is known at all: a party, body, person or structure of the area process. */
export function isKnownActor(authority: GebiedsprocesAuthority, actor: string): boolean {
  return structureOf(authority, actor) !== undefined || partiesOfActor(authority, actor).length > 0;
}

/** The decision rules that decide a step: those naming it, else those naming no step. */
export function decidersOfStep(
  authority: GebiedsprocesAuthority,
  stepId: string,
): { partyId: string; bodyId: string }[] {
  const named = authority.decisionRules.filter((r) => r.stepIds?.includes(stepId));
  const rules = named.length > 0 ? named : authority.decisionRules.filter((r) => r.stepIds === undefined);
  return rules.flatMap((r) => r.deciders);
}
