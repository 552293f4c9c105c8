/**
 * Impacts from the Trace's contacts. Each contact strikes both bodies: the lighter (moving) one
 * rings at a pitch set by its mass, the heavier one (a floor, a table) answers lower and quieter.
 * Every hit is written from the exact sample round(time × rate), so picture and sound agree.
 */
import type { Material, ScenePlan, Vec3 } from '../plan/schema.js';
import type { Random } from '../plan/random.js';
import type { ContactEvent } from '../sim/trace.js';
import type { StereoBuffers } from './dsp.js';
import { ACOUSTIC, type AcousticMaterial } from './materials.js';
import { renderStrike } from './modal.js';
import type { Placement } from './spatial.js';

/** A struck body: what it is made of, how big it sounds, and its share of the hit. */
export interface Body {
  material: AcousticMaterial;
  mass: number;
  weight: number;
  /** Q multiplier from what it touches (cloth and rubber deaden a ring). */
  damping: number;
}

/** Scenery and floors sound like a sizeable slab, whatever the lighter body weighs. */
const SURFACE_MASS = 8;
/** Contacts of the same pair closer than this are one physical hit reported at several points. */
const MERGE_SECONDS = 0.012;
/** Below this approach speed (m/s) a contact is resting jitter, not a sound. */
const SILENT_SPEED = 0.02;

/**
 * Loudness of a hit from its approach speed and size: amplitude grows as speed^0.9 (about 5.4 dB
 * per doubling, so a soft touch is quiet but audible and a hard hit clearly louder) and a little
 * with size (bigger bodies move more air).
 */
export function impactLevel(speed: number, mass: number): number {
  const v = Math.min(Math.max(speed, 0), 15);
  const m = Math.min(Math.max(mass, 0.002), 500);
  return Math.pow(v / 2, 0.9) * Math.pow(m / 0.5, 0.12);
}

/** Bandwidth of the contact force: the softer body sets it; faster hits are shorter, brighter. */
export function contactBandwidth(a: AcousticMaterial, b: AcousticMaterial, speed: number): number {
  const soft = 2 / (1 / a.hardnessHz + 1 / b.hardnessHz);
  return soft * Math.pow(Math.min(Math.max(speed, 0.05), 20) / 2, 0.2);
}

/**
 * Renders one hit of the given bodies into `bus` at sample `start` with `placement` gains.
 * `scratch` is a reusable mono buffer; it is left zeroed.
 */
export function renderHit(
  bus: StereoBuffers,
  scratch: Float32Array,
  start: number,
  bodies: Body[],
  level: number,
  contactHz: number,
  placement: Placement,
  rng: Random,
  sampleRate: number,
): void {
  const n = bus.left.length;
  if (start >= n || start < 0) return;
  const room = scratch.subarray(0, Math.min(scratch.length, n - start));
  let written = 0;
  for (const body of bodies) {
    const params = { ...body, level: level * body.weight, contactHz, rng };
    written = Math.max(written, renderStrike(room, params, sampleRate));
  }
  const { left, right } = bus;
  for (let i = 0; i < written; i++) {
    const s = room[i]!;
    left[start + i]! += placement.left * s;
    right[start + i]! += placement.right * s;
  }
  room.fill(0, 0, written);
}

interface Hit {
  contact: ContactEvent;
  speed: number;
}

/** Sorts contacts by time and folds multi-point reports of one impact into a single hit. */
export function mergeContacts(contacts: readonly ContactEvent[]): Hit[] {
  const sorted = contacts.map((c, i) => ({ c, i })).sort((x, y) => x.c.time - y.c.time || x.i - y.i);
  const hits: Hit[] = [];
  const lastByPair = new Map<string, Hit>();
  for (const { c } of sorted) {
    if (!(c.speed >= SILENT_SPEED) || !Number.isFinite(c.time)) continue;
    const key = c.a < c.b ? `${c.a}|${c.b}` : `${c.b}|${c.a}`;
    const last = lastByPair.get(key);
    if (last && c.time - last.contact.time < MERGE_SECONDS) {
      last.speed = Math.max(last.speed, c.speed);
      continue;
    }
    const hit = { contact: c, speed: c.speed };
    hits.push(hit);
    lastByPair.set(key, hit);
  }
  return hits;
}

/** The two bodies of a contact: which one is scenery decides who rings high and who answers low. */
export function contactBodies(plan: ScenePlan, c: ContactEvent): Body[] {
  const isSurface = (id: string): boolean => {
    const e = plan.entities.find((x) => x.id === id);
    return !e || e.body === 'static';
  };
  const [ma, mb] = c.materials.map((m: Material) => ACOUSTIC[m]) as [AcousticMaterial, AcousticMaterial];
  const sa = isSurface(c.a);
  const sb = isSurface(c.b);
  const body = (
    material: AcousticMaterial,
    other: AcousticMaterial,
    surface: boolean,
    mass: number,
  ): Body => ({
    material,
    mass: surface ? Math.max(SURFACE_MASS, mass * 4) : mass,
    weight: surface ? 0.5 : 1,
    damping: other.damping,
  });
  // Two moving bodies: the reported mass is the lighter one's; the other is taken as a bit bigger.
  const massB = !sa && !sb ? c.mass * 1.5 : c.mass;
  return [body(ma, mb, sa, c.mass), body(mb, ma, sb, massB)];
}

export function renderContacts(
  bus: StereoBuffers,
  scratch: Float32Array,
  plan: ScenePlan,
  contacts: readonly ContactEvent[],
  place: (position: Vec3, time: number) => Placement,
  rng: Random,
  sampleRate: number,
): number {
  const hits = mergeContacts(contacts);
  for (const { contact: c, speed } of hits) {
    const bodies = contactBodies(plan, c);
    const level = impactLevel(speed, c.mass);
    const contactHz = contactBandwidth(bodies[0]!.material, bodies[1]!.material, speed);
    const start = Math.round(c.time * sampleRate);
    renderHit(bus, scratch, start, bodies, level, contactHz, place(c.position, c.time), rng, sampleRate);
  }
  return hits.length;
}
