/**
 * The acoustic material table: how each material sounds when struck, rolled on or scraped.
 * Physical properties (density, friction) live in world/materials.ts; these are the ears' view.
 *
 * A struck body is a handful of damped modes. Each mode has a frequency ratio to the fundamental,
 * a relative amplitude and a quality factor Q; its decay time is τ = Q / (π f), so high partials die
 * first and small (high-pitched) objects ring shorter, as real ones do.
 */
import type { Material } from '../plan/schema.js';

export interface ModeSpec {
  ratio: number;
  amp: number;
  q: number;
}

export interface AcousticMaterial {
  /** Fundamental (Hz) of a 1 kg object; pitch scales with size as mass^(-1/3). */
  baseHz: number;
  modes: ModeSpec[];
  /** Bandwidth (Hz) of the contact force at 1 m/s: soft materials only excite their low modes. */
  hardnessHz: number;
  /** The attack: a noise burst of this gain, decay time (ms) and brightness (low-pass, Hz). */
  click: { gain: number; ms: number; brightHz: number };
  /** Overall radiation level. */
  gain: number;
  /** Longest ring (s), a guard for big metal objects. */
  maxTau: number;
  /** Rolling rumble low-pass (Hz at 1 m/s) and sliding scrape band centre (Hz). */
  rollHz: number;
  scrapeHz: number;
  /** How loud it is when rolled on or scraped (relative). */
  rub: number;
  /** How much it damps the other body's ring when the two touch (1 = not at all). */
  damping: number;
}

export const ACOUSTIC: Record<Material, AcousticMaterial> = {
  // Short, knocky: low Q, near-harmonic bar modes.
  wood: {
    baseHz: 420,
    modes: [
      { ratio: 1, amp: 1, q: 38 },
      { ratio: 2.57, amp: 0.55, q: 34 },
      { ratio: 4.18, amp: 0.35, q: 30 },
      { ratio: 6.11, amp: 0.2, q: 28 },
      { ratio: 8.93, amp: 0.12, q: 25 },
    ],
    hardnessHz: 2600,
    click: { gain: 0.45, ms: 1.2, brightHz: 4500 },
    gain: 1,
    maxTau: 0.25,
    rollHz: 260,
    scrapeHz: 1400,
    rub: 1,
    damping: 0.85,
  },
  // Rings long with inharmonic (free-bar / shell) partials; close pairs beat slowly.
  metal: {
    baseHz: 880,
    modes: [
      { ratio: 1, amp: 1, q: 2600 },
      { ratio: 1.004, amp: 0.45, q: 2400 },
      { ratio: 1.59, amp: 0.5, q: 2200 },
      { ratio: 2.76, amp: 0.7, q: 2000 },
      { ratio: 3.91, amp: 0.35, q: 1700 },
      { ratio: 5.4, amp: 0.45, q: 1500 },
      { ratio: 8.93, amp: 0.25, q: 1200 },
      { ratio: 13.34, amp: 0.12, q: 900 },
    ],
    hardnessHz: 9000,
    click: { gain: 0.35, ms: 0.5, brightHz: 9000 },
    gain: 0.8,
    maxTau: 2,
    rollHz: 600,
    scrapeHz: 3200,
    rub: 1.3,
    damping: 1,
  },
  // Bright, pure, long; a marble clinks, a bottle rings.
  glass: {
    baseHz: 1350,
    modes: [
      { ratio: 1, amp: 1, q: 1800 },
      { ratio: 2.32, amp: 0.6, q: 1500 },
      { ratio: 4.25, amp: 0.4, q: 1200 },
      { ratio: 6.63, amp: 0.25, q: 1000 },
      { ratio: 9.38, amp: 0.12, q: 800 },
    ],
    hardnessHz: 9000,
    click: { gain: 0.3, ms: 0.4, brightHz: 10000 },
    gain: 0.8,
    maxTau: 1.2,
    rollHz: 900,
    scrapeHz: 4200,
    rub: 0.8,
    damping: 1,
  },
  // A dull thump: soft contact, very low Q.
  rubber: {
    baseHz: 170,
    modes: [
      { ratio: 1, amp: 1, q: 14 },
      { ratio: 1.62, amp: 0.5, q: 12 },
      { ratio: 2.31, amp: 0.3, q: 10 },
      // The hollow ball's air cavity: a faint "ping" over the thump.
      { ratio: 4.7, amp: 0.15, q: 30 },
    ],
    hardnessHz: 450,
    click: { gain: 0.12, ms: 4, brightHz: 700 },
    gain: 1.2,
    maxTau: 0.1,
    rollHz: 160,
    scrapeHz: 900,
    rub: 0.7,
    damping: 0.5,
  },
  // Click + thud: a strong bright transient over a short, low body.
  stone: {
    baseHz: 560,
    modes: [
      { ratio: 1, amp: 1, q: 34 },
      { ratio: 1.83, amp: 0.6, q: 30 },
      { ratio: 2.9, amp: 0.4, q: 26 },
      { ratio: 4.1, amp: 0.25, q: 22 },
    ],
    hardnessHz: 7000,
    click: { gain: 0.75, ms: 0.9, brightHz: 7500 },
    gain: 0.9,
    maxTau: 0.15,
    rollHz: 380,
    scrapeHz: 2200,
    rub: 1.2,
    damping: 0.9,
  },
  // Hollow and bright: a low cavity mode under fairly resonant shell modes.
  plastic: {
    baseHz: 640,
    modes: [
      { ratio: 0.55, amp: 0.55, q: 22 },
      { ratio: 1, amp: 1, q: 70 },
      { ratio: 1.72, amp: 0.7, q: 60 },
      { ratio: 2.41, amp: 0.5, q: 55 },
      { ratio: 3.6, amp: 0.35, q: 50 },
      { ratio: 4.9, amp: 0.25, q: 45 },
    ],
    hardnessHz: 4500,
    click: { gain: 0.5, ms: 0.8, brightHz: 6500 },
    gain: 0.9,
    maxTau: 0.3,
    rollHz: 420,
    scrapeHz: 2600,
    rub: 0.9,
    damping: 0.9,
  },
  // A mug: clinky, between glass and stone.
  ceramic: {
    baseHz: 1050,
    modes: [
      { ratio: 1, amp: 1, q: 600 },
      { ratio: 2.08, amp: 0.6, q: 500 },
      { ratio: 3.24, amp: 0.4, q: 420 },
      { ratio: 4.9, amp: 0.25, q: 350 },
    ],
    hardnessHz: 8000,
    click: { gain: 0.45, ms: 0.5, brightHz: 8500 },
    gain: 0.85,
    maxTau: 0.6,
    rollHz: 500,
    scrapeHz: 3000,
    rub: 1,
    damping: 0.95,
  },
  // A soft muffled flop: almost no ring, mostly a dull noise burst.
  fabric: {
    baseHz: 140,
    modes: [
      { ratio: 1, amp: 1, q: 5 },
      { ratio: 1.7, amp: 0.4, q: 4 },
    ],
    hardnessHz: 300,
    click: { gain: 0.5, ms: 14, brightHz: 1200 },
    gain: 0.45,
    maxTau: 0.05,
    rollHz: 150,
    scrapeHz: 1800,
    rub: 0.5,
    damping: 0.3,
  },
};

/** A church-bell-like partial set (hum, prime, tierce, quint, nominal…), used by bell cues. */
export const BELL: AcousticMaterial = {
  ...ACOUSTIC.metal,
  baseHz: 520,
  modes: [
    { ratio: 0.5, amp: 0.6, q: 3000 },
    { ratio: 1, amp: 1, q: 2600 },
    { ratio: 1.19, amp: 0.5, q: 2400 },
    { ratio: 1.5, amp: 0.4, q: 2200 },
    { ratio: 2, amp: 0.7, q: 2000 },
    { ratio: 2.51, amp: 0.3, q: 1800 },
    { ratio: 3.01, amp: 0.2, q: 1500 },
  ],
  maxTau: 2.5,
};
