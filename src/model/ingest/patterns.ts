import type { Modality } from '../vocabulary';
import type { SentenceContext } from './sentenceContext';

/**
 * Verb patterns, in the spirit of CAMEO/PETRARCH event coding: a trigger phrase in a sentence maps
 * to a relation of the vocabulary; the source is the actor before it, the target the first
 * mention after it (after "with" where the pattern says so) whose type the relation allows.
 * Patterns run on the folded, lower-cased sentence. Order matters: a threat pattern claims its
 * clause so that "threatened to suspend" never yields "suspended".
 */
export interface VerbPattern {
  name: string;
  relation: string;
  trigger: RegExp;
  /** The target is looked for after this word following the trigger (e.g. "with"). */
  via?: RegExp;
  /** The pattern claims the rest of its clause: no other trigger fires inside it. */
  claimsClause?: boolean;
  /** Once the pattern has fired, no later pattern starts inside its trigger ("proposed talks"). */
  claimsTrigger?: boolean;
  /** Relation used instead when the target found is an event (e.g. "conducted drills"). */
  onEvent?: string;
  /** Only the first name after the trigger (or `via`) may be the target, not any later one. */
  adjacent?: boolean;
  /** Relation used instead when the subject is a news agency ("KCNA confirmed the demolition"). */
  byMedia?: string;
  /** A trigger after an article or possessive is a noun ("rejected the demand"), not this verb. */
  verbOnly?: boolean;
  /** Only between two people: "Biegun and Lee discussed aid" met, states that discuss need not have. */
  people?: boolean;
  /** The target is no person or state: one proposes talks or a working group ("offered to meet Kim" proposes no Kim). */
  noParty?: boolean;
  /** Kinds of event that are never the target ("agreed to" no war). */
  notKinds?: readonly string[];
  /** After the trigger, these words say the object is elsewhere ("which Washington accused of ...": the antecedent). */
  objectElsewhere?: RegExp;
  /** A fact when said, whatever it threatens or warns of: only negation changes it ("would", "will" do not). */
  saidAsFact?: boolean;
  confidence: number;
}

const P = (
  name: string,
  relation: string,
  trigger: RegExp,
  confidence: number,
  extra: Partial<VerbPattern> = {},
): VerbPattern => ({ name, relation, trigger, confidence, ...extra });

// A weekday ("agreed Friday to", "called on Monday", "said at a meeting on Tuesday").
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

export const VERB_PATTERNS: readonly VerbPattern[] = [
  // "threatened to", "its threats against Seoul"; the noun alone ("the North's nuclear threat")
  // names no one threatened.
  P(
    'threat',
    'threatened',
    /\bthreaten(?:s|ed|ing)?\b(?:\s+to\b)?|\bthreats?\s+(?:to|against|toward|towards)\b/g,
    0.7,
    {
      claimsClause: true,
      saidAsFact: true,
    },
  ),
  // "vowed to retaliate against Seoul", "vows to punish the South": a promise of harm is a threat.
  P(
    'vow-harm',
    'threatened',
    /\bvow(?:s|ed|ing)?\s+(?:to\s+)?(?:retaliat(?:e|ion)|punish|revenge|take revenge|strike back)\b(?:\s+against\b)?/g,
    0.65,
    { claimsClause: true, saidAsFact: true },
  ),
  // "Lee vows N. Korea will pay for Cheonan sinking", "said Monday that North Korea will pay a
  // price": promising that someone will pay is threatening them.
  P(
    'will-pay',
    'threatened',
    /\b(?:vow(?:s|ed)?|said|says|warn(?:s|ed)?)\b(?=\s+(?:[a-z]+day\s+)?(?:that\s+)?[^.;,]{0,40}?\bwill\s+pay\b)/g,
    0.6,
    { claimsClause: true, saidAsFact: true },
  ),
  // Warning that an event (drills, a test) would do harm is opposing it.
  P('warn', 'warned', /\bwarn(?:s|ed|ing)?\b/g, 0.65, {
    claimsClause: true,
    onEvent: 'opposed',
    saidAsFact: true,
  }),
  P(
    'seek-talks',
    'sought talks with',
    /\b(?:seek|seeks|sought|seeking|push(?:es|ed|ing)?|want(?:s|ed)?|willing|call(?:s|ed)? for|offer(?:s|ed)?|propos(?:e|es|ed))\b(?:(?!\b(?:after|before|since|following|his|her|their|its)\b)[^.;]){0,40}?\b(?:talks|dialogue|ties|relations|negotiations|engagement)\b/g,
    0.75,
    { via: /\bwith\b/, claimsTrigger: true },
  ),
  P(
    'resume-talks',
    'sought talks with',
    /\b(?:resume|reopen|hold|improve)\s+(?:the\s+)?(?:talks|dialogue|ties|negotiations)\b/g,
    0.6,
    { via: /\bwith\b/ },
  ),
  P(
    'talk-to',
    'sought talks with',
    /\b(?:willing|ready|want(?:s|ed)?|wish(?:es|ed)?|offer(?:s|ed)?|interested in|open to|seek(?:s|ing)?)\b[^.;]{0,20}?\b(?:talk(?:ing)?|speak(?:ing)?) (?:to|with)\b/g,
    0.7,
  ),
  P('open-talks', 'sought talks with', /\bopen(?:s|ed|ing)? (?:talks|dialogue|negotiations)\b/g, 0.65, {
    via: /\bwith\b/,
  }),
  P(
    'talks-at',
    'met at',
    /\b(?:held|hold|holds|holding|started|began|opened|met)\b[^.;]{0,40}?\b(?:talks|meeting|negotiations|summit)\b/g,
    0.6,
    { via: /\b(?:at|in|near)\b/ },
  ),
  P(
    'held-talks',
    'met with',
    /\b(?:held|hold|holds|holding|started|began)\b[^.;]{0,20}?\b(?:talks|meeting|negotiations)\b/g,
    0.55,
    { via: /\bwith\b/ },
  ),
  P('reach-out', 'sought talks with', /\breach(?:ed|es)? out to\b/g, 0.7),
  P(
    'restore',
    'restored ties with',
    /\b(?:restor(?:e|es|ed|ing)|reopen(?:s|ed|ing)?|re-?establish(?:ed)?)\b[^.;]{0,50}?\b(?:ties|channels?|lines?|contact|hotline)\b/g,
    0.7,
    { via: /\bwith\b/ },
  ),
  P(
    'cut-ties',
    'cut ties with',
    /\b(?:cut(?:s|ting)? off|sever(?:s|ed)?|cut(?:s)?)\b[^.;]{0,20}?\b(?:ties|contact|communication|relations|channels?|hotlines?|lines)\b/g,
    0.8,
    { via: /\bwith\b/ },
  ),
  // "met in Singapore", "met Kim at the border": where they met.
  P('met-in', 'met at', /\b(?:met|meet|meets|meeting)\b/g, 0.55, {
    via: /\b(?:in|at|near)\b/,
    adjacent: true,
  }),
  // "was part of the North Korean delegation to the Olympics", "led the delegation at the talks".
  P(
    'delegation-to',
    'participated in',
    /\b(?:(?:was|were|is|are) (?:part|a member|members) of|led|leads|headed|heads|joined|joins)\s+(?:the|a|an|his|her|its|their)\s+(?:[a-z.'’-]+\s+){0,3}?delegation\s+(?:of\s+(?:[a-z0-9-]+\s+){1,3}?)?(?:to|at|for)\b/g,
    0.55,
    { adjacent: true },
  ),
  // "sending athletes to the Olympics": taking part in the event; "sent a letter to Moon" is not.
  P('send-to', 'participated in', /\bsen(?:d|ds|ding|t)\b[^.;,]{0,50}?\bto\b/g, 0.5, { adjacent: true }),
  P(
    'meet-with',
    'met with',
    /\b(?:met|meet|meets|greet(?:s|ed)?)\b(?:\s+with\b)?|\bmeeting with\b|(?<=\b(?:after|before|while|when|since)\s)meeting\b|\bsh(?:ook|akes?) hands with\b|\b(?:dined|had (?:dinner|lunch)) with\b|\bfor talks with\b|\bs(?:at|it|its) down(?: with\b)?/g,
    0.6,
  ),
  P('held-talks-with', 'met with', /\bheld talks with\b/g, 0.7),
  // "Biegun and Lee discussed aid", "discussed the issue with Abe", "the two sides exchanged views":
  // those who discuss together meet (not by phone or video).
  P(
    'discuss',
    'met with',
    /\b(?:discuss(?:es|ed|ing)?|exchang(?:e|es|ed|ing) views)\b(?![^.;]{0,80}\b(?:phone|telephone|video|virtual(?:ly)?)\b)/g,
    0.55,
    { via: /\bwith\b/, people: true },
  ),
  P(
    'visit',
    'visited',
    /\bvisit(?:s|ed|ing)?\b|\btrip to\b|\btravel(?:l?ed|s|ing)?\s+(?:by\s+(?:train|plane|air|car|road|sea|ship)\s+)?to\b|\bset(?:s|ting)? foot (?:in|on)\b|\b(?:fl(?:ew|ies|y)|arriv(?:ed|es|e)|land(?:ed|s))\s+(?:in|to)\b|\b(?:went|goes|head(?:s|ed|ing)?)\s+(?:(?:north|south|east|west|back|home)\s+)?to\b|\btour(?:ed|ing)\b|\bled\s+(?:a|an|the|his|her|its)\s+(?:[a-z-]+\s+)?delegation\s+(?:of\s+(?:[a-z0-9-]+\s+){1,3}?)?to\b|\bcross(?:es|ed|ing)?\s+(?:(?:together|briefly|the border|the line)\s+){0,2}into\b|\breturn(?:s|ed)?\s+to\b|\b(?:step(?:s|ped|ping)?|walk(?:s|ed|ing)?)\s+(?:(?:briefly|a few steps|a few meters|across the border)\s+)?into\b/g,
    0.65,
  ),
  // "Hillary Clinton, who is in Beijing for talks": where the person is, away from home.
  P('who-is-in', 'visited', /(?<=,\s*)\bwho\s+(?:is|was|has been|had been)\s+in\b/g, 0.55, {
    adjacent: true,
  }),
  P(
    'praise',
    'praised',
    /\b(?:prais(?:e|es|ed|ing)|credit(?:s|ed)?|hail(?:s|ed)?|commend(?:s|ed)?|thank(?:s|ed|ing)?)\b/g,
    0.7,
    { verbOnly: true },
  ),
  // "called on Pyongyang to return to dialogue": "called on" with someone to do something.
  P(
    'demand',
    'demanded',
    new RegExp(
      String.raw`\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed)? that|call(?:s|ed|ing)? (?:up)?on(?!\s+${WEEKDAY}\b)(?=\s+(?:the\s+)?[a-z.'’ -]{2,40}?\s+to\s+[a-z]))\b`,
      'g',
    ),
    0.6,
    { verbOnly: true },
  ),
  // "to wrest concessions from Seoul": what is demanded, and from whom.
  P('concessions', 'demanded', /\b(?:wrest|extract|squeeze|win)\s+concessions\s+from\b/g, 0.6),
  P(
    'blame',
    'blamed',
    /\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|held(?= [^.;]{0,20}(?:responsible|accountable)))\b/g,
    0.7,
    {
      verbOnly: true,
      objectElsewhere: /^\s+of\b/,
    },
  ),
  // "criticized the United States for its hostile policy": faulting someone for something; not the
  // "for" of another verb ("condemned the test and called for a meeting").
  P(
    'criticize-for',
    'blamed',
    /\b(?:criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing))\b(?=[^.;,]{0,60}?(?<!\b(?:call|ask|push|press|appeal|wait)(?:s|ed|ing)?\s+)\bfor\b)/g,
    0.6,
  ),
  // Not "shells" or "bombs": mostly nouns ("artillery shells").
  P(
    'attack',
    'attacked',
    /\b(?:attack(?:s|ed)?|strike|strikes|struck|shelled|bombed|invad(?:e|es|ed))\b/g,
    0.6,
    { verbOnly: true },
  ),
  // "sanctions" alone is mostly the noun ("the sanctions"): only the past tense is a verb for sure.
  P('sanction', 'sanctioned', /\b(?:sanctioned|imposed sanctions on)\b/g, 0.6),
  P(
    'impose-sanctions',
    'sanctioned',
    /(?<=\bsanctions?\b[^.;]{0,50})\bimpos(?:e|es|ed|ing)\b|\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped)?|lev(?:y|ies|ied)|approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?)\b(?=[^.;]{0,30}\bsanctions\b)/g,
    0.65,
    { via: /\bon\b/ },
  ),
  P('boycott', 'boycotted', /\b(?:boycott(?:s|ed)?|skipp(?:ed|ing))\b/g, 0.7),
  // "gave a New Year's speech", "delivered an address": the speaker took part in the speech.
  P(
    'give-speech',
    'participated in',
    /\b(?:g[ai]ve|gives|giving|made|makes|making|deliver(?:s|ed|ing)?)\b(?=\s+(?:a|an|his|her|its|their|the)\s+(?:[\w'’.-]+\s+){0,3}?(?:speech|address)\b)/g,
    0.55,
    { adjacent: true },
  ),
  P(
    'suspend',
    'suspended',
    /\b(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|ban(?:s|ned|ning)?|stop(?:s|ped|ping)?|cancel(?:l?ed|l?ing|s)?|postpon(?:e|es|ed|ing)|call(?:s|ed)? off|shut(?:s)? down|clos(?:e|es|ed)|downsiz(?:e|es|ed)|no longer (?:be )?(?:bound by|abide by|observe|honou?r))\b/g,
    0.65,
  ),
  P(
    'agree',
    'agreed to',
    new RegExp(
      String.raw`\b(?:agree(?:s|d)?(?: (?:on )?(?:${WEEKDAY}|today|yesterday))? (?:to|on)|confirm(?:s|ed)?|accept(?:s|ed)?|settl(?:e|es|ed) (?:for|on)|signed|pledg(?:e|es|ed|ing)|commit(?:s|ted)? to)\b`,
      'g',
    ),
    0.6,
    // ("confirmed the launch" says it happened: no one agrees to a test, an attack or a war.)
    {
      byMedia: 'reported',
      notKinds: [
        'war',
        'weapons-test',
        'attack',
        'bombing',
        'shooting',
        'sinking',
        'explosion',
        'demolition',
      ],
    },
  ),
  P(
    'propose',
    'proposed',
    /\b(?:propos(?:e|es|ed)|suggest(?:s|ed)|offer(?:s|ed)|initiat(?:e|es|ed)|put(?:s)? forward|float(?:s|ed)? the (?:idea|prospect|possibility) of|want(?:s|ed)? to (?:discuss|hold|resume|restart|reopen))\b/g,
    0.55,
    { noParty: true, notKinds: ['war'] },
  ),
  // "expressed strong regret over the demolition": regret or concern at an event is opposing it.
  P(
    'oppose',
    'opposed',
    /\b(?:oppos(?:e|es|ed)|protest(?:s|ed)|condemn(?:s|ed|ing)|reject(?:s|ed)|denounc(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|slam(?:s|med)|lambast(?:s|ed)|decr(?:y|ies|ied)|deplor(?:e|es|ed))\b|\bsees?\b(?=[^.;]{0,80}? as an? (?:invasion|provocation|rehearsal|threat))|\bexpress(?:es|ed|ing)?\s+(?:(?:deep|strong|serious|grave|great|its|his|her|their)\s+){0,2}(?:regret|concern|displeasure|opposition|dismay|outrage)\b/g,
    0.6,
  ),
  // "convened a meeting of the National Security Council": who called it hosted it.
  P(
    'host',
    'hosted',
    /\b(?:host(?:s|ed|ing)?|conven(?:e|es|ed|ing)|chair(?:s|ed|ing)|presid(?:e|es|ed|ing) over)\b/g,
    0.65,
  ),
  // "Kim Jong Un watched the launch", "oversaw the drills": a leader at a test or drill took part.
  P(
    'oversee',
    'participated in',
    /\b(?:watch(?:es|ed)|observ(?:es|ed)|overs(?:aw|ees|een)|supervis(?:es|ed)|guid(?:es|ed)|inspect(?:s|ed))\b/g,
    0.5,
    // ("the U.N. Command, which oversees the armistice", "observed the agreement": no part in it.)
    { adjacent: true, notKinds: ['agreement', 'war'] },
  ),
  // "told a cabinet meeting", "addressing the party congress", "said at a news conference": who
  // spoke to or at an event took part in it (only the event named right after).
  P(
    'speak-at',
    'participated in',
    new RegExp(
      String.raw`\b(?:told|tells|telling|address(?:es|ed|ing)?|(?:said|says|speaking|spoke)\s+(?:at|during))\b(?=\s+(?:a|an|the|this|last|${WEEKDAY})\b)|\b(?:said|says|spoke)\s+in\b(?=\s+(?:a|an|his|her|its|their)\s+(?:[\w'’.-]+\s+){0,3}?(?:speech|address)\b)`,
      'g',
    ),
    0.5,
    { adjacent: true },
  ),
  P(
    'participate',
    'participated in',
    /\b(?:participat(?:e|es|ed)|took part|take part|join(?:s|ed)|attend(?:s|ed)|held(?![^.;]{0,30}\b(?:responsible|accountable)\b)|hold|holds|conduct(?:s|ed)?|stag(?:e|es|ed)|launch(?:es|ed)|beg[ia]ns?|start(?:s|ed))\b/g,
    0.5,
    { verbOnly: true },
  ),
  // What is responded to follows "to" or "for"; "responds with tests" names the response instead.
  P(
    'respond',
    'responded to',
    /\b(?:(?:respond(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|react(?:s|ed|ing)?)\s+(?:to|for|against)|in (?:response|retaliation|reaction) to|in retaliation for|in protest (?:at|against|over))\b/g,
    0.55,
  ),
  // "acted as a go-between for Washington and Pyongyang", "the role of mediator between".
  P(
    'mediate',
    'mediated between',
    /\b(?:mediat(?:e|es|ed)|broker(?:s|ed)|(?:act(?:s|ed)?|serv(?:e|es|ed)|role of)\s+(?:as\s+)?(?:an?\s+)?(?:mediator|go-between|intermediary))\b/g,
    0.6,
    { via: /\b(?:between|for)\b/ },
  ),
  P('capture', 'captured in', /\b(?:captured|arrested|found|detained|caught)\b/g, 0.5, {
    via: /\b(?:in|at)\b/,
  }),
  P('victim', 'victim of', /\b(?:killed|wounded|injured|maimed|died) in\b/g, 0.55),
  P('report', 'reported', /\breport(?:s|ed)\b/g, 0.4),
];

export const NEGATION =
  /(?:\bnot|n't|\bnever|no longer|refus(?:ed|es)? to|fail(?:ed|s)? to|declin(?:ed|es)? to|without|postpon(?:ed|es)|cancell?(?:ed|s)|called off|scrapp(?:ed|s))\s+(?:\w+\s+){0,2}$/;
// Verbs that commit to a later act: "agreed to", "pledged to", "decided to".
const COMMITTED = String.raw`(?:agree[sd]?|pledge[sd]?|vow(?:s|ed)?|promise[sd]?|decide[sd]?)`;
export const PLANNED = new RegExp(
  String.raw`\b(?:will|'ll|would|plans? to|planning to|scheduled to|expected to|set to|(?:is|are|was|were) due to|is to|are to|to be|agree[sd]? (?:on [a-z]+day )?to|${COMMITTED} to)\s+(?:\w+\s+){0,3}$`,
);
// "if Seoul holds its drills", "whether Japan joins": a condition is a possibility, not a fact.
// "invited him to visit Pyongyang", "urged Seoul to resume talks": asked for, not (yet) done;
// "offered to meet Kim", "wants to visit Seoul", "is ready to talk": wished for, not done.
export const POSSIBLE =
  /\b(?:may|might|could|possibl[ey]|potential|likely|perhaps|if|unless|whether|invit(?:e|es|ed|ing|ation)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|want(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|willing|ready|eager|intend(?:s|ed)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}$/;

/** How the words just before a trigger state it: denied, possible (a condition, a wish, a request), planned, or as a fact. */
export function modalityBefore(
  ctx: Pick<SentenceContext, 'lower' | 'sentence'>,
  at: number,
): Modality | undefined {
  // ("to co-host": the prefix is part of the verb.)
  const before = ctx.lower.slice(Math.max(ctx.sentence.start, at - 50), at).replace(/\bco-$/, '');
  if (NEGATION.test(before)) return 'negated';
  if (POSSIBLE.test(before)) return 'possible';
  if (PLANNED.test(before)) return 'planned';
  // "agreed Wednesday to dismantle a test site ... and to visit Seoul", "agrees to dismantle missile
  // site, visit Seoul": a verb joined to what was agreed or planned is planned too.
  if (PLANNED_JOINED.test(ctx.lower.slice(ctx.sentence.start, at))) return 'planned';
  return undefined;
}

const PLANNED_JOINED = new RegExp(
  String.raw`\b(?:${COMMITTED}|plans?|planned)\s+(?:[a-z]+\s+){0,2}?to\s+[^;:.]*?(?:\band\s+(?:to\s+)?|,\s+(?:and\s+)?(?:to\s+)?)$`,
);
