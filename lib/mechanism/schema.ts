/**
 * The mechanism map's data model (data/mechanism.json), as valibot schemas.
 * Nodes are glossary terms placed by hand, top to bottom in anatomical
 * order; edges link them and carry the ids of the curated claims that back
 * them. The schema checks shapes only; lib/mechanism/validate.ts checks the
 * links to the glossary and claims.
 */
import * as v from 'valibot';
import { Bilingual } from '../glossary/schema';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase-kebab'));
const Coordinate = v.pipe(v.number(), v.finite());
const Size = v.pipe(v.number(), v.minValue(8, 'too small to see or click'));

/**
 * How a node is drawn: brain areas as rounded boxes, `region`s as large boxes
 * that contain other nodes (the RVM, the dorsal horn), cells as ellipses,
 * molecules and receptors as pills, mechanisms (DNIC) as hexagons.
 */
export const SHAPES = ['area', 'region', 'cell', 'molecule', 'mechanism'] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * What an edge does to pain signalling along its path: dampens it
 * (inhibits), amplifies it (facilitates), either depending on context
 * (modulates), or dampens it normally and amplifies it in the chronic-pain
 * model its claims describe (switches).
 */
export const EDGE_KINDS = ['inhibits', 'facilitates', 'modulates', 'switches'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const VIEWS = ['healthy', 'chronic'] as const;
export type MapViewName = (typeof VIEWS)[number];

export const Tier = v.strictObject({
  id: Id,
  label: Bilingual,
  /** Top and bottom of the band, in map units. */
  top: Coordinate,
  bottom: Coordinate,
});
export type Tier = v.InferOutput<typeof Tier>;

export const MapNode = v.strictObject({
  /** The glossary term the node stands for; also its id on the map. */
  term: Id,
  tier: Id,
  shape: v.picklist(SHAPES),
  /** Short label drawn on the map ("\n" breaks lines); the glossary name is the accessible name. */
  label: Bilingual,
  /** Centre and size, in map units. */
  x: Coordinate,
  y: Coordinate,
  w: Size,
  h: Size,
  /** The region node (e.g. "rvm") this node is drawn inside. */
  parent: v.optional(Id),
  /**
   * Other glossary terms that claims may name for this node: parts or the
   * human counterpart (the DNIC node covers "cpm"). Each must be among the
   * node term's own `related` terms in the glossary.
   */
  covers: v.optional(v.array(Id)),
});
export type MapNode = v.InferOutput<typeof MapNode>;

const Point = v.tuple([Coordinate, Coordinate]);

export const MapEdge = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  kind: v.picklist(EDGE_KINDS),
  /** What the link means, in plain words. */
  label: Bilingual,
  /** Curated claims (data/claims.json) behind the link. */
  claims: v.pipe(v.array(Id), v.minLength(1, 'an edge needs at least one claim')),
  /** The chronic-pain view: the weight (healthy is 1) and the claims that support the change. */
  chronic: v.strictObject({
    weight: v.pipe(v.number(), v.minValue(0.2), v.maxValue(3)),
    claims: v.array(Id),
  }),
  /** Bend points, to route the line around other nodes. */
  via: v.optional(v.array(Point)),
});
export type MapEdge = v.InferOutput<typeof MapEdge>;

/** A view's caption: what the picture shows, what is shown in people, what only in animals. */
export const Caption = v.strictObject({
  summary: Bilingual,
  people: Bilingual,
  animalsOnly: Bilingual,
});
export type Caption = v.InferOutput<typeof Caption>;

export const MechanismMap = v.strictObject({
  $comment: v.optional(v.string()),
  width: Size,
  height: Size,
  tiers: v.pipe(v.array(Tier), v.minLength(1)),
  nodes: v.pipe(v.array(MapNode), v.minLength(1)),
  edges: v.pipe(v.array(MapEdge), v.minLength(1)),
  captions: v.strictObject({ healthy: Caption, chronic: Caption }),
});
export type MechanismMap = v.InferOutput<typeof MechanismMap>;
