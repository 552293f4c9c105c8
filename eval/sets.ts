/**
 * The VBench development sets (../shared/eval/vbench) as evaluation cases: a prompt and what the
 * video must show for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Dimension =
  | 'object_class'
  | 'multiple_objects'
  | 'color'
  | 'spatial_relationship'
  | 'scene'
  | 'human_action'
  | 'appearance_style'
  | 'temporal_style';

export const DIMENSIONS: Dimension[] = [
  'object_class',
  'multiple_objects',
  'color',
  'spatial_relationship',
  'scene',
  'human_action',
  'appearance_style',
  'temporal_style',
];

export type Relation = 'left' | 'right' | 'top' | 'bottom';

export interface EvalCase {
  dimension: Dimension;
  prompt: string;
  /** Things that must be in the picture (COCO names). */
  objects: string[];
  color?: string;
  relation?: Relation;
  style?: string;
  /** The camera move or speed the prompt asks for. */
  camera?: string;
  scene?: string;
  action?: string;
}

const RELATIONS: Record<string, Relation> = {
  'on the left of': 'left',
  'on the right of': 'right',
  'on the top of': 'top',
  'on the bottom of': 'bottom',
};

/** Camera phrases of temporal_style, as they end its prompts. */
const CAMERA_PHRASES = [
  'super slow motion',
  'slow motion',
  'time-lapse',
  'zoom in',
  'zoom out',
  'pan left',
  'pan right',
  'tilt up',
  'tilt down',
  'camera shaking',
  'racking focus',
  'in super slow motion',
];

export function loadSets(dir: string): EvalCase[] {
  const json = <T>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T[];
  const lines = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  return [
    ...json<{ prompt_en: string; object_en: string }>('object_class.json').map((c): EvalCase => ({
      dimension: 'object_class',
      prompt: c.prompt_en,
      objects: [c.object_en],
    })),
    ...json<{ prompt_en: string; object_en: string }>('multiple_objects.json').map((c): EvalCase => ({
      dimension: 'multiple_objects',
      prompt: c.prompt_en,
      objects: c.object_en.split(' and ').map((s) => s.trim()),
    })),
    ...json<{ prompt_en: string; color_en: string }>('color.json').map((c): EvalCase => ({
      dimension: 'color',
      prompt: c.prompt_en,
      // "a red bicycle": the object is what follows the colour.
      objects: [c.prompt_en.replace(/^(a|an)\s+/i, '').replace(new RegExp(`^${c.color_en}\\s+`), '')],
      color: c.color_en,
    })),
    ...json<{ prompt_en: string; object_a_en: string; object_b_en: string; relationship_en: string }>(
      'spatial_relationship.json',
    ).map((c): EvalCase => ({
      dimension: 'spatial_relationship',
      prompt: c.prompt_en,
      objects: [c.object_a_en, c.object_b_en],
      relation: RELATIONS[c.relationship_en],
    })),
    ...lines('scene.txt').map((s): EvalCase => ({ dimension: 'scene', prompt: s, objects: [], scene: s })),
    ...lines('human_action.txt').map((s): EvalCase => ({
      dimension: 'human_action',
      prompt: s,
      objects: ['person'],
      action: s.replace(/^a person is\s+/i, ''),
    })),
    ...json<{ prompt_en: string; style_en: string }>('appearance_style.json').map((c): EvalCase => ({
      dimension: 'appearance_style',
      prompt: c.prompt_en,
      objects: [],
      style: c.style_en,
    })),
    ...lines('temporal_style.txt').map((s): EvalCase => ({
      dimension: 'temporal_style',
      prompt: s,
      objects: [],
      camera:
        CAMERA_PHRASES.find((p) => s.toLowerCase().endsWith(p))?.replace(/^in /, '') ??
        s.split(',').at(-1)!.trim(),
    })),
  ];
}
