import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, it, expect } from "vitest";
import {
  dateKeys,
  englishMonthName,
  formatEnglishDate,
  formatVietnameseDate,
  isOffsetForm,
  vietnameseMonthName,
} from "../../plugin/core/format-date.ts";

const HCM = "Asia/Ho_Chi_Minh";

describe("formatVietnameseDate", () => {
  it("writes weekday, day, month and year with the time", () => {
    expect(formatVietnameseDate("2021-12-08T17:50:00+07:00", HCM)).toBe("Thứ Tư, 8 tháng 12, 2021, 17:50");
  });

  it("leaves the time out on request", () => {
    expect(formatVietnameseDate("2021-12-08T17:50:00+07:00", HCM, { withTime: false })).toBe("Thứ Tư, 8 tháng 12, 2021");
  });

  it.each([
    ["2021-12-06T09:05:00+07:00", "Thứ Hai, 6 tháng 12, 2021, 09:05"],
    ["2021-12-07T09:05:00+07:00", "Thứ Ba, 7 tháng 12, 2021, 09:05"],
    ["2021-12-09T09:05:00+07:00", "Thứ Năm, 9 tháng 12, 2021, 09:05"],
    ["2021-12-10T09:05:00+07:00", "Thứ Sáu, 10 tháng 12, 2021, 09:05"],
    ["2021-12-11T09:05:00+07:00", "Thứ Bảy, 11 tháng 12, 2021, 09:05"],
    ["2021-12-12T09:05:00+07:00", "Chủ Nhật, 12 tháng 12, 2021, 09:05"],
  ])("capitalises every weekday: %s", (iso, expected) => {
    expect(formatVietnameseDate(iso, HCM)).toBe(expected);
  });

  it("shows the instant in the archive's zone, whatever offset the ISO string carries", () => {
    expect(formatVietnameseDate("2021-12-07T17:30:00Z", HCM)).toBe("Thứ Tư, 8 tháng 12, 2021, 00:30");
    expect(formatVietnameseDate("2021-12-08T00:30:00+07:00", "UTC")).toBe("Thứ Ba, 7 tháng 12, 2021, 17:30");
  });

  it("throws a RangeError on an unreadable ISO string or zone", () => {
    expect(() => formatVietnameseDate("08/12/2021", HCM)).toThrow(RangeError);
    expect(() => formatVietnameseDate("2021-12-08T17:50:00+07:00", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("formatEnglishDate", () => {
  it("writes weekday, day, month name and year with the time", () => {
    expect(formatEnglishDate("2021-12-08T17:50:00+07:00", HCM)).toBe("Wednesday, 8 December 2021, 17:50");
  });

  it("leaves the time out on request", () => {
    expect(formatEnglishDate("2021-12-08T17:50:00+07:00", HCM, { withTime: false })).toBe("Wednesday, 8 December 2021");
  });
});

describe("month names", () => {
  it("names months in Vietnamese and English", () => {
    expect(vietnameseMonthName(12)).toBe("tháng 12");
    expect(vietnameseMonthName(1)).toBe("tháng 1");
    expect(englishMonthName(12)).toBe("December");
    expect(englishMonthName(5)).toBe("May");
  });

  it.each([0, 13, 1.5, Number.NaN])("rejects month %s", (month) => {
    expect(() => vietnameseMonthName(month)).toThrow(RangeError);
    expect(() => englishMonthName(month)).toThrow(RangeError);
  });
});

describe("dateKeys", () => {
  it("pads month and day", () => {
    expect(dateKeys("2021-04-05T10:00:00+07:00", HCM)).toEqual({ year: "2021", month: "04", day: "05" });
  });

  it("files a 00:30 Hà Nội article under its Hà Nội day, not the UTC day", () => {
    expect(dateKeys("2021-01-01T00:30:00+07:00", HCM)).toEqual({ year: "2021", month: "01", day: "01" });
    expect(dateKeys("2020-12-31T17:30:00Z", HCM)).toEqual({ year: "2021", month: "01", day: "01" });
    expect(dateKeys("2021-01-01T00:30:00+07:00", "UTC")).toEqual({ year: "2020", month: "12", day: "31" });
  });
});

describe("dates in the offset form, read without luxon", () => {
  // luxon's answer, read the way the formatters read it: what the fast path must equal, or throw like.
  const viaLuxon = (iso: string, zone: string, withTime: boolean): string => {
    const dt = DateTime.fromISO(iso, { zone, setZone: false });
    if (!dt.isValid) return "throws";
    const w = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][dt.weekday - 1];
    const date = `${w}, ${dt.day} tháng ${dt.month}, ${dt.year}`;
    return withTime ? `${date}, ${String(dt.hour).padStart(2, "0")}:${String(dt.minute).padStart(2, "0")}` : date;
  };
  const ours = (iso: string, zone: string, withTime: boolean): string => {
    try {
      return formatVietnameseDate(iso, zone, { withTime });
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      return "throws";
    }
  };
  const two = (n: number) => String(n).padStart(2, "0");
  const zones = ["Asia/Ho_Chi_Minh", "UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Asia/Kathmandu", "Pacific/Apia", "Asia/Saigon"];
  const iso = fc
    .record({
      year: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.option(fc.integer({ min: 0, max: 60 })),
      fraction: fc.option(fc.stringMatching(/^[0-9]{1,6}$/)),
      offset: fc.oneof(fc.constant("Z"), fc.integer({ min: -14 * 60, max: 14 * 60 }).map((m) => `${m < 0 ? "-" : "+"}${two(Math.trunc(Math.abs(m) / 60))}:${two(Math.abs(m) % 60)}`), fc.constantFrom("+0700", "+07:99", "+25:00")),
    })
    .map((d) => {
      const time = `${two(d.hour)}:${two(d.minute)}${d.second === null ? "" : `:${two(d.second)}${d.fraction === null ? "" : `.${d.fraction}`}`}`;
      return `${String(d.year).padStart(4, "0")}-${two(d.month)}-${two(d.day)}T${time}${d.offset}`;
    });

  it("equal luxon's reading for any such string in any zone, and throw where luxon finds it invalid", () => {
    fc.assert(
      fc.property(iso, fc.constantFrom(...zones), fc.boolean(), (s, zone, withTime) => {
        expect(ours(s, zone, withTime), `${s} ${zone}`).toBe(viaLuxon(s, zone, withTime));
      }),
      { numRuns: 20_000 },
    );
  });

  it("say a string is in the offset form only where luxon reads it as valid", () => {
    fc.assert(
      fc.property(iso, (s) => {
        if (isOffsetForm(s)) expect(DateTime.fromISO(s, { setZone: true }).isValid, s).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    expect(["2021-12-08T17:50:00+07:00", "2021-12-08T10:50:00.5Z", "2021-12-08T17:50+0700"].map(isOffsetForm)).toEqual([true, true, true]);
    expect(["2021-02-30T10:00:00Z", "2021-12-08T24:00Z", "2021-12-08", "0099-12-08T10:00Z", "2021-12-08T17:50:00+07"].map(isOffsetForm)).toEqual([false, false, false, false, false]);
  });

  it("equal luxon's reading around clock changes", () => {
    // Every 15 minutes across the days the clocks change in London and New York in 2021, and at Lord Howe's half hour.
    for (const [zone, day] of [["Europe/London", "2021-03-28"], ["Europe/London", "2021-10-31"], ["America/New_York", "2021-11-07"], ["Australia/Lord_Howe", "2021-04-04"]] as const) {
      const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
      for (let t = start; t < start + 3 * 86_400_000; t += 15 * 60_000) {
        const s = new Date(t).toISOString();
        expect(formatVietnameseDate(s, zone), `${s} ${zone}`).toBe(viaLuxon(s, zone, true));
        expect(dateKeys(s, zone), `${s} ${zone}`).toEqual((({ year, month, day: d }) => ({ year: String(year), month: two(month), day: two(d) }))(DateTime.fromISO(s, { zone })));
      }
    }
  });
});
