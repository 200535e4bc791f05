// Words the benchmark plans are made of: Swedish first and last names, districts,
// municipal departments and the kinds of problems, goals, activities and indicators
// a crime-prevention council works with (see docs/domain.md). Plan content, typed
// by a Swedish coordinator, so Swedish only.

export const FIRST_NAMES = [
  "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per",
  "Lena", "Mikael", "Emma", "Fredrik", "Sofia", "Jonas", "Ingrid", "Mats", "Elin", "Ali",
  "Fatima", "Niklas", "Åsa", "Björn", "Linnéa", "Örjan", "Hanna", "Oskar", "Amira", "Gustav",
] as const;

export const LAST_NAMES = [
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
  "Lindberg", "Lundqvist", "Berglund", "Sandström", "Öberg", "Holmgren", "Nordin", "Åström", "Hassan", "Lindström",
] as const;

export const DISTRICTS = [
  "Centrum", "Ålidhem", "Holmsund", "Obbola", "Teg", "Haga", "Berghem", "Mariehem", "Ersboda", "Tomtebo",
  "Sävar", "Hörnefors", "Västerslätt", "Backen", "Ön", "Marieberg", "Grubbe", "Innertavle", "Carlshöjd", "Böleäng",
] as const;

/** Municipal departments (förvaltningar) whose staff sit in the groups. */
export const DEPARTMENTS = [
  "Socialtjänsten",
  "Fritidsförvaltningen",
  "För- och grundskoleförvaltningen",
  "Gymnasie- och vuxenutbildningen",
  "Kulturförvaltningen",
  "Stadsbyggnadskontoret",
  "Tekniska förvaltningen",
] as const;

/** Other organisations' members come from these. */
export const PARTNERS = {
  police: "Polisområde Västerbotten",
  region: "Region Västerbotten",
  propertyOwner: "Bostaden AB",
  civilSociety: "Nattvandrarna",
  university: "Umeå universitet",
  business: "Handelsföreningen",
} as const;

export const PROBLEMS = [
  "Narkotikaförsäljning i anslutning till skolor",
  "Otrygghet i centrum kvällstid",
  "Våld i offentlig miljö nattetid",
  "Skadegörelse och klotter",
  "Unga som rekryteras till kriminella nätverk",
  "Bostadsinbrott",
  "Buskörning med mopedbilar",
  "Alkohol bland unga vid skolavslutningar",
  "Spel om pengar bland unga",
  "Våld i nära relation",
  "Otrygghet vid busshållplatser",
  "Stölder ur fordon",
] as const;

export const FOCUS_AREAS = ["Trygg stadsmiljö", "Unga och droger", "Våld", "Spel", "Brott mot enskild", "Delaktighet"] as const;

/** Goal wordings; "{område}" is replaced by a district. */
export const GOALS = [
  "Minska antalet anmälda brott i {område}",
  "Öka tryggheten i {område}",
  "Minska användningen av alkohol, narkotika, tobak och doping bland unga i {område}",
  "Motverka överdrivet spelande bland unga i {område}",
  "Färre unga i riskmiljöer i {område}",
  "Minska skadegörelsen i {område}",
  "Stärka samverkan med fastighetsägare i {område}",
  "Minska våldet i offentlig miljö i {område}",
] as const;

export const ACTIVITIES = [
  "Trygghetsvandring {område}",
  "Nattvandring {område}",
  "Föräldrautbildning {område}",
  "EST-möte {område}",
  "Belysningsinventering {område}",
  "Sommarlovsaktiviteter {område}",
  "Klotterplank och snabbsanering {område}",
  "Skolpolis och fältare i {område}",
  "Tillsyn av krogar {område}",
  "Medborgardialog {område}",
  "Utbildning om spel för unga i {område}",
  "Trygghetsöverenskommelse {område}",
] as const;

export const INDICATORS = [
  { name: "Anmälda brott per 100 000 invånare", unit: "per100k", source: "bra", base: [7000, 11000], direction: "lower" },
  { name: "Utsatthet för brott mot person", unit: "percent", source: "ntu", base: [12, 25], direction: "lower" },
  { name: "Otrygghet utomhus sent på kvällen", unit: "percent", source: "ntu", base: [15, 35], direction: "lower" },
  { name: "Problemindex ordningsstörningar", unit: "index06", source: "policeSurvey", base: [1.5, 4.5], direction: "lower" },
  { name: "Narkotikaanvändning gymnasiet år 2", unit: "percent", source: "can", base: [6, 18], direction: "lower" },
  { name: "Genomförda trygghetsvandringar", unit: "count", source: "own", base: [2, 20], direction: "higher" },
  { name: "Deltagare i nattvandringar", unit: "count", source: "own", base: [20, 300], direction: "higher" },
  { name: "Kostnad för skadegörelse", unit: "kronor", source: "kolada", base: [200000, 2000000], direction: "lower" },
] as const;
