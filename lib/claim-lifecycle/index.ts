// The claim lifecycle: statuses, the transition table and the named groups of statuses.
// Read README.md beside this file first.
export * from "./transitions";
export * from "./statuses";
