export { gateLints, runReview, type RunOptions } from "./run.js";
export {
  reviewPullRequest,
  COMMENTS_PER_REVIEW,
  ANNOTATIONS_PER_REQUEST,
  type Analyze,
  type ReviewContext,
  type ReviewReport,
} from "./review.js";
export {
  createClient,
  PullRequestApi,
  CHECK_NAME,
  DEFAULT_TIMING,
  type Timing,
  type PullRequestRef,
} from "./github.js";
export { parsePatch, type Hunk } from "./diff.js";
export { findingsOf, type Finding } from "./findings.js";
export { placeFindings, type ChangedFile, type PlacedFinding, type Placement } from "./placement.js";
export { SUMMARY_MARKER, fingerprintMarker, fingerprintsIn } from "./render.js";
