// Messages shared by the public actions. Safe in the browser.
export const HONEYPOT_MESSAGE =
  "Vi kunne ikke modtage formularen. Prøv at indlæse siden igen og udfylde den – eller ring til os, så hjælper vi.";
export const NOT_FOUND_MESSAGE = "Vi kan ikke finde gruppen. Den kan være blevet fjernet. Se de andre grupper under ”Find en gruppe”.";
