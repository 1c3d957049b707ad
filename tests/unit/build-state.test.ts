import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildState } from "../../scripts/build-state.mjs";

/**
 * What `npm start` decides from the build folder (scripts/build-state.mjs): on one machine it builds
 * unless the build is "current"; as one of several instances it refuses (tests/unit/instance-refusals.test.ts).
 */
describe("the build's state (scripts/build-state.mjs)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-build-state-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const at = (days: number) => new Date(Date.now() + days * 86_400_000);

  function build(name: string, files: Record<string, Date>) {
    const dist = path.join(dir, name);
    fs.mkdirSync(dist, { recursive: true });
    for (const [file, time] of Object.entries(files)) {
      fs.writeFileSync(path.join(dist, file), "x");
      fs.utimesSync(path.join(dist, file), time, time);
    }
    return dist;
  }

  it("is missing without BUILD_ID", () => {
    expect(buildState(build("empty", {}))).toBe("missing");
  });

  it("is incomplete when the build stopped after BUILD_ID, or the marker is left from an earlier build", () => {
    expect(buildState(build("stopped", { BUILD_ID: at(1) }))).toBe("incomplete");
    expect(buildState(build("leftover", { BUILD_ID: at(1), "export-marker.json": at(0.5) }))).toBe("incomplete");
  });

  it("is stale when a source is newer than the build, and current otherwise", () => {
    expect(buildState(build("old", { BUILD_ID: new Date("2020-01-01"), "export-marker.json": new Date("2020-01-01") }))).toBe("stale");
    expect(buildState(build("new", { BUILD_ID: at(1), "export-marker.json": at(1) }))).toBe("current");
  });
});
