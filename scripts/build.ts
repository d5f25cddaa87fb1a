// Builds the production bundle unless it is already up to date with the sources.
import { buildIfNeeded } from "./lib/build-if-needed";

buildIfNeeded();
