/**
 * French prompts. The language is detected from its function words and accents; a French prompt is
 * then carried over, phrase by phrase, into the English the rest of the planner reads: set phrases
 * first ("à gauche de", "gros plan", "en bois"), then words (with their gender and number forms),
 * and adjectives that follow their noun in French are put before it ("un chat noir" → "a black
 * cat"). Words it does not know pass through unchanged, so the plan lists them as not used.
 * Quoted speech is lifted out before this runs and stays in French.
 */
import { words } from './lexicon.js';

export type Language = 'en' | 'fr';

const FRENCH_WORDS = new Set(
  'le la les un une des du au aux et est sont sur dans sous avec puis ensuite qui que ou pendant devant derrière entre vers très plus leur leurs son sa ses ce cette ces il elle ils elles de à en par pour'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the a an and is are on in under with then which that or while front behind between toward very more their his her this these it he she they of to by for at'.split(
    ' ',
  ),
);

/** Words with letters of any script, numbers, hex colours, and elided articles split off (l', d'). */
function frenchTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .match(
        /#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z])|\b[ldjcnsm]'|\bqu'|\p{L}+(?:-\p{L}+)*|\d+|[.,;:!?]/gu,
      ) ?? []
  );
}

/**
 * 'fr' when French function words (and accents, « quotes », "dit-elle") outweigh English ones.
 * `quoted`: whether the prompt's speech was set in « guillemets » (the quotes themselves are gone).
 */
export function detectLanguage(text: string, quoted = false): Language {
  const tokens = frenchTokens(text);
  let fr = (/[éèêàùçôîœ«»]/i.test(text) ? 1 : 0) + (quoted ? 2 : 0);
  let en = 0;
  for (const t of tokens) {
    if (FRENCH_WORDS.has(t) || /^[ldjcnsm]'$|^qu'$/.test(t) || (t.includes('-') && VERBS[t])) fr++;
    if (ENGLISH_WORDS.has(t)) en++;
  }
  return fr > en ? 'fr' : 'en';
}

/** Set phrases, longest first when they share a start. */
const PHRASES: [string, string][] = (
  [
    ['à gauche de', 'to the left of'],
    ['à gauche', 'on the left'],
    ['à droite de', 'to the right of'],
    ['à droite', 'on the right'],
    ['à côté de', 'next to'],
    ['au-dessus de', 'above'],
    ['au dessus de', 'above'],
    ['en dessous de', 'under'],
    ['au-dessous de', 'under'],
    ['en face de', 'in front of'],
    ['au milieu de', 'between'],
    ['autour de', 'around'],
    ['le long de', 'along'],
    ['de chaque côté de', 'on either side of'],
    ["de part et d' autre de", 'on either side of'],
    ["à l' intérieur de", 'inside'],
    ['en haut de', 'on top of'],
    ['au sommet de', 'on top of'],
    ['très gros plan', 'extreme close-up'],
    ['gros plan sur', 'close-up of'],
    ['gros plan', 'close-up'],
    ['plan rapproché', 'medium shot'],
    ['plan moyen', 'medium shot'],
    ['plan large', 'wide shot'],
    ["plan d' ensemble", 'wide shot'],
    ['plan très large', 'extreme wide shot'],
    ['vue de dessus', 'overhead'],
    ['vue du dessus', 'overhead'],
    ['vue de côté', 'side view'],
    ['vue de face', 'front view'],
    ['vue de profil', 'side view'],
    ["vue d' en haut", 'from above'],
    ['contre-plongée', 'low angle'],
    ['plongée', 'high angle'],
    ['à hauteur des yeux', 'eye level'],
    ["caméra à l' épaule", 'handheld'],
    ['au ralenti', 'slow motion'],
    ['en accéléré', 'time lapse'],
    ['coupe sur', 'cut to'],
    ['on coupe sur', 'cut to'],
    ['noir et blanc', 'black and white'],
    ['dessin animé', 'cartoon'],
    ['pendant que', 'while'],
    ['après ça', 'after that'],
    ['après cela', 'after that'],
    ['une paire de', 'a pair of'],
    ['une douzaine de', 'a dozen'],
    ['une rangée de', 'a row of'],
    ['une pile de', 'a stack of'],
    ['un tas de', 'a pile of'],
    ['une foule de', 'a crowd of'],
    ['en bois', 'wooden'],
    ['en métal', 'metal'],
    ['en acier', 'metal'],
    ['en verre', 'glass'],
    ['en caoutchouc', 'rubber'],
    ['en pierre', 'stone'],
    ['en plastique', 'plastic'],
    ['en tissu', 'fabric'],
    ['en céramique', 'ceramic'],
    ['sous la pluie', 'in the rain'],
    ['sous la neige', 'in the snow'],
    ['il pleut', 'in the rain'],
    ['il neige', 'in the snow'],
    ['la nuit', 'at night'],
    ['de nuit', 'at night'],
    ['le soir', 'in the evening'],
    ['le matin', 'in the morning'],
    ['au coucher du soleil', 'at sunset'],
    ['au lever du soleil', 'at sunrise'],
    ['en automne', 'in autumn'],
    ['en hiver', 'in winter'],
    ['en été', 'in summer'],
    ['au printemps', 'in spring'],
    ['de gauche à droite', 'from left to right'],
    ['de droite à gauche', 'from right to left'],
    ['vers la caméra', 'toward the camera'],
    ['tout le monde', 'everyone'],
    ['au-dessus', 'above them'],
    ['ballon de basket', 'basketball'],
    ['ballon de basket-ball', 'basketball'],
    ['ballon de football', 'football'],
    ['ballon de foot', 'football'],
    ['balle de tennis', 'tennis ball'],
    ['boule de bowling', 'bowling ball'],
    ['en colère', 'angrily'],
    ['avec colère', 'angrily'],
    ['en souriant', 'smiling'],
  ] as [string, string][]
)
  // "à côté d'une tasse": a phrase ending in "de" also ends in its elided form.
  .flatMap(([fr, en]): [string, string][] =>
    fr.endsWith(' de')
      ? [
          [fr, en],
          [`${fr.slice(0, -3)} d'`, en],
        ]
      : [[fr, en]],
  )
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Nouns (French singular → English singular). Plurals (-s, -x, -aux) are found from these. */
const NOUNS: Record<string, string> = words({
  balle: 'ball', ballon: 'ball', boule: 'ball', bille: 'marble', cube: 'cube', dé: 'cube', sphère: 'sphere',
  domino: 'domino', caisse: 'crate', boîte: 'box', carton: 'box', escalier: 'stairs', escaliers: 'stairs', rampe: 'ramp',
  table: 'table', tasse: 'mug', mug: 'mug', canard: 'duck', panier: 'hoop', canette: 'can', bouteille: 'bottle',
  livre: 'book', cylindre: 'cylinder', mur: 'wall', voiture: 'car', bus: 'bus', camion: 'truck', train: 'train',
  costume: 'suit', manteau: 'coat', imperméable: 'raincoat', chapeau: 'hat', robe: 'dress',
  bateau: 'boat', avion: 'airplane', vélo: 'bicycle', bicyclette: 'bicycle', moto: 'motorcycle',
  personne: 'person', homme: 'man', femme: 'woman', garçon: 'boy', fille: 'girl', enfant: 'child',
  chien: 'dog', chat: 'cat', cheval: 'horse', vache: 'cow', mouton: 'sheep', éléphant: 'elephant', ours: 'bear',
  zèbre: 'zebra', girafe: 'giraffe', oiseau: 'bird', lapin: 'rabbit', poisson: 'fish', papillon: 'butterfly',
  lion: 'lion', tigre: 'tiger', singe: 'monkey', souris: 'mouse', cochon: 'pig', poule: 'chicken',
  chaise: 'chair', canapé: 'couch', lit: 'bed', télévision: 'tv', télé: 'tv', ordinateur: 'laptop',
  téléphone: 'phone', horloge: 'clock', vase: 'vase', plante: 'potted plant', parapluie: 'umbrella',
  nounours: 'teddy bear', pomme: 'apple', orange: 'orange', banane: 'banana', beignet: 'donut', gâteau: 'cake',
  arceau: 'rim', bol: 'bowl', valise: 'suitcase', sac: 'backpack', arbre: 'tree', fleur: 'flower', maison: 'house',
  tour: 'tower', pont: 'bridge', château: 'castle', rocher: 'rock', pierre: 'rock', banc: 'bench',
  pizza: 'pizza', sandwich: 'sandwich', fourchette: 'fork', couteau: 'knife', cuillère: 'spoon', verre: 'glass',
  cuisine: 'kitchen', parc: 'park', jardin: 'garden', rue: 'street', pièce: 'room', salon: 'room',
  gymnase: 'gym', studio: 'studio', plage: 'beach', forêt: 'forest', caméra: 'camera', scène: 'scene',
  plan: 'shot', pluie: 'rain', neige: 'snow', brouillard: 'fog', orage: 'thunderstorm', sol: 'floor',
  herbe: 'grass', musique: 'music', ambiance: 'atmosphere', atmosphère: 'atmosphere',
}); // prettier-ignore

/** Adjectives by their masculine singular; feminine and plural forms are derived. */
const ADJECTIVES: Record<string, string> = words({
  rouge: 'red', bleu: 'blue', vert: 'green', jaune: 'yellow', noir: 'black', blanc: 'white', orange: 'orange',
  violet: 'purple', rose: 'pink', gris: 'grey', marron: 'brown', brun: 'brown', doré: 'golden',
  argenté: 'silver', turquoise: 'turquoise', beige: 'beige', bordeaux: 'maroon', cyan: 'cyan',
  foncé: 'dark', clair: 'light', pâle: 'pale', vif: 'bright',
  petit: 'small', grand: 'big', gros: 'big', énorme: 'huge', minuscule: 'tiny', géant: 'giant',
  métallique: 'metal', brillant: 'shiny', lourd: 'heavy', léger: 'light',
  calme: 'calm', joyeux: 'happy', triste: 'sad', tendu: 'tense', paisible: 'peaceful', heureux: 'happy',
  pluvieux: 'rainy', enneigé: 'snowy', brumeux: 'foggy', nuageux: 'cloudy', ensoleillé: 'sunny',
}); // prettier-ignore

/** Irregular feminine forms. */
const FEMININE: Record<string, string> = words({
  blanche: 'blanc', violette: 'violet', grosse: 'gros', vive: 'vif', légère: 'léger', joyeuse: 'joyeux',
  heureuse: 'heureux', pluvieuse: 'pluvieux', brumeuse: 'brumeux', nuageuse: 'nuageux', blanches: 'blanc',
  violettes: 'violet', grosses: 'gros', géante: 'géant',
}); // prettier-ignore

/** Adjectives French puts before the noun; the rest follow it and are moved before it in English. */
const BEFORE_NOUN = new Set(['petit', 'grand', 'gros', 'énorme', 'minuscule', 'géant', 'joyeux', 'heureux']);

/** Verbs in the present (3rd person singular and plural), infinitive and present participle. */
const VERBS: Record<string, string> = {};
for (const [stem, [singular, plural]] of Object.entries({
  rebond: ['bounces', 'bounce'],
  roul: ['rolls', 'roll'],
  tomb: ['falls', 'fall'],
  gliss: ['slides', 'slide'],
  frapp: ['hits', 'hit'],
  heurt: ['hits', 'hit'],
  percut: ['hits', 'hit'],
  renvers: ['knocks over', 'knock over'],
  lanc: ['throws', 'throw'],
  jett: ['throws', 'throw'],
  saut: ['jumps', 'jump'],
  tourn: ['turns', 'turn'],
  march: ['walks', 'walk'],
  nag: ['swims', 'swim'],
  vol: ['flies', 'fly'],
  dans: ['dances', 'dance'],
  aboi: ['barks', 'bark'],
  pos: ['lands', 'land'],
  atterr: ['lands', 'land'],
  écras: ['smashes', 'smash'],
  cogn: ['hits', 'hit'],
  touch: ['hits', 'hit'],
  descend: ['rolls down', 'roll down'],
  parl: ['says', 'say'],
  cri: ['shouts', 'shout'],
  chuchot: ['whispers', 'whisper'],
  rat: ['misses', 'miss'],
  manqu: ['misses', 'miss'],
}) as [string, [string, string]][]) {
  // -er verbs (roule/roulent/rouler/roulant), -ir verbs (rebondit/rebondissent/rebondir/rebondissant).
  for (const ending of ['e', 'es']) VERBS[stem + ending] = singular;
  for (const ending of ['ent', 'issent']) VERBS[stem + ending] = plural;
  for (const ending of ['er', 'ir', 're']) VERBS[stem + ending] = plural;
  for (const ending of ['ant', 'issant']) VERBS[stem + ending] = singular.replace(/^(\w+?)e?s\b/, '$1ing');
  VERBS[stem + 'it'] = singular;
}
Object.assign(VERBS, {
  dit: 'says', disent: 'say', court: 'runs', courent: 'run', descend: 'rolls down', descendent: 'roll down',
  est: 'is', sont: 'are', devient: 'becomes', deviennent: 'become', rit: 'laughs', rient: 'laugh',
  sourit: 'smiles', sourient: 'smile', tient: 'holds', regarde: 'looks at', répond: 'replies',
  'dit-elle': 'she says', 'dit-il': 'he says', 'répond-elle': 'she replies', 'répond-il': 'he replies',
  'crie-t-elle': 'she shouts', 'crie-t-il': 'he shouts', 'demande-t-elle': 'she asks', 'demande-t-il': 'he asks',
}); // prettier-ignore

const NUMBERS: Record<string, string> = words({
  un: 'a', une: 'a', deux: 'two', trois: 'three', quatre: 'four', cinq: 'five', six: 'six', sept: 'seven',
  huit: 'eight', neuf: 'nine', dix: 'ten', onze: 'eleven', douze: 'twelve', quinze: 'fifteen', vingt: 'twenty',
  trente: 'thirty', quelques: 'a few', plusieurs: 'several', premier: 'first', première: 'first',
  deuxième: 'second', second: 'second', seconde: 'second', troisième: 'third', dernier: 'last', dernière: 'last',
}); // prettier-ignore

const SMALL_WORDS: Record<string, string> = words({
  le: 'the', la: 'the', les: 'the', "l'": 'the', des: '', du: 'of the', de: 'of', "d'": 'of', au: 'to the',
  aux: 'to the', et: 'and', ou: 'or', puis: 'then', ensuite: 'then', enfin: 'finally', finalement: 'finally',
  sur: 'onto', dans: 'into', sous: 'under', devant: 'in front of', derrière: 'behind', entre: 'between',
  vers: 'toward', contre: 'against', avec: 'with', près: 'near', loin: 'far', qui: 'that', "qu'": 'that',
  que: 'that', il: 'he', elle: 'she', ils: 'they', elles: 'they', se: '', "s'": '', en: 'in', à: 'at',
  par: 'by', pour: 'for', très: 'very', lentement: 'slowly', doucement: 'gently', rapidement: 'quickly',
  vite: 'fast', son: 'its', sa: 'its', ses: 'its', leur: 'their', leurs: 'their',
  ce: 'this', cette: 'this', ces: 'these', caméra: 'camera', fond: 'background',
  joyeusement: 'happily', tristement: 'sadly', zoome: 'zooms', panoramique: 'pans', travelling: 'tracking shot',
}); // prettier-ignore

const MATERIALS: Record<string, string> = words({
  bois: 'wooden', métal: 'metal', acier: 'metal', verre: 'glass', caoutchouc: 'rubber', pierre: 'stone',
  plastique: 'plastic', tissu: 'fabric', céramique: 'ceramic',
}); // prettier-ignore

/** An English adjective that follows a noun in French: "rouge", "foncée", "en bois". */
function postAdjective(tokens: string[], j: number): { en: string; length: number } | undefined {
  const w = tokens[j] ?? '';
  if (w === 'en' && MATERIALS[tokens[j + 1] ?? '']) return { en: MATERIALS[tokens[j + 1]!]!, length: 2 };
  const a = adjective(w);
  return a && !BEFORE_NOUN.has(a) ? { en: ADJECTIVES[a]!, length: 1 } : undefined;
}

const SHADE_WORDS = new Set(['dark', 'light', 'pale', 'bright']);

/** The masculine singular of an adjective form, if it is one we know. */
function adjective(w: string): string | undefined {
  if (ADJECTIVES[w]) return w;
  if (FEMININE[w]) return FEMININE[w];
  for (const cut of ['es', 's', 'e'])
    if (w.endsWith(cut) && ADJECTIVES[w.slice(0, -cut.length)]) return w.slice(0, -cut.length);
  return undefined;
}

/** A noun's English and whether the French form was plural. */
function noun(w: string): { en: string; plural: boolean } | undefined {
  if (NOUNS[w]) return { en: NOUNS[w], plural: false };
  const singular = w.endsWith('aux') ? w.slice(0, -3) + 'al' : w.replace(/[sx]$/, '');
  if (singular !== w && NOUNS[singular]) return { en: NOUNS[singular], plural: true };
  return undefined;
}

const pluralOf = (en: string) =>
  /(s|x|ch|sh)$/.test(en) ? `${en}es` : /[^aeiou]y$/.test(en) ? `${en.slice(0, -1)}ies` : `${en}s`;

/** The prompt in the English the planner reads. Unknown words are kept as they are. */
export function fromFrench(text: string): string {
  const tokens = frenchTokens(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = PHRASES.find(([fr]) => fr.split(' ').every((w, k) => tokens[i + k] === w));
    if (phrase) {
      out.push(phrase[1]);
      i += phrase[0].split(' ').length - 1;
      continue;
    }
    const w = tokens[i]!;
    // "Plan 2 :" is a shot marker, not a plane.
    if (w === 'plan' && /^\d+$/.test(tokens[i + 1] ?? '')) {
      out.push('shot');
      continue;
    }
    const n = noun(w);
    if (n && !(w === 'orange' && adjective(tokens[i - 1] ?? ''))) {
      // Adjectives after the noun go before it: "une balle rouge foncé" → "a dark red ball".
      const after: string[] = [];
      let j = i + 1;
      for (let a = postAdjective(tokens, j); a; a = postAdjective(tokens, j)) {
        after.push(a.en);
        j += a.length;
      }
      // French "rouge foncé" is English "dark red": a shade follows its colour.
      const shades = after.filter((a) => SHADE_WORDS.has(a));
      const rest = after.filter((a) => !shades.includes(a));
      out.push(...shades, ...rest, n.plural ? pluralOf(n.en) : n.en);
      i = j - 1;
      continue;
    }
    const a = adjective(w);
    // Down a staircase, not into it: "rebondit dans l'escalier".
    if (w === 'dans' && noun(tokens[i + 2] ?? '')?.en === 'stairs') out.push('down');
    else if (a) out.push(ADJECTIVES[a]!);
    else if (VERBS[w]) out.push(VERBS[w]);
    else if (NUMBERS[w] !== undefined) out.push(NUMBERS[w]);
    else if (SMALL_WORDS[w] !== undefined) out.push(SMALL_WORDS[w]);
    else out.push(w);
  }
  return out
    .filter(Boolean)
    .join(' ')
    .replace(/ ([.,;:!?])/g, '$1');
}
