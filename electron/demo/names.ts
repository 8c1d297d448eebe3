/** Fictional Swedish names and Helsingborg-like places for demo data. */
export const DISTRICTS = [
  'Drottninghög', 'Dalhem', 'Fredriksdal', 'Söder', 'Närlunda', 'Ödåkra', 'Råå', 'Påarp', 'Maria Park', 'Stattena',
  'Eneborg', 'Husensjö', 'Planteringen', 'Gustavslund', 'Rydebäck', 'Väla', 'Mariastaden', 'Berga', 'Högasten', 'Tågaborg',
] as const;

export const STREETS = [
  'Furutorpsgatan', 'Lundavägen', 'Vasatorpsvägen', 'Bergaliden', 'Ringstorpsvägen', 'Kopparmöllegatan', 'Gröningen',
  'Rönnowsgatan', 'Drottninggatan', 'Hälsovägen', 'Södergatan', 'Ängelholmsvägen', 'Mäster Palmsgatan', 'Hjälmshultsgatan',
  'Tornérgatan', 'Björka Gård', 'Nedre Nytorgsgatan', 'Långvinkelsgatan', 'Pålsjögatan', 'Olympiagatan',
] as const;

export const SITES = ['Tomten vid Väla', 'Ödåkra bytomt', 'Planteringen norra', 'Råå hamnplan', 'Berga park', 'Gustavslunds äng', 'Husensjö gärde'] as const;

export const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Sofia', 'Fatima', 'Amina', 'Elin', 'Ida', 'Hanna', 'Nour', 'Leila',
  'Lars', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Mohammed', 'Ali', 'Ahmed', 'Mikael', 'Oskar', 'Jonas', 'Daniel', 'Omar', 'Yusuf',
] as const;

export const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jönsson', 'Lindberg', 'Holm', 'Berg', 'Hassan', 'Ali', 'Mohamed', 'Ibrahim', 'Yilmaz', 'Nowak', 'Håkansson',
] as const;

/** Fictional landlords; one builds too (as Helsingborgshem does). */
export const LANDLORDS = [
  { name: 'Helsingborgshem (demo)', developer: true },
  { name: 'Kärnfastigheter Öresund AB', developer: false },
  { name: 'Rååns Bostäder AB', developer: false },
  { name: 'Sundsvik Förvaltning AB', developer: true },
  { name: 'Tågaborgs Hyreshus HB', developer: false },
  { name: 'Fastighets AB Pålsjö', developer: false },
  { name: 'Nordvästra Skånes Bostads AB', developer: true },
  { name: 'Bostadsbolaget Husensjö AB', developer: false },
] as const;

export const DEVELOPERS_ONLY = ['Byggbolaget Kullen AB', 'Öresundsbyggen AB', 'Mariastaden Exploatering AB'] as const;
