// Builds the production bundle unless it is already up to date with the sources.
import { buildIfNeeded } from "../tooling/scripts/build-if-needed";

buildIfNeeded();
