/**
 * Turns mentions and clauses into a physical set-up: where each thing starts and what sets it in
 * motion. The stage (stairs, ramp, table, hoop) sits at the origin; targets go where the mover's
 * path leads; movers start where their verb needs them (top of the stairs, above the table...).
 */
import type { Action, Entity, Vec3 } from '../plan/schema.js';
import { archetypeOf, ARCHETYPES, boundsOf as bounds } from '../world/index.js';
import { add, scale, sub } from '../math/vec.js';
import { MATERIAL_COLORS } from './lexicon.js';
import type { Clause, Mention, Parsed } from './parse.js';

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
}

const GRAVITY = 9.81;
/** The mover size (m) a stage archetype is built for at scale 1. */
const SIZED_FOR: Record<string, number> = { ramp: 0.035, stairs: 0.22 };
/** Time before a held thing is let go, so the viewer sees it first. */
const RELEASE_AT = 0.4;

export function layout(parsed: Parsed): Layout {
  const out: Layout = { entities: [], actions: [], focus: [], keepInView: [], notes: [] };
  const ids = new Map<Mention, string[]>();
  const isScenery = (m: Mention) => ARCHETYPES.get(m.archetype)!.defaultBody === 'static';
  const movers = [...new Set(parsed.clauses.map((c) => c.subject))].filter((m) => !isScenery(m));
  const stageMention =
    parsed.clauses.map((c) => c.object).find((m) => m && isScenery(m)) ?? parsed.mentions.find(isScenery);

  const make = (m: Mention, k: number, body: Entity['body'], position: Vec3): Entity => {
    const a = ARCHETYPES.get(m.archetype)!;
    const material = m.material ?? a.defaultMaterial;
    const color =
      m.color ??
      (m.material && m.material !== a.defaultMaterial ? MATERIAL_COLORS[m.material] : undefined) ??
      a.defaultColor;
    const base = m.archetype.replace(/[^a-z0-9]+/g, '-');
    let id = m.count > 1 ? `${base}-${k + 1}` : base;
    while (out.entities.some((e) => e.id === id)) id += '-b';
    const e: Entity = {
      id,
      archetype: m.archetype,
      label: m.label,
      color,
      material,
      scale: m.scale ?? 1,
      params: {},
      body,
      position,
      rotation: [0, 0, 0],
      velocity: [0, 0, 0],
      angularVelocity: [0, 0, 0],
      physics: {},
    };
    out.entities.push(e);
    ids.set(m, [...(ids.get(m) ?? []), id]);
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
  for (const m of parsed.mentions.filter((m) => isScenery(m) && m !== stageMention)) {
    const e = make(m, 0, 'static', [0, 0, -1.5]);
    out.focus.push(...bounds(e));
  }

  // 3. Targets: things that are neither stage nor movers, where the movers' path leads.
  const targets = parsed.mentions.filter((m) => !isScenery(m) && !movers.includes(m));
  let targetX = stage ? anchor('bottom', [0, 0, 0])[0] : 0;
  for (const m of targets) {
    const a = ARCHETYPES.get(m.archetype)!;
    const size = scale(a.size, m.scale ?? 1);
    const beside = parsed.clauses.some((c) => c.beside === m);
    const x0 = beside || stage?.archetype === 'table' ? 0.12 : targetX + (stage ? size[0] * 1.5 + 0.02 : 0);
    placeGroup(m, size, [x0, surfaceY, 0], (k, p) => make(m, k, 'dynamic', p));
    targetX = x0 + groupLength(m, size);
    out.focus.push(...(ids.get(m) ?? []).flatMap((id) => bounds(out.entities.find((e) => e.id === id)!)));
  }

  // 4. Movers, by what their first clause asks.
  for (const m of movers) {
    const clause = parsed.clauses.find((c) => c.subject === m)!;
    const a = ARCHETYPES.get(m.archetype)!;
    const size = scale(a.size, m.scale ?? 1);
    for (let k = 0; k < m.count; k++) {
      const e = make(m, k, 'dynamic', [0, 0, 0]);
      placeMover(e, k, clause, size, { out, ids, anchor, surfaceY, stage });
      out.subject ??= e.id;
      out.focus.push(e.position);
    }
  }
  // A table is where things happen, not what the shot is about: frame what is on it.
  out.keepInView = out.entities.filter((e) => e.archetype !== 'table').map((e) => e.id);
  out.subject ??= out.keepInView.find((id) => out.entities.find((e) => e.id === id)?.body !== 'static');
  return out;
}

/** What a mover is placed against: the layout so far and the stage it happens on. */
interface SetUp {
  out: Layout;
  ids: Map<Mention, string[]>;
  /** A named point of the stage, in the world (or the fallback when there is no stage). */
  anchor: (name: string, fallback: Vec3) => Vec3;
  /** Height of the surface things stand on: the table top, or the ground. */
  surfaceY: number;
  stage: Entity | undefined;
}

function placeMover(e: Entity, k: number, clause: Clause, size: Vec3, setUp: SetUp): void {
  const { out, ids, anchor, surfaceY, stage } = setUp;
  const radius = size[1] / 2;
  const target = clause.object && ids.get(clause.object)?.map((id) => out.entities.find((x) => x.id === id)!);
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
    : [0, surfaceY, 0];
  const height = Math.max(0.45, 5 * size[1]);
  e.position = [land[0] - k * size[0] * 1.3, surfaceY + height + radius, land[2] + 0.04 * (k % 2)];
  e.body = 'held';
  out.actions.push({ type: 'release', entity: e.id, at: RELEASE_AT + 0.35 * k });
  out.focus.push([land[0], surfaceY, land[2]]);
}

/** The launch velocity that carries a body from `from` to `to` in `t` seconds under gravity. */
export function ballistic(from: Vec3, to: Vec3, t: number): Vec3 {
  const d = sub(to, from);
  return [d[0] / t, d[1] / t + 0.5 * GRAVITY * t, d[2] / t];
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
