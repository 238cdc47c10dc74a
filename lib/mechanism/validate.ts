/**
 * Validates the mechanism map against its schema and against the glossary
 * and the curated claims, so the picture can only show what the knowledge
 * base backs:
 * - every node is a glossary term (once), in a known tier, inside the map
 *   and inside its region; plain nodes do not overlap;
 * - a node's `covers` are among its term's glossary `related` terms;
 * - every edge joins two nodes and links existing claims; each of its claims
 *   names at least one end (directly or through `covers`), and each end is
 *   named by at least one of its claims;
 * - a "switches" edge has a claim whose direction is "switches";
 * - the chronic-pain weighting is backed by claims of the edge that concern
 *   a condition, and any change from the healthy weight has such claims;
 * - no orphan nodes, and the map is connected (keyboard navigation along
 *   edges reaches every node).
 * Each problem names the entry (`node:<term>`, `edge:<id>`) and what is wrong.
 */
import * as v from 'valibot';
import type { Claim, Term } from '../glossary/schema';
import { describeIssues, type Problem } from '../glossary/validate';
import { MechanismMap, type MapNode } from './schema';

export interface MechanismContext {
  terms: readonly Term[];
  claims: readonly Claim[];
}

/** Terms a claim names: its subject, object and linked terms. */
export function claimTerms(claim: Claim): Set<string> {
  return new Set([claim.subject, claim.object, ...claim.terms]);
}

/** The terms that stand for a node in claims: its own and the ones it covers. */
export function nodeTerms(node: MapNode): Set<string> {
  return new Set([node.term, ...(node.covers ?? [])]);
}

const box = (n: MapNode) => ({ left: n.x - n.w / 2, right: n.x + n.w / 2, top: n.y - n.h / 2, bottom: n.y + n.h / 2 });

export function validateMechanism(raw: unknown, context: MechanismContext): Problem[] {
  const problems: Problem[] = [];
  const add = (entry: string, message: string) => problems.push({ entry, message });

  const parsed = v.safeParse(MechanismMap, raw);
  if (!parsed.success) return [{ entry: 'mechanism', message: describeIssues(parsed.issues) }];
  const map = parsed.output;

  const terms = new Map(context.terms.map((t) => [t.id, t]));
  const claims = new Map(context.claims.map((c) => [c.id, c]));
  const tiers = new Map(map.tiers.map((t) => [t.id, t]));
  const nodes = new Map<string, MapNode>();

  for (const node of map.nodes) {
    const entry = `node:${node.term}`;
    if (nodes.has(node.term)) add(entry, 'duplicate node');
    nodes.set(node.term, node);
    const term = terms.get(node.term);
    if (!term) add(entry, `"${node.term}" is not a glossary term`);
    const tier = tiers.get(node.tier);
    if (!tier) add(entry, `unknown tier "${node.tier}"`);
    const b = box(node);
    if (b.left < 0 || b.top < 0 || b.right > map.width || b.bottom > map.height) add(entry, 'lies outside the map');
    if (tier && (node.y < tier.top || node.y > tier.bottom)) add(entry, `centre lies outside its tier "${tier.id}"`);
    for (const id of node.covers ?? []) {
      if (!terms.has(id)) add(entry, `covers "${id}", which is not a glossary term`);
      else if (term && !term.related.includes(id)) add(entry, `covers "${id}", which is not among the term's related terms`);
    }
  }

  for (const node of map.nodes) {
    if (!node.parent) continue;
    const entry = `node:${node.term}`;
    const parent = nodes.get(node.parent);
    if (parent?.shape !== 'region') {
      add(entry, `parent "${node.parent}" is not a region node`);
      continue;
    }
    const b = box(node);
    const p = box(parent);
    if (b.left < p.left || b.right > p.right || b.top < p.top || b.bottom > p.bottom)
      add(entry, `is not inside its region "${parent.term}"`);
  }

  // Plain nodes must not overlap (regions contain others by design).
  const plain = map.nodes.filter((n) => n.shape !== 'region');
  for (let i = 0; i < plain.length; i++) {
    for (let j = i + 1; j < plain.length; j++) {
      const a = box(plain[i]);
      const b = box(plain[j]);
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        add(`node:${plain[i].term}`, `overlaps node:${plain[j].term}`);
      }
    }
  }

  const edgeIds = new Set<string>();
  const pairs = new Set<string>();
  const degree = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  for (const edge of map.edges) {
    const entry = `edge:${edge.id}`;
    if (edgeIds.has(edge.id)) add(entry, 'duplicate edge id');
    edgeIds.add(edge.id);
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from) add(entry, `from "${edge.from}" is not a node`);
    if (!to) add(entry, `to "${edge.to}" is not a node`);
    if (edge.from === edge.to) add(entry, 'joins a node to itself');
    const pair = `${edge.from}->${edge.to}`;
    if (pairs.has(pair)) add(entry, `another edge already joins ${pair}`);
    pairs.add(pair);
    for (const end of [edge.from, edge.to]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      if (!neighbours.has(end)) neighbours.set(end, new Set());
    }
    neighbours.get(edge.from)!.add(edge.to);
    neighbours.get(edge.to)!.add(edge.from);
    for (const [x, y] of edge.via ?? []) {
      if (x < 0 || y < 0 || x > map.width || y > map.height) add(entry, `bend point ${x},${y} lies outside the map`);
    }

    if (new Set(edge.claims).size !== edge.claims.length) add(entry, 'lists a claim twice');
    const linked = edge.claims.flatMap((id) => {
      const claim = claims.get(id);
      if (!claim) add(entry, `claim "${id}" does not exist`);
      return claim ? [claim] : [];
    });
    if (from && to) {
      const fromTerms = nodeTerms(from);
      const toTerms = nodeTerms(to);
      const names = (claim: Claim, set: Set<string>) => [...claimTerms(claim)].some((t) => set.has(t));
      for (const claim of linked) {
        if (!names(claim, fromTerms) && !names(claim, toTerms))
          add(entry, `claim "${claim.id}" names neither end (${edge.from}, ${edge.to})`);
      }
      if (linked.length && !linked.some((c) => names(c, fromTerms))) add(entry, `no claim names its start "${edge.from}"`);
      if (linked.length && !linked.some((c) => names(c, toTerms))) add(entry, `no claim names its end "${edge.to}"`);
    }
    if (edge.kind === 'switches' && !linked.some((c) => c.direction === 'switches'))
      add(entry, 'is drawn as a switch but none of its claims switches');

    for (const id of edge.chronic.claims) {
      if (!edge.claims.includes(id)) {
        add(entry, `chronic-pain claim "${id}" is not among the edge's claims`);
        continue;
      }
      const claim = claims.get(id);
      const aboutCondition =
        claim && [...claimTerms(claim), ...(claim.conditions ?? [])].some((t) => terms.get(t)?.category === 'condition');
      if (claim && !aboutCondition) add(entry, `chronic-pain claim "${id}" concerns no condition`);
    }
    const changed = edge.chronic.weight !== 1 || edge.kind === 'switches';
    if (changed && edge.chronic.claims.length === 0) add(entry, 'changes in the chronic-pain view without claims to back it');
  }

  for (const node of map.nodes) if (!degree.has(node.term)) add(`node:${node.term}`, 'orphan: no edge joins it');

  // Connected: every node reachable from the first along edges (either way).
  const start = map.nodes[0].term;
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const next of neighbours.get(queue.shift()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  const unreachable = map.nodes.filter((n) => degree.has(n.term) && !seen.has(n.term)).map((n) => n.term);
  if (unreachable.length) add('mechanism', `not connected: ${unreachable.join(', ')} cannot be reached from ${start}`);

  return problems;
}
