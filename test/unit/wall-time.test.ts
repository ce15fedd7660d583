import fc from "fast-check";
import { DateTime, FixedOffsetZone, Info } from "luxon";
import { describe, expect, it } from "vitest";
import { instantOf, isoOffset, offsetAt } from "../../plugin/core/wall-time.ts";
import { parseDateLine } from "../../plugin/core/parse-date.ts";

const ZONES = ["Asia/Ho_Chi_Minh", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "UTC", "UTC+7", "UTC-3:30"];

describe("wall time → instant", () => {
  it("gives the zone's offset as luxon does, at any instant", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: -30_000_000_000_000, max: 4_000_000_000_000 }), (name, ms) => {
        const zone = Info.normalizeZone(name);
        expect(offsetAt(zone, ms)).toBe(zone.offset(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it("names the instant luxon names wherever the wall time happened once", () => {
    const wall = fc.record({
      year: fc.integer({ min: 1000, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), wall, (name, w) => {
        const zone = Info.normalizeZone(name);
        const got = instantOf(w, zone);
        const dt = DateTime.fromObject(w, { zone });
        const same = dt.hour === w.hour && dt.minute === w.minute && dt.day === w.day;
        if (!same) return expect(got.kind).toBe("skipped");
        expect(got.kind).not.toBe("skipped");
        if (got.kind === "skipped") return;
        // Every instant found shows the wall time in the zone.
        const back = DateTime.fromMillis(got.epochMs, { zone });
        expect([back.year, back.month, back.day, back.hour, back.minute, back.second]).toEqual([w.year, w.month, w.day, w.hour, w.minute, w.second]);
        if (got.kind === "exact") {
          expect(got.epochMs).toBe(dt.toMillis());
          expect(isoOffset(got.offset)).toBe(dt.toISO({ suppressMilliseconds: true })!.replace(/Z$/, "+00:00").slice(-6));
        } else {
          // Both readings exist, and the one taken is the earlier.
          const later = got.epochMs + (got.offset - got.laterOffset) * 60_000;
          expect(later).toBeGreaterThan(got.epochMs);
          expect(DateTime.fromMillis(later, { zone }).hour).toBe(w.hour);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a time that happens twice as its first occurrence, with a warning", () => {
    const r = parseDateLine("27/10/2024 02:30", { zone: "Europe/Paris" });
    expect(r.matched && r.date?.iso).toBe("2024-10-27T02:30:00+02:00");
    expect(r.matched && r.date?.epochMs).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(r.matched && r.findings.map((f) => [f.ruleId, f.severity, f.column])).toEqual([["ambiguous-time", "warning", 12]]);
    expect(r.matched && r.findings[0]?.reason).toContain('"GMT+01:00"');
    // The written offset settles it.
    const second = parseDateLine("27/10/2024 02:30 GMT+01:00", { zone: "Europe/Paris" });
    expect(second.matched && second.date?.iso).toBe("2024-10-27T02:30:00+01:00");
    expect(second.matched && second.findings).toEqual([]);
    const ny = Info.normalizeZone("America/New_York");
    expect(instantOf({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, second: 0 }, ny)).toEqual({ kind: "ambiguous", epochMs: Date.UTC(2024, 10, 3, 5, 30), offset: -240, laterOffset: -300 });
    expect(instantOf({ year: 2024, month: 3, day: 10, hour: 2, minute: 30, second: 0 }, ny)).toEqual({ kind: "skipped" });
    // Lord Howe moves its clocks by half an hour.
    const lh = Info.normalizeZone("Australia/Lord_Howe");
    expect(instantOf({ year: 2024, month: 4, day: 7, hour: 1, minute: 45, second: 0 }, lh)).toMatchObject({ kind: "ambiguous", offset: 660, laterOffset: 630 });
    expect(instantOf({ year: 2024, month: 4, day: 7, hour: 2, minute: 15, second: 0 }, lh)).toMatchObject({ kind: "exact", offset: 630 });
  });

  it("keeps a fixed zone's offset and local mean time as luxon writes them", () => {
    expect(instantOf({ year: 2021, month: 12, day: 8, hour: 17, minute: 50, second: 0 }, FixedOffsetZone.instance(420))).toEqual({ kind: "exact", epochMs: Date.UTC(2021, 11, 8, 10, 50), offset: 420 });
    const lmt = parseDateLine("01/01/1900 10:00", { zone: "Asia/Ho_Chi_Minh" });
    expect(lmt.matched && lmt.date).toMatchObject({ iso: "1900-01-01T10:00:00+07:06", epochMs: -2208978390000 });
  });
});
