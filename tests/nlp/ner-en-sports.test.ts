import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('English sports reports: towns and counties that play are teams (ORG)', () => {
  it('a results line "Town 3 Town 1" makes both teams organisations, known town or not', async () => {
    const r = await analyseText('SOCCER - NORTHERN LEAGUE RESULTS.\nDERBY 1996-09-14\nResults of matches played on Saturday:\nLeeds 3 Brockhurst 1\nNewcastle 0 Oldcastle 2', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Leeds', 'Brockhurst', 'Newcastle', 'Oldcastle']));
    // The dateline stays a place.
    expect(names(r.places)).toContain('DERBY');
    expect(names(r.places)).not.toContain('Leeds');
  });

  it('a standings row "Town 5 3 1 1 9 4 10" is a team', async () => {
    const r = await analyseText('SOCCER - SOUTHERN DIVISION STANDINGS.\nStandings after Sunday\'s games (played, won, drawn, lost, goals for, against, points):\nBristol 5 3 1 1 9 4 10\nMillbrook 5 1 1 3 4 8 4', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Bristol', 'Millbrook']));
  });

  it('"X beat Y" in a cricket report; national sides stay places', async () => {
    const r = await analyseText('CRICKET - COUNTY ROUND-UP.\nKent beat Surrey by six wickets on Friday, while England drew with Australia in the third test.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Kent', 'Surrey']));
    expect(names(r.places)).toEqual(expect.arrayContaining(['England', 'Australia']));
  });

  it('a table of players is not a table of teams', async () => {
    const r = await analyseText('GOLF - OPEN SCORES.\nLeading scores after the second round:\nJames Porter 68 70 71\nPeter Vance 70 70 69\nOrlando Kibbe 71 69 70', { lang: 'en' });
    expect(r.organisations).toHaveLength(0);
    expect(names(r.people)).toEqual(expect.arrayContaining(['James Porter', 'Peter Vance']));
  });

  it('a town in prose outside sport stays a place', async () => {
    const r = await analyseText('Floods closed roads near Leeds on Monday. Officials said 3 bridges were shut.', { lang: 'en' });
    expect(names(r.places)).toContain('Leeds');
    expect(r.organisations).toHaveLength(0);
  });
});

describe('English sports reports: fixtures, nicknames, scorecards', () => {
  it('"Town v Town" fixtures are teams, and "the Owls" is a team', async () => {
    const r = await analyseText('SOCCER - WEEKEND FIXTURES.\nFixtures for Saturday:\nHalbury v Wexcombe, Stanmoor v Pellbridge\nThe Owls have not lost at home since March, and the Owls will be without their captain.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Halbury', 'Wexcombe', 'Stanmoor', 'Pellbridge', 'Owls']));
  });

  it('a county\'s innings total makes it a team; an initial stays with the player', async () => {
    const r = await analyseText('CRICKET - COUNTY SCORES.\nClose of play on Friday:\nBerkshire 287-6 (R. Hale 85, T. Moss 61)\nA. Pike lbw b Dunmore 12', { lang: 'en' });
    expect(names(r.organisations)).toContain('Berkshire');
    expect(names(r.people)).toEqual(expect.arrayContaining(['R. Hale', 'T. Moss', 'A. Pike', 'Dunmore']));
  });
});

describe('English organisations whose name ends in \'s', () => {
  it('Moody\'s and Lloyd\'s keep their \'s', async () => {
    const r = await analyseText('The bonds were rated Aa2 by Moody\'s, and Lloyd\'s said it would appeal.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(["Moody's", "Lloyd's"]));
  });
});

describe('English sports reports: team sports and county cricket', () => {
  it('in a football report "X beat Y" names two sides even when neither is known', async () => {
    const r = await analyseText('SOCCER - CUP ROUND-UP.\nBraddock beat Hollins 2-0 on Tuesday, with both goals in the second half.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Braddock', 'Hollins']));
  });
  it('in tennis "X beat Y" names two players, not sides', async () => {
    const r = await analyseText('TENNIS - OPEN RESULTS.\nKarl Braddock beat Tim Hollins 6-3 6-4 in the second round.', { lang: 'en' });
    expect(r.organisations).toHaveLength(0);
    expect(names(r.people)).toEqual(expect.arrayContaining(['Karl Braddock', 'Tim Hollins']));
  });
  it('county cricket: the counties are sides, but "at Taunton in Somerset" is a place', async () => {
    const r = await analyseText('CRICKET - COUNTY ROUND-UP.\nTitle rivals Essex, Derbyshire and Surrey all closed in on victory on the third day.\nThe next match is at Taunton in Somerset.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Essex', 'Derbyshire', 'Surrey']));
    expect(names(r.places)).toContain('Somerset');
  });
});

describe('English sports reports: club names with towns', () => {
  it('"San Diego Padres", "St. Louis Cardinals" are clubs although Diego and Louis are given names; "the Padres" later is the club', async () => {
    const r = await analyseText('BASEBALL - NATIONAL LEAGUE.\nThe San Diego Padres beat the St. Louis Cardinals 5-3 on Sunday.\nIt was the fourth win in a row for the Padres, said Tony Gwynn.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['San Diego Padres', 'St. Louis Cardinals']));
    expect(names(r.people)).toEqual(['Tony Gwynn']);
  });
  it('"O\'Brien" keeps its O\', and "Jan 12" is a date', async () => {
    const r = await analyseText('TENNIS - RESULTS.\nAlex O\'Brien beat Jan Siemerink on Jan 12. O\'Brien next plays on Friday.', { lang: 'en' });
    expect(r.people.flatMap((p) => p.mentions.map((m) => m.text))).toEqual(expect.arrayContaining(["Alex O'Brien", "O'Brien"]));
    expect(names(r.people)).not.toContain('Jan');
  });
});

describe('English sports reports: words before a side', () => {
  it('"champions X", "a win over X", "a move to X", "joined X" name sides in football', async () => {
    const r = await analyseText('SOCCER - TRANSFER NEWS.\nThe defender joined Aberdeen after a 2-0 win over Genoa, and champions Porto confirmed his move to Lyon had fallen through.', { lang: 'en' });
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Aberdeen', 'Genoa', 'Porto', 'Lyon']));
  });
});

describe('English headlines in capitals', () => {
  it('known names in a capitalised headline are found; a name inside an event ("U.S. OPEN") is not', async () => {
    const r = await analyseText('SOCCER - WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER.\nTENNIS - AGASSI THROUGH AT U.S. OPEN.', { lang: 'en' });
    expect(names(r.places)).toEqual(expect.arrayContaining(['WALES', 'SAN MARINO']));
    expect(names(r.places)).not.toContain('U.S.');
  });
});

describe('English sports reports: competitors', () => {
  it('in golf, "Name (Country) 71 75" is a player, and a given name the engine left before a known surname joins it', async () => {
    const r = await analyseText('GOLF - MASTERS SCORES.\nLeading second-round scores:\nTorvald Ekstrand (Sweden) 71 75, Paul Eales 75 71\nThe leader was Ekstrand, ahead of Hamid Qureshi. Qureshi and then Hamid Qureshi again.', { lang: 'en' });
    expect(names(r.people)).toEqual(expect.arrayContaining(['Torvald Ekstrand', 'Paul Eales', 'Hamid Qureshi']));
    expect(r.organisations).toHaveLength(0);
  });
});

describe('English capitalised headlines: people', () => {
  it('"ROBERTO VALDEZ FIGHTS ON" names a person, and "Valdez" later is the same person', async () => {
    const r = await analyseText('BOXING - PANAMA\'S ROBERTO VALDEZ FIGHTS ON AT 45.\nValdez takes on a little-known Mexican on Saturday.', { lang: 'en' });
    expect(r.people.flatMap((p) => p.mentions.map((m) => m.text))).toEqual(expect.arrayContaining(['ROBERTO VALDEZ', 'Valdez']));
  });
});

describe('English sports reports: a player whose surname is a town', () => {
  it('"Tavarus Lincoln (U.S.)" in tennis is a player, and "Lincoln" later is the same player', async () => {
    const r = await analyseText('TENNIS - OPEN RESULTS.\nTavarus Lincoln (U.S.) beat Karl Braddock (Germany) 6-3 6-4.\nThe seeded Lincoln served 12 aces.', { lang: 'en' });
    expect(r.people.flatMap((p) => p.mentions.map((m) => m.text))).toEqual(expect.arrayContaining(['Tavarus Lincoln', 'Lincoln']));
    expect(names(r.places)).not.toContain('Lincoln');
  });
});

describe('English: a political text is no sports text', () => {
  it('"won", "victory", "defeat" and "title" in an election story do not turn families into teams', async () => {
    const r = await analyseText('Labour won the seat after a narrow victory, and the defeat cost the Conservatives a title they had held since 1992. The Hollisters won praise from voters, and the Hollisters lost nothing by waiting.', { lang: 'en' });
    expect(names(r.organisations)).not.toContain('Hollisters');
  });
});
