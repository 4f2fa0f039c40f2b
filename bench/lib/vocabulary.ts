/**
 * The words the generated news pages are made of. Mentions are what the extension must mark; near-misses share a
 * name part or a few letters with the people and must not be marked, so the detector pays its real per-hit cost.
 */

export const FILLER = (
  'the a of and to in that it was for on are as with his they at be this from have or by one had not but what all ' +
  'were when we there can an your which their said if do will each about how up out them then she many some so ' +
  'these would other into has more her two like him see time could no make than first been its who now people my ' +
  'made over did down only way find use may water long little very after words called just where most know get ' +
  'through back much before go good new write our used me man too any day same right look think also around another ' +
  'came come work three word must because does part even place well such here take why things help put years ' +
  'different away again off went old number great tell men say small every found still between name should home big ' +
  'give air line set own under read last never us left end along while might next sound below saw something thought ' +
  'both few those always looked show large often together asked house world going want school important until form ' +
  'food keep children feet land side without boy once animals life enough took sometimes four head above kind began ' +
  'almost live page got earth need far hand high year mother light parts country father let night following picture ' +
  'being study second eyes soon times story boys since white days ever paper hard near sentence better best across ' +
  'during today others however sure means knew try told young miles sun ways thing whole hear example heard several ' +
  'change answer room sea against top turned learn point city play toward five using himself usually'
).split(' ');

/** Sentences that name the people in the forms the detector must find (HTML allowed: names split by markup). */
export const MENTIONS = [
  'Paris Jackson was seen leaving the studio on Sunday',
  'A representative for <a href="/people/cara">Cara Delevingne</a> declined to comment',
  'Friends of <b>Paris</b> Jackson said the trip had been planned for months',
  "Jackson's new project was announced during the weekend",
  "Delevingne's stylist chose a dark suit for the evening",
  'Cara Delevingne and her friends arrived late, according to the report',
  'Fans tagged the photo #ParisJackson within minutes',
  'PARIS JACKSON TALKS MUSIC, FAMILY AND HER NEXT ALBUM',
  'Ms. Delevingne has said little about it in public',
  'Paris-Michael Katherine Jackson, who goes by Paris, spoke briefly to reporters',
];

/** Sentences with the people's name parts used for someone or something else, or inside other words. */
export const NEAR_MISSES = [
  'The mayor of Paris opened a new park near the river',
  'Tourists in Paris queued for hours in the rain',
  'Paris Hilton launched another fragrance this spring',
  "Michael Jackson's estate settled the case last year",
  'Janet Jackson added three dates to her tour',
  'A Jackson Pollock painting sold for a record price',
  'Es una cara conocida en el barrio, dijo la vecina',
  'The <em>cara a cara</em> debate drew a large audience',
  'Her mascara ran in the heat of the Parisian afternoon',
  'Poppy Delevingne hosted a dinner for the charity',
  'Designers showed their collections at Paris Fashion Week',
  'The Percy Jackson films were shot in Vancouver',
  'Cara Santana posted a photo from the beach',
  'Peter Jackson is working on a new documentary',
];
