/**
 * Turns mentions and clauses into a physical set-up: where each thing starts and what sets it in
 * motion. The stage (stairs, ramp, table, hoop) sits at the origin; targets go where the mover's
 * path leads; movers start where their verb needs them (top of the stairs, above the table...).
 * Things that go somewhere on their own (walk, ride, chase, throw to) are laid out in journeys.ts.
 */
import type { Action, Entity, Vec3 } from '../plan/schema.js';
import { archetypeOf, ARCHETYPES, boundsOf as bounds } from '../world/index.js';
import { characterOf, perform } from './performing.js';
import { add, scale, sub } from '../math/vec.js';
import { KIND_COLORS, MATERIAL_COLORS } from './lexicon.js';
import { ballistic, placeTraveller, throwTo, type SetUp } from './journeys.js';
import type { Clause, Mention, Parsed } from './parse.js';
import type { Relation, RelationKind } from './relations.js';

export interface Layout {
  entities: Entity[];
  actions: Action[];
  /** Points the opening shot must show. */
  focus: Vec3[];
  /** Entities the camera keeps in view as they move. */
  keepInView: string[];
  /** What the scene is about (the first thing in action), for close shots. */
  subject?: string;
  notes: string[];
  /** The entities made for each mention. */
  idsOf: Map<Mention, string[]>;
  /** Whether the subject sets off with nowhere to stop (a lone roll): a camera must go with it. */
  travels?: boolean;
}

/** Clothes for people the prompt does not colour, in the order they are made. */
const OUTFIT_COLORS = ['#3b6fd1', '#c0483e', '#3f8a5a', '#d49a35', '#7a55a0', '#2f8c8c'];

/** The mover size (m) a stage archetype is built for at scale 1. */
const SIZED_FOR: Record<string, number> = { ramp: 0.035, stairs: 0.22 };
/** Time before a held thing is let go, so the viewer sees it first. */
const RELEASE_AT = 0.4;

export interface Timing {
  /** When each step of a sequence begins (seconds); by default the steps follow SEQUENCE_GAP apart. */
  stepStart?: (step: number) => number;
  /** The clip's length: how long a thing going somewhere has to get there. */
  duration?: number;
}

export function layout(parsed: Parsed, timing: Timing = {}): Layout {
  const stepStart = timing.stepStart ?? ((step: number) => step * SEQUENCE_GAP);
  const duration = timing.duration ?? 4;
  const ids = new Map<Mention, string[]>();
  const out: Layout = { entities: [], actions: [], focus: [], keepInView: [], notes: [], idsOf: ids };
  const isScenery = (m: Mention) => ARCHETYPES.get(m.archetype)!.defaultBody === 'static';
  const movers = [...new Set(parsed.clauses.map((c) => c.subject))].filter((m) => !isScenery(m));
  // Things placed relative to others are placed last, once what they are placed against stands.
  const related = new Map(parsed.relations.map((r) => [r.subject, r]));
  const stageMention =
    parsed.clauses.map((c) => c.object).find((m) => m && isScenery(m)) ??
    // Scenery placed relative to other scenery ("a sign to the left of a meter") is not the stage.
    parsed.mentions.find((m) => isScenery(m) && !related.has(m));

  const make = (m: Mention, k: number, body: Entity['body'], position: Vec3): Entity => {
    const a = ARCHETYPES.get(m.archetype)!;
    const material = m.material ?? a.defaultMaterial;
    const color =
      m.color ??
      KIND_COLORS[m.label.split(/\s+/).at(-1) ?? ''] ??
      (m.material && m.material !== a.defaultMaterial ? MATERIAL_COLORS[m.material] : undefined) ??
      // People the prompt does not dress are dressed apart, so two friends are told apart.
      (m.look
        ? OUTFIT_COLORS[out.entities.filter((x) => x.character).length % OUTFIT_COLORS.length]
        : undefined) ??
      a.defaultColor;
    // People are called what the prompt calls them: "girl", "man", not "person-b".
    const noun = m.look && m.label.split(/\s+/).at(-1);
    const base = (noun && /^[a-z]+$/.test(noun) ? noun : m.archetype).replace(/[^a-z0-9]+/g, '-');
    let id = m.count > 1 ? `${base}-${k + 1}` : base;
    while (out.entities.some((e) => e.id === id)) id += '-b';
    const e: Entity = {
      id,
      archetype: m.archetype,
      label: m.label,
      color,
      material,
      ...(m.pattern && { pattern: m.pattern }),
      scale: m.scale ?? 1,
      params: {},
      body,
      position,
      rotation: [0, 0, 0],
      velocity: [0, 0, 0],
      angularVelocity: [0, 0, 0],
      physics: {},
      ...(m.look && { character: characterOf(m.look) }),
    };
    out.entities.push(e);
    ids.set(m, [...(ids.get(m) ?? []), id]);
    // A change of colour happens in the middle of the clip, slowly enough to be seen.
    if (m.becomes)
      out.actions.push({
        type: 'paint',
        entity: id,
        at: duration * 0.3,
        duration: duration * 0.35,
        color: m.becomes,
      });
    return e;
  };

  // 1. The stage.
  let stage: Entity | undefined;
  if (stageMention) {
    stage = make(stageMention, 0, 'static', [0, 0, 0]);
    const sized = SIZED_FOR[stage.archetype];
    const mover = movers[0] && ARCHETYPES.get(movers[0].archetype)!.size[1] * (movers[0].scale ?? 1);
    // Stairs and ramps are built to the size of what runs down them (marble run or playground).
    if (sized && mover && stageMention.scale === undefined)
      stage.scale = Math.min(2.5, Math.max(0.4, mover / sized));
    if (stage.archetype !== 'table') out.focus.push(...bounds(stage));
  }
  const anchor = (name: string, fallback: Vec3): Vec3 => {
    const a = stage && archetypeOf(stage).anchors?.(stage)[name];
    return a ? add(stage!.position, a) : fallback;
  };
  const surfaceY = stage?.archetype === 'table' ? anchor('top', [0, 0, 0])[1] : 0;

  // 2. Other scenery, set back so it does not block the action.
  for (const m of parsed.mentions.filter((m) => isScenery(m) && m !== stageMention && !related.has(m))) {
    const e = make(m, 0, 'static', [0, 0, -1.5]);
    out.focus.push(...bounds(e));
  }

  // 3. Targets: things that are neither stage nor movers, where the movers' path leads.
  const targets = parsed.mentions.filter((m) => !isScenery(m) && !movers.includes(m) && !related.has(m));
  // A course (stairs, a ramp) leads somewhere; other scenery just stands there.
  const course = stage !== undefined && SIZED_FOR[stage.archetype] !== undefined;
  let targetX = !stage ? 0 : course ? anchor('bottom', [0, 0, 0])[0] : bounds(stage)[1][0];
  const sizeOf = (m: Mention) => scale(ARCHETYPES.get(m.archetype)!.size, m.scale ?? 1);
  // Things that just stand together line up with their fronts even, as people do for a picture:
  // a small thing is not hidden behind the end of a big one beside it.
  const front = course
    ? 0
    : Math.max(...targets.map((m) => sizeOf(m)[2] / 2), stage ? bounds(stage)[1][2] : 0);
  if (stage && !course && stage.archetype !== 'table' && targets.length > 0)
    stage.position = [stage.position[0], stage.position[1], front - bounds(stage)[1][2]];
  for (const [n, m] of targets.entries()) {
    const size = sizeOf(m);
    const beside = parsed.clauses.some((c) => c.beside === m);
    // With no stage, things named together stand side by side, left to right in the prompt's order;
    // beside a piece of scenery, they stand next to it; at the foot of a course, a little beyond.
    const x0 =
      beside || stage?.archetype === 'table'
        ? 0.12
        : course
          ? targetX + size[0] * 1.5 + 0.02
          : n === 0 && !stage
            ? 0
            : targetX + GAP * 4 + size[0] / 2;
    const z = stage?.archetype === 'table' ? 0 : front - size[2] / 2;
    placeGroup(m, size, [x0, surfaceY, z], (k, p) => make(m, k, 'dynamic', p));
    const placed = (ids.get(m) ?? []).map((id) => bounds(out.entities.find((e) => e.id === id)!)[1][0]);
    targetX = stage ? x0 + groupLength(m, size) : Math.max(...placed);
    out.focus.push(...(ids.get(m) ?? []).flatMap((id) => bounds(out.entities.find((e) => e.id === id)!)));
  }

  // 4. Movers, by what their first clause asks. Things dropped side by side land side by side.
  const drops = movers.filter((m) => isDrop(parsed.clauses.find((c) => c.subject === m)!));
  for (const m of movers) {
    const clause = parsed.clauses.find((c) => c.subject === m)!;
    const a = ARCHETYPES.get(m.archetype)!;
    const size = scale(a.size, m.scale ?? 1);
    const lane =
      drops.length > 1 && drops.includes(m) ? (drops.indexOf(m) - (drops.length - 1) / 2) * 0.3 : 0;
    for (let k = 0; k < m.count; k++) {
      // "One of them walks away": the others stay, side by side where the group stands.
      if (clause.only !== undefined && k !== clause.only) {
        const e = make(m, k, 'held', [
          k * size[0] * 1.6,
          surfaceY + (a.origin === 'base' ? 0 : size[1] / 2),
          0,
        ]);
        out.focus.push(...bounds(e));
        continue;
      }
      const e = make(m, k, 'dynamic', [0, 0, 0]);
      placeMover(e, k, clause, size, { out, ids, anchor, surfaceY, stage, duration }, lane);
      if (clause.step > 0) delay(e, stepStart(clause.step), out.actions);
      out.subject ??= e.id;
      out.focus.push(e.position);
    }
  }
  // 5. Things placed where the prompt says, relative to others.
  const placing = new Set<Mention>();
  const placeRelated = (r: Relation) => {
    if (ids.has(r.subject) || placing.has(r.subject)) return;
    placing.add(r.subject);
    for (const o of r.objects) {
      const first = related.get(o);
      if (first) placeRelated(first);
    }
    const against = r.objects.flatMap((o) =>
      (ids.get(o) ?? []).map((id) => out.entities.find((e) => e.id === id)!),
    );
    const body: Entity['body'] = isScenery(r.subject) ? 'static' : r.kind === 'above' ? 'held' : 'dynamic';
    const made = Array.from({ length: r.subject.count }, (_, k) => make(r.subject, k, body, [0, 0, 0]));
    placeAgainst(made, against, r.kind);
    for (const e of made) out.focus.push(...bounds(e));
  };
  for (const r of parsed.relations) placeRelated(r);

  perform(parsed, out, stepStart, duration);

  // A table is where things happen, not what the shot is about: frame what is on it.
  // (Unless the prompt places something against it: "a ball under the table" is about the table too.)
  const placedAgainst = new Set(parsed.relations.flatMap((r) => r.objects.flatMap((o) => ids.get(o) ?? [])));
  out.keepInView = out.entities
    .filter((e) => e.archetype !== 'table' || placedAgainst.has(e.id))
    .map((e) => e.id);
  out.subject ??= out.keepInView.find((id) => out.entities.find((e) => e.id === id)?.body !== 'static');
  // A following camera goes with the first thing it keeps in view: the subject.
  out.keepInView.sort((x, y) => Number(y === out.subject) - Number(x === out.subject));
  // Scenery stands on the ground, whatever its origin: a sign or a sink measured from its middle
  // would otherwise be set half into the floor.
  for (const e of out.entities) {
    const low = bounds(e)[0][1];
    if (e.body === 'static' && low < -1e-3) e.position = [e.position[0], e.position[1] - low, e.position[2]];
  }
  return out;
}

/** Time between the events of a sequence ("X, then Y"), seconds. */
export const SEQUENCE_GAP = 1.2;

/** Whether a clause drops its mover (the default for verbs that set no other course). */
const isDrop = (c: Clause) =>
  !(
    c.motion === 'strike' ||
    c.motion === 'roll' ||
    c.motion === 'slide' ||
    c.motion === 'throw' ||
    c.motion === 'travel' ||
    c.prep === 'into'
  );

/**
 * Holds a thing until `by` seconds later than planned: its let-go and pushes move later, and a thing
 * that would start already moving waits, held, and is launched then.
 */
function delay(e: Entity, by: number, actions: Action[]): void {
  for (const a of actions) if (a.entity === e.id) a.at += by;
  const moving = e.velocity.some((v) => v !== 0) || e.angularVelocity.some((v) => v !== 0);
  if (e.body === 'dynamic' && moving) {
    actions.push(
      { type: 'release', entity: e.id, at: by },
      { type: 'launch', entity: e.id, at: by, velocity: e.velocity, angularVelocity: e.angularVelocity },
    );
    e.velocity = [0, 0, 0];
    e.angularVelocity = [0, 0, 0];
  }
  if (e.body === 'dynamic') e.body = 'held';
}

function placeMover(e: Entity, k: number, clause: Clause, size: Vec3, setUp: SetUp, lane = 0): void {
  const { out, ids, anchor, surfaceY, stage } = setUp;
  const radius = size[1] / 2;
  const target = clause.object && ids.get(clause.object)?.map((id) => out.entities.find((x) => x.id === id)!);
  if (clause.motion === 'travel') return placeTraveller(e, k, clause, size, setUp, target?.[0]);
  const recipient =
    clause.recipient && ids.get(clause.recipient)?.map((id) => out.entities.find((x) => x.id === id)!);
  if (clause.motion === 'throw' && target?.[0] && recipient?.[0])
    return throwTo(e, target[0], recipient[0], size, setUp);
  const throwClause =
    clause.motion === 'throw' || (clause.motion === 'strike' && target?.[0]?.archetype === 'hoop');
  if (
    stage &&
    (stage.archetype === 'stairs' || stage.archetype === 'ramp') &&
    clause.prep !== 'into' &&
    !throwClause
  ) {
    // Down the stairs or ramp: start at the top, one behind the other up the slope, let go in turn.
    const top = anchor('top', [0, 0, 0]);
    const angle = stage.archetype === 'ramp' ? ((stage.params.angle ?? 18) * Math.PI) / 180 : 0;
    // The first to go waits lowest; the others queue up the slope behind it.
    const back = (k - (clause.subject.count - 1)) * (2 * radius + 0.01);
    e.position = [
      top[0] - back * Math.cos(angle),
      top[1] + radius + back * Math.sin(angle) + 0.002,
      (k % 2) * 0.002,
    ];
    if (stage.archetype === 'stairs') {
      e.body = 'held';
      out.actions.push({ type: 'release', entity: e.id, at: RELEASE_AT * 0.5 + k * 0.6 });
      out.actions.push({
        type: 'launch',
        entity: e.id,
        at: RELEASE_AT * 0.5 + k * 0.6,
        velocity: [1.1, 0.6, 0],
        intent: 'rolls off the top step',
      });
    } else {
      e.body = k === 0 ? 'dynamic' : 'held';
      if (k > 0) out.actions.push({ type: 'release', entity: e.id, at: k * 0.55 });
    }
    return;
  }
  if (throwClause && target?.[0]) {
    // A throw at the hoop: a ballistic arc from a shooter's hands to the rim (or its front edge).
    const hoop = target[0];
    const anchors = archetypeOf(hoop).anchors?.(hoop) ?? {};
    const aim = add(
      hoop.position,
      clause.misses ? (anchors.rimFront ?? [0, 3, 0]) : (anchors.rimCenter ?? [0, 3, 0]),
    );
    const aimPoint: Vec3 = clause.misses
      ? add(aim, [radius * 0.35, radius * 0.55, 0])
      : add(aim, [0, radius * 1.2, 0]);
    const start: Vec3 = [aim[0] + 4.2, 2.0, 0.05 * k];
    e.position = start;
    e.velocity = ballistic(start, aimPoint, 1.05);
    e.angularVelocity = [0, 0, 6];
    out.focus.push(aimPoint);
    return;
  }
  if ((clause.motion === 'roll' || clause.motion === 'slide') && stage && target?.[0] === stage) {
    // Across (or off) the table it stands on: from near one end of the top towards the other.
    const [lo] = bounds(stage);
    const speed = clause.motion === 'slide' ? 1.6 : 1.2;
    e.position = [lo[0] + radius + 0.06 + k * 3 * radius, surfaceY + radius + 0.002, lane];
    e.velocity = [speed, 0, 0];
    if (clause.motion === 'roll') e.angularVelocity = [0, 0, -speed / radius];
    return;
  }
  if (
    clause.motion === 'strike' ||
    clause.motion === 'roll' ||
    clause.motion === 'slide' ||
    clause.prep === 'into'
  ) {
    // Launched at the target from the left, along the ground or table.
    const goal: Vec3 = target ? centroid(target.map((t) => t.position)) : [0, surfaceY + radius, 0];
    // A strike aims high on the group's near face, so a stack topples; a roll stays on the surface.
    const top = target ? Math.max(...target.map((t) => t.position[1])) : goal[1];
    const nearX = target ? Math.min(...target.map((t) => t.position[0])) : goal[0];
    const low: Vec3 =
      clause.motion === 'strike'
        ? [nearX, goal[1] + (top - goal[1]) * 0.6, goal[2]]
        : [goal[0], Math.min(goal[1], surfaceY + radius), goal[2]];
    const distance = Math.max(1.2, 8 * size[0]) + k * 4 * radius;
    const start: Vec3 = [
      low[0] - distance,
      surfaceY + radius + (clause.motion === 'strike' ? size[1] : 0),
      low[2],
    ];
    e.position = start;
    if (!target && !stage) out.travels = true;
    const speed = clause.motion === 'strike' ? 7.5 : clause.motion === 'slide' ? 2.5 : 2;
    e.velocity = clause.motion === 'strike' ? ballistic(start, low, distance / speed) : [speed, 0, 0];
    if (clause.motion === 'roll') e.angularVelocity = [0, 0, -speed / radius];
    return;
  }
  // Dropped (or by default): held above its landing point, then let go.
  const besideIds = clause.beside && ids.get(clause.beside);
  const near = besideIds?.[0] ? out.entities.find((x) => x.id === besideIds[0]) : undefined;
  const land: Vec3 = near
    ? add(near.position, [-(bounds(near)[1]![0] - near.position[0]) - size[0] * 0.6 - 0.03, 0, 0])
    : [lane, surfaceY, 0];
  const height = Math.max(0.45, 5 * size[1]);
  e.position = [land[0] - k * size[0] * 1.3, surfaceY + height + radius, land[2] + 0.04 * (k % 2)];
  e.body = 'held';
  out.actions.push({ type: 'release', entity: e.id, at: RELEASE_AT + 0.35 * k });
  out.focus.push([land[0], surfaceY, land[2]]);
}

function placeGroup(m: Mention, size: Vec3, origin: Vec3, create: (k: number, p: Vec3) => Entity): void {
  const gap = 0.004 * Math.max(1, size[1] * 4);
  const lift = (y: number) => origin[1] + size[1] / 2 + y;
  if (m.arrangement === 'stack') {
    // A pyramid, widest row at the bottom, seen face on.
    let rows = 1;
    while ((rows * (rows + 1)) / 2 < m.count) rows++;
    let k = 0;
    for (let row = 0; row < rows && k < m.count; row++) {
      const across = rows - row;
      for (let c = 0; c < across && k < m.count; c++, k++) {
        const x = origin[0] + (c - (across - 1) / 2) * (size[0] + gap) + (rows - 1) * (size[0] + gap) * 0.5;
        create(k, [x, lift(row * size[1]), origin[2]]);
      }
    }
  } else if (m.arrangement === 'row' || m.count > 1) {
    // In a row along the path; dominoes stand closer than their height so each topples the next.
    const spacing = m.archetype === 'domino' ? size[1] * 0.62 : size[0] + gap + 0.02;
    for (let k = 0; k < m.count; k++) create(k, [origin[0] + k * spacing, lift(0), origin[2]]);
  } else {
    create(0, [origin[0], lift(0), origin[2]]);
  }
}

function groupLength(m: Mention, size: Vec3): number {
  if (m.arrangement === 'stack') return Math.ceil(Math.sqrt(2 * m.count)) * size[0];
  const spacing = m.archetype === 'domino' ? size[1] * 0.62 : size[0] + 0.02;
  return m.count * spacing;
}

const centroid = (ps: Vec3[]): Vec3 =>
  scale(
    ps.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
    1 / ps.length,
  );

/** Clearance between things placed side by side, metres. */
const GAP = 0.03;

/**
 * Places `made` (one mention's things) against `against` as `kind` says: beside, on, above, under,
 * between, around. Things beside one another stand on the same surface as what they are beside.
 */
function placeAgainst(made: Entity[], against: Entity[], kind: RelationKind): void {
  if (against.length === 0) return;
  const boxes = against.map((e) => bounds(e));
  const min = [0, 1, 2].map((i) => Math.min(...boxes.map((b) => b[0][i]!))) as Vec3;
  const max = [0, 1, 2].map((i) => Math.max(...boxes.map((b) => b[1][i]!))) as Vec3;
  const mid: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const n = made.length;
  made.forEach((e, k) => {
    const [lo, hi] = bounds(e, [0, 0, 0]);
    const size = sub(hi, lo);
    // Standing on what the others stand on: their bottom.
    const standY = min[1] - lo[1];
    const across = (k - (n - 1) / 2) * (size[0] + GAP);
    switch (kind) {
      case 'left':
        e.position = [min[0] - GAP - hi[0] - k * (size[0] + GAP), standY, mid[2]];
        break;
      case 'right':
      case 'beside':
        e.position = [max[0] + GAP - lo[0] + k * (size[0] + GAP), standY, mid[2]];
        break;
      case 'behind':
        e.position = [mid[0] + across, standY, min[2] - GAP - hi[2]];
        break;
      case 'front':
        e.position = [mid[0] + across, standY, max[2] + GAP - lo[2]];
        break;
      case 'on':
        e.position = [mid[0] + across, max[1] + 0.002 - lo[1], mid[2]];
        break;
      case 'above':
        e.position = [mid[0] + across, max[1] + Math.max(0.25, 1.5 * size[1]) - lo[1], mid[2]];
        break;
      case 'inside':
        e.position = [mid[0] + across * 0.3, min[1] + 0.01 - lo[1], mid[2]];
        break;
      case 'under':
        if (against.some((a) => a.archetype === 'table')) {
          // Beneath a table top: on the floor between its legs.
          e.position = [mid[0] + across, -lo[1], mid[2]];
        } else {
          // Under a thing that stands on the floor: it takes that place, and the thing goes on top.
          e.position = [mid[0] + across, standY, mid[2]];
          for (const a of against)
            a.position = [a.position[0], a.position[1] + size[1] + 0.002, a.position[2]];
        }
        break;
      case 'between': {
        // Make room: the two things move apart to either side of it.
        const [a, b] = against.length >= 2 ? [against[0]!, against.at(-1)!] : [against[0]!, against[0]!];
        e.position = [mid[0], standY, mid[2]];
        if (a !== b) {
          const reach = (x: Entity) => (bounds(x)[1][0] - bounds(x)[0][0]) / 2;
          a.position = [mid[0] - size[0] / 2 - GAP - reach(a), a.position[1], mid[2]];
          b.position = [mid[0] + size[0] / 2 + GAP + reach(b), b.position[1], mid[2]];
        }
        break;
      }
      case 'around':
      case 'either-side': {
        const radius = Math.max(max[0] - min[0], max[2] - min[2]) / 2 + GAP + Math.max(size[0], size[2]) / 2;
        const turn = kind === 'either-side' ? Math.PI * (k % 2) + Math.PI : (2 * Math.PI * k) / n + Math.PI;
        const ring = kind === 'either-side' ? Math.floor(k / 2) * (size[0] + GAP) : 0;
        e.position = [
          mid[0] + Math.cos(turn) * (radius + ring),
          standY,
          mid[2] + Math.sin(turn) * (radius + ring),
        ];
        break;
      }
    }
  });
}
