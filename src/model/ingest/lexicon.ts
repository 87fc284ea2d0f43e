/** Word lists the entity and relation stages share. Lower case unless noted. */

export const PERSON_TITLES = new Set([
  'president', 'minister', 'vice', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'chairman', 'chief', 'general', 'gen.', 'mr.', 'ms.', 'mrs.', 'dr.', 'professor', 'analyst', 'expert',
  'negotiator', 'envoy', 'ambassador', 'official', 'adviser', 'advisor', 'premier', 'prime', 'senator',
  'representative', 'director', 'commander', 'deputy', 'uncle', 'sister', 'brother', 'aide',
]);

export const ORG_HEADS = new Set([
  'ministry', 'university', 'institute', 'agency', 'party', 'council', 'committee', 'office', 'command',
  'bureau', 'times', 'news', 'association', 'foundation', 'bank', 'corporation', 'department', 'army',
  'navy', 'forces', 'assembly', 'parliament', 'commission', 'center', 'centre', 'group', 'company',
  'service', 'post', 'journal', 'network', 'alliance', 'organization', 'organisation',
]);

export const EVENT_HEADS: Readonly<Record<string, string>> = {
  talks: 'talks', negotiations: 'talks', dialogue: 'talks', summit: 'summit', meeting: 'meeting',
  drills: 'military-drills', exercises: 'military-drills', drill: 'military-drills', games: 'sports-event',
  olympics: 'sports-event', attack: 'attack', attacks: 'attack', bombing: 'bombing', shooting: 'shooting',
  sinking: 'sinking', explosion: 'explosion', explosions: 'explosion', war: 'war', agreement: 'agreement',
  deal: 'agreement', address: 'speech', speech: 'speech', congress: 'congress', closure: 'closure',
  execution: 'execution', reunion: 'family-reunion', reunions: 'family-reunion', tests: 'weapons-test',
  test: 'weapons-test', pandemic: 'pandemic', standoff: 'military-standoff', battle: 'battle',
  visit: 'visit', crisis: 'crisis', tours: 'tourism', sanctions: 'sanctions',
};

/** Capitalized words that start sentences or name times, not entities (exact case). */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'It', 'Its', 'He', 'She', 'They', 'We',
  'I', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'There', 'After', 'Before', 'When',
  'While', 'As', 'For', 'With', 'From', 'By', 'To', 'Of', 'Some', 'Many', 'Last', 'Next', 'Inter',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Korean', 'Koreas', 'North', 'South', 'Yet', 'However', 'Still', 'Such',
  'Read', 'Also', 'Photo', 'Image', 'Copyright', 'Share', 'According', 'Both', 'Despite', 'Although',
]);

export const KOREAN_SURNAMES = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo',
  'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Ryu', 'Hong', 'Ri', 'Rhee', 'Moon', 'Koh', 'Ko', 'Boo', 'Cheong',
  'Chung', 'Yang', 'Baek', 'Nam', 'Noh', 'Roh', 'Yu', 'Jeon', 'Chun', 'Hyun', 'Son', 'Bae', 'Paik',
]);
