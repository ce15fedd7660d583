import { describe, it, expect } from "vitest";
import {
  dateKeys,
  englishMonthName,
  formatEnglishDate,
  formatVietnameseDate,
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
