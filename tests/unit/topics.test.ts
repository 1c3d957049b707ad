import { describe, expect, it } from "vitest";
import { revalidationsFor, tagsFor, TOPICS_TAG } from "@/lib/cache/invalidate";
import { movedOrder, topicChoice, topicSlugFrom } from "@/lib/topics/rules";
import { topicCreateInput, topicKeyField, topicMoveInput } from "@/lib/topics/schema";
import { activeTopicBySlug, activeTopics, topicAdminLabel, topicInfo, topicOf, topicOptions } from "@/lib/topics/topics";
import { z } from "@/lib/validation/zod";
import { seededTopic, seededTopics } from "../helpers/seeded-topics";

const retiredDivorce = seededTopics.map((t) => (t.key === "DIVORCE" ? { ...t, retired: true } : t));

describe("a new topic's slug", () => {
  it("is the one typed, or made from the label in Danish (æ, ø, å spelt out)", () => {
    expect(topicSlugFrom("Angst", "uro")).toBe("uro");
    expect(topicSlugFrom("Angst og uro", "")).toBe("angst-og-uro");
    expect(topicSlugFrom("Pårørende til børn", "")).toBe("paaroerende-til-boern");
    expect(topicSlugFrom("?!", "")).toBe("emne");
    expect(topicSlugFrom("x".repeat(60), "")).toHaveLength(40);
  });
});

describe("moving a topic", () => {
  it("swaps it with its neighbour, and cannot pass the ends", () => {
    expect(movedOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(movedOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(movedOrder(["a", "b", "c"], "a", "up")).toBeNull();
    expect(movedOrder(["a", "b", "c"], "c", "down")).toBeNull();
    expect(movedOrder(["a", "b", "c"], "x", "up")).toBeNull();
  });
});

describe("choosing a topic for something new", () => {
  it("refuses an unknown and a retired topic, but lets a group keep the retired topic it has", () => {
    expect(topicChoice(null)).toBe("UNKNOWN_TOPIC");
    expect(topicChoice({ key: "GRIEF", retired: false })).toBeNull();
    expect(topicChoice({ key: "DIVORCE", retired: true })).toBe("RETIRED_TOPIC");
    expect(topicChoice({ key: "DIVORCE", retired: true }, "DIVORCE")).toBeNull();
    expect(topicChoice({ key: "DIVORCE", retired: true }, "GRIEF")).toBe("RETIRED_TOPIC");
  });

  it("offers the topics in use, and a group's own retired topic, marked", () => {
    expect(topicOptions(retiredDivorce).map((o) => o.value)).not.toContain("DIVORCE");
    expect(topicOptions(retiredDivorce, "DIVORCE")).toContainEqual({ value: "DIVORCE", label: "Skilsmisse (udgået)" });
    expect(activeTopics(retiredDivorce)).toHaveLength(6);
    expect(topicAdminLabel(retiredDivorce, "DIVORCE")).toBe("Skilsmisse (udgået)");
    expect(topicAdminLabel(retiredDivorce, "GRIEF")).toBe("Sorg");
  });

  it("reads a slug as a topic in use only", () => {
    expect(activeTopicBySlug(retiredDivorce, "SORG")).toEqual(seededTopic("GRIEF"));
    expect(activeTopicBySlug(retiredDivorce, "skilsmisse")).toBeUndefined();
    expect(activeTopicBySlug(retiredDivorce, ["sorg"])).toBeUndefined();
    expect(activeTopicBySlug(retiredDivorce, "")).toBeUndefined();
  });

  it("names a retired topic by its label still, and a key no topic has by the key itself", () => {
    expect(topicInfo(retiredDivorce, "DIVORCE")).toEqual({ slug: "skilsmisse", label: "Skilsmisse" });
    expect(topicOf(seededTopics, "GONE")).toMatchObject({ key: "GONE", label: "GONE", retired: true });
  });
});

describe("the topic inputs", () => {
  const messages = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.flattenError(result.error).fieldErrors : {});

  it("take a label, an optional slug (lower-cased) and a description, with Danish messages", () => {
    expect(topicCreateInput.parse({ label: " Angst ", slug: " Angst-Og-Uro ", description: "For dig, der lever med angst." })).toEqual({
      label: "Angst",
      slug: "angst-og-uro",
      description: "For dig, der lever med angst.",
    });
    expect(topicCreateInput.parse({ label: "Angst", description: "For dig, der lever med angst." }).slug).toBe("");
    expect(messages(topicCreateInput.safeParse({ label: "A", slug: "a--b", description: "kort" }))).toEqual({
      label: ["Skriv emnets navn (mindst 2 tegn)."],
      slug: ["Skriv adressen med små bogstaver (a–z), tal og bindestreger, fx angst."],
      description: ["Skriv en kort beskrivelse på mindst 10 tegn."],
    });
    expect(messages(topicMoveInput.safeParse({ topicKey: "GRIEF", direction: "left" }))).toEqual({ direction: ["Vælg op eller ned."] });
  });

  it("accept a topic key's shape only: the seeded ones and made ones", () => {
    for (const key of ["GRIEF", "PHYSICAL_ACTIVITY", "cmabc123xyz"]) expect(topicKeyField.safeParse(key).success).toBe(true);
    for (const key of ["", "a b", "sorg!", "x".repeat(65), 7]) expect(topicKeyField.safeParse(key).success).toBe(false);
  });
});

describe("what a topic change invalidates", () => {
  it("every page, the feed, the sitemap and the cached topic list", () => {
    expect(revalidationsFor([{ kind: "topics" }])).toEqual([{ path: "/", type: "layout" }, { path: "/grupper.json" }, { path: "/sitemap.xml" }]);
    expect(tagsFor([{ kind: "topics" }, { kind: "topics" }])).toEqual([TOPICS_TAG]);
    expect(tagsFor([{ kind: "group", id: "g1", slug: "x" }, { kind: "settings" }])).toEqual([]);
  });
});
