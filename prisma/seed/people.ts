// Demo people: facilitators (user accounts without passwords: they get an invite from the admin) and
// members with their memberships. All email addresses are on the reserved demo domain eksempel.dk.
export type SeedFacilitator = {
  key: string;
  name: string;
  email: string;
  phone: string;
  /** Days ago the starter course was completed; null = not yet taken. */
  courseDaysAgo: number | null;
  active: boolean;
};

export const seedFacilitators: SeedFacilitator[] = [
  { key: "hanne", name: "Hanne Kjær", email: "hanne.kjaer@eksempel.dk", phone: "20 11 22 33", courseDaysAgo: 2400, active: true },
  { key: "peter", name: "Peter Mikkelsen", email: "peter.mikkelsen@eksempel.dk", phone: "30 44 55 66", courseDaysAgo: 1500, active: true },
  { key: "birgitte", name: "Birgitte Sørensen", email: "birgitte.soerensen@eksempel.dk", phone: "40 12 34 56", courseDaysAgo: 900, active: true },
  { key: "lars", name: "Lars Østergaard", email: "lars.oestergaard@eksempel.dk", phone: "50 23 45 67", courseDaysAgo: 400, active: true },
  { key: "anders", name: "Anders Holm", email: "anders.holm@eksempel.dk", phone: "60 98 76 54", courseDaysAgo: 600, active: true },
  { key: "mette", name: "Mette Lund", email: "mette.lund@eksempel.dk", phone: "71 22 33 44", courseDaysAgo: null, active: true },
  { key: "joergen", name: "Jørgen Nielsen", email: "joergen.nielsen@eksempel.dk", phone: "22 66 77 88", courseDaysAgo: 3000, active: false },
];

export type SeedMembershipStatus = "PAID" | "PENDING_PAYMENT" | "WAIVED" | "EXPIRED";

export type SeedMember = {
  key: string;
  name: string;
  email: string;
  phone: string | null;
  postcode: string;
  age: number;
  joinedDaysAgo: number;
  membership: {
    status: SeedMembershipStatus;
    /** Days ago the 12-month period started (null while payment is pending). */
    startDaysAgo: number | null;
    method?: "MOBILEPAY" | "BANK_TRANSFER" | "CASH";
  };
};

export const seedMembers: SeedMember[] = [
  {
    key: "karen",
    name: "Karen Jensen",
    email: "karen.jensen@eksempel.dk",
    phone: "21 34 56 78",
    postcode: "7400",
    age: 58,
    joinedDaysAgo: 70,
    membership: { status: "PAID", startDaysAgo: 65, method: "MOBILEPAY" },
  },
  {
    key: "ole",
    name: "Ole Pedersen",
    email: "ole.pedersen@eksempel.dk",
    phone: "26 45 67 89",
    postcode: "7430",
    age: 63,
    joinedDaysAgo: 66,
    membership: { status: "PAID", startDaysAgo: 60, method: "BANK_TRANSFER" },
  },
  {
    key: "susanne",
    name: "Susanne Larsen",
    email: "susanne.larsen@eksempel.dk",
    phone: null,
    postcode: "7400",
    age: 47,
    joinedDaysAgo: 50,
    membership: { status: "PAID", startDaysAgo: 48, method: "MOBILEPAY" },
  },
  {
    key: "henrik",
    name: "Henrik Poulsen",
    email: "henrik.poulsen@eksempel.dk",
    phone: "28 90 12 34",
    postcode: "7480",
    age: 52,
    joinedDaysAgo: 9,
    membership: { status: "PENDING_PAYMENT", startDaysAgo: null },
  },
  {
    key: "lone",
    name: "Lone Madsen",
    email: "lone.madsen@eksempel.dk",
    phone: "29 87 65 43",
    postcode: "7451",
    age: 55,
    joinedDaysAgo: 45,
    membership: { status: "PAID", startDaysAgo: 40, method: "CASH" },
  },
  {
    key: "inge",
    name: "Inge Andersen",
    email: "inge.andersen@eksempel.dk",
    phone: "31 22 44 66",
    postcode: "7400",
    age: 71,
    joinedDaysAgo: 140,
    membership: { status: "PAID", startDaysAgo: 130, method: "BANK_TRANSFER" },
  },
  {
    key: "niels",
    name: "Niels Christensen",
    email: "niels.christensen@eksempel.dk",
    phone: "32 11 99 88",
    postcode: "7441",
    age: 68,
    joinedDaysAgo: 138,
    membership: { status: "PAID", startDaysAgo: 130, method: "MOBILEPAY" },
  },
  {
    key: "kirsten",
    name: "Kirsten Rasmussen",
    email: "kirsten.rasmussen@eksempel.dk",
    phone: "33 55 77 99",
    postcode: "7400",
    age: 61,
    joinedDaysAgo: 135,
    membership: { status: "PAID", startDaysAgo: 128, method: "MOBILEPAY" },
  },
  {
    key: "jens",
    name: "Jens Thomsen",
    email: "jens.thomsen@eksempel.dk",
    phone: "34 66 88 00",
    postcode: "7490",
    age: 74,
    joinedDaysAgo: 150,
    membership: { status: "PAID", startDaysAgo: 140, method: "CASH" },
  },
  {
    key: "bente",
    name: "Bente Hansen",
    email: "bente.hansen@eksempel.dk",
    phone: "35 12 21 12",
    postcode: "7400",
    age: 66,
    joinedDaysAgo: 132,
    membership: { status: "PAID", startDaysAgo: 125, method: "MOBILEPAY" },
  },
  {
    key: "grethe",
    name: "Grethe Bak",
    email: "grethe.bak@eksempel.dk",
    phone: "97 12 34 56",
    postcode: "7400",
    age: 79,
    joinedDaysAgo: 700,
    membership: { status: "PAID", startDaysAgo: 347, method: "BANK_TRANSFER" },
  },
  {
    key: "poul",
    name: "Poul Frandsen",
    email: "poul.frandsen@eksempel.dk",
    phone: "97 65 43 21",
    postcode: "7430",
    age: 81,
    joinedDaysAgo: 380,
    membership: { status: "PAID", startDaysAgo: 20, method: "CASH" },
  },
  {
    key: "erik",
    name: "Erik Vestergaard",
    email: "erik.vestergaard@eksempel.dk",
    phone: "40 40 50 50",
    postcode: "7400",
    age: 59,
    joinedDaysAgo: 800,
    membership: { status: "EXPIRED", startDaysAgo: 430, method: "MOBILEPAY" },
  },
  {
    key: "emma",
    name: "Emma Kristensen",
    email: "emma.kristensen@eksempel.dk",
    phone: "42 10 20 30",
    postcode: "7400",
    age: 16,
    joinedDaysAgo: 95,
    membership: { status: "WAIVED", startDaysAgo: 90 },
  },
  {
    key: "freja",
    name: "Freja Møller",
    email: "freja.moeller@eksempel.dk",
    phone: "42 30 20 10",
    postcode: "7430",
    age: 17,
    joinedDaysAgo: 93,
    membership: { status: "WAIVED", startDaysAgo: 90 },
  },
  {
    key: "oliver",
    name: "Oliver Berg",
    email: "oliver.berg@eksempel.dk",
    phone: null,
    postcode: "7400",
    age: 16,
    joinedDaysAgo: 80,
    membership: { status: "WAIVED", startDaysAgo: 78 },
  },
  {
    key: "mikkel",
    name: "Mikkel Jakobsen",
    email: "mikkel.jakobsen@eksempel.dk",
    phone: "43 21 43 21",
    postcode: "7480",
    age: 20,
    joinedDaysAgo: 92,
    membership: { status: "PAID", startDaysAgo: 90, method: "MOBILEPAY" },
  },
  {
    key: "sofie",
    name: "Sofie Dahl",
    email: "sofie.dahl@eksempel.dk",
    phone: "44 55 66 77",
    postcode: "7400",
    age: 19,
    joinedDaysAgo: 88,
    membership: { status: "PAID", startDaysAgo: 85, method: "MOBILEPAY" },
  },
  {
    key: "ida",
    name: "Ida Winther",
    email: "ida.winther@eksempel.dk",
    phone: "46 78 90 12",
    postcode: "7400",
    age: 22,
    joinedDaysAgo: 85,
    membership: { status: "PAID", startDaysAgo: 84, method: "BANK_TRANSFER" },
  },
  {
    key: "alberte",
    name: "Alberte Nørgaard",
    email: "alberte.noergaard@eksempel.dk",
    phone: "45 67 89 01",
    postcode: "7441",
    age: 17,
    joinedDaysAgo: 12,
    membership: { status: "WAIVED", startDaysAgo: 12 },
  },
];
