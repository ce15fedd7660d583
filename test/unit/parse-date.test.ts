import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { InvalidZoneError, looksLikeDateLine, parseDateLine, type DateLineResult } from "../../plugin/core/parse-date.ts";
import type { ParsedDate } from "../../plugin/core/types.ts";

const HCM = { zone: "Asia/Ho_Chi_Minh" };

/** The parsed date of a line that must be a valid date line without findings. */
function dateOf(line: string, options = HCM): ParsedDate {
  const result = parseDateLine(line, options);
  expect(result, line).toMatchObject({ matched: true, findings: [] });
  const date = (result as Extract<DateLineResult, { matched: true }>).date;
  expect(date, line).not.toBeNull();
  return date as ParsedDate;
}

function findingsOf(line: string, options = HCM) {
  const result = parseDateLine(line, options);
  expect(result.matched, line).toBe(true);
  return result as Extract<DateLineResult, { matched: true }>;
}

describe("parseDateLine: the six styles of the Dân trí corpus", () => {
  it.each([
    ["Thứ tư, 08/12/2021 17:50", "Asia/Ho_Chi_Minh"],
    ["Thứ Tư, 8/12/2021, 17:50 (GMT+7)", "UTC+7"],
    ["Thứ tư, 08/12/2021 - 17:50", "Asia/Ho_Chi_Minh"],
    ["08/12/2021 17:50 GMT+7", "UTC+7"],
    ["08/12/2021 17:50", "Asia/Ho_Chi_Minh"],
    ["Thứ tư, 08-12-2021, 17:50", "Asia/Ho_Chi_Minh"],
  ])("reads %s", (line, zone) => {
    expect(dateOf(line)).toEqual({
      iso: "2021-12-08T17:50:00+07:00",
      epochMs: Date.UTC(2021, 11, 8, 10, 50),
      hasTime: true,
      zone,
    });
  });
});

describe("parseDateLine: weekday spellings", () => {
  it.each([
    "THỨ TƯ, 08/12/2021 17:50",
    "thứ tư, 08/12/2021 17:50",
    "Thu tu, 08/12/2021 17:50",
    "THU TU 08/12/2021 17:50",
    "Thứ 4, 08/12/2021 17:50",
    "T4, 08/12/2021 17:50",
    "08/12/2021 17:50 (Thứ Tư)",
    "Wednesday, 08/12/2021 17:50",
    "Wed, 08/12/2021 17:50",
  ])("accepts %s as Wednesday", (line) => {
    expect(dateOf(line).iso).toBe("2021-12-08T17:50:00+07:00");
  });

  it.each([
    ["Chủ nhật, 12/12/2021", "2021-12-12T00:00:00+07:00"],
    ["Chủ Nhật, 12/12/2021", "2021-12-12T00:00:00+07:00"],
    ["Chu nhat, 12/12/2021", "2021-12-12T00:00:00+07:00"],
    ["CN, 12/12/2021", "2021-12-12T00:00:00+07:00"],
    ["Thứ 7, 11/12/2021", "2021-12-11T00:00:00+07:00"],
    ["Thứ bẩy, 11/12/2021", "2021-12-11T00:00:00+07:00"],
    ["Thứ 2, 06/12/2021", "2021-12-06T00:00:00+07:00"],
    ["T2 06/12/2021", "2021-12-06T00:00:00+07:00"],
  ])("accepts %s", (line, iso) => {
    expect(dateOf(line).iso).toBe(iso);
  });
});

describe("parseDateLine: dates without a time", () => {
  it("reads a bare date as midnight in the zone, hasTime false", () => {
    expect(dateOf("Thứ Tư, 08/12/2021")).toEqual({
      iso: "2021-12-08T00:00:00+07:00",
      epochMs: Date.UTC(2021, 11, 7, 17, 0),
      hasTime: false,
      zone: "Asia/Ho_Chi_Minh",
    });
  });

  it("accepts . as the date separator", () => {
    expect(dateOf("08.12.2021 17:50").iso).toBe("2021-12-08T17:50:00+07:00");
  });

  it("reads a two-digit year with / by the POSIX pivot (21 → 2021, 98 → 1998)", () => {
    expect(dateOf("08/12/21").iso).toBe("2021-12-08T00:00:00+07:00");
    expect(dateOf("08/12/98").iso).toBe("1998-12-08T00:00:00+07:00");
  });

  it("does not read a two-digit year after - or . (scores, version numbers)", () => {
    expect(parseDateLine("08-12-21", HCM)).toEqual({ matched: false });
    expect(parseDateLine("1.2.10", HCM)).toEqual({ matched: false });
  });
});

describe("parseDateLine: time before the date, labels and separators", () => {
  it.each([
    "17:50 08/12/2021",
    "17:50, 08/12/2021",
    "17:50 - 08/12/2021",
    "17:50-08/12/2021",
    "17:50 ngày 08/12/2021",
    "17h50 ngày 8/12/2021",
    "17g50 8/12/2021",
    "17h50' 08/12/2021",
    "08/12/2021 17 giờ 50 phút",
    "ngày 08/12/2021 17:50",
    "Thứ tư, ngày 08/12/2021 - 17:50",
    "08/12/2021 | 17:50",
    "Thứ Tư, 17:50, 08/12/2021",
    "Cập nhật: 08/12/2021 17:50",
    "Cập nhật lúc 17:50 ngày 08/12/2021",
    "Đăng lúc: 17:50 08/12/2021",
    "Đăng ngày 08/12/2021, 17:50",
    "Thời gian đăng: 08/12/2021 17:50",
    "(Cập nhật 17:50 08/12/2021)",
    "Published on December 8, 2021 at 5:50 PM",
  ])("reads %s", (line) => {
    expect(dateOf(line).iso).toBe("2021-12-08T17:50:00+07:00");
  });

  it("reads 17h as 17:00", () => {
    expect(dateOf("17h ngày 8/12/2021").iso).toBe("2021-12-08T17:00:00+07:00");
  });

  it("reads a label with a date only", () => {
    expect(dateOf("Ngày đăng: 08/12/2021")).toMatchObject({ iso: "2021-12-08T00:00:00+07:00", hasTime: false });
  });

  it("keeps a spaced dash after the date as a separator, not a -07:00 offset", () => {
    expect(dateOf("08/12/2021 - 07:00")).toMatchObject({ iso: "2021-12-08T07:00:00+07:00", zone: "Asia/Ho_Chi_Minh" });
  });
});

describe("parseDateLine: Vietnamese month words", () => {
  it.each([
    ["8 tháng 12, 2021", false],
    ["ngày 8 tháng 12 năm 2021", false],
    ["Ngày 08 tháng 12 năm 2021", false],
    ["08 Tháng 12 2021", false],
    ["8 tháng Mười Hai, 2021", false],
    ["8 tháng Chạp 2021", false],
    ["Thứ Tư, 8 tháng 12, 2021, 17:50", true],
  ])("reads %s", (line, hasTime) => {
    const date = dateOf(line);
    expect(date.iso).toBe(hasTime ? "2021-12-08T17:50:00+07:00" : "2021-12-08T00:00:00+07:00");
    expect(date.hasTime).toBe(hasTime);
  });

  it("tells tháng năm (May) from năm (year)", () => {
    expect(dateOf("1 tháng Năm, 2021").iso).toBe("2021-05-01T00:00:00+07:00");
    expect(dateOf("1 tháng 5 năm 2021").iso).toBe("2021-05-01T00:00:00+07:00");
  });
});

describe("parseDateLine: ISO 8601 and year-first forms", () => {
  it("keeps the explicit offset of a full ISO timestamp", () => {
    expect(dateOf("2021-12-08T17:50:00+07:00")).toEqual({
      iso: "2021-12-08T17:50:00+07:00",
      epochMs: Date.UTC(2021, 11, 8, 10, 50),
      hasTime: true,
      zone: "UTC+7",
    });
  });

  it("expresses a Z timestamp in UTC with a numeric offset", () => {
    expect(dateOf("2021-12-08T10:50:00Z")).toMatchObject({ iso: "2021-12-08T10:50:00+00:00", zone: "UTC" });
    expect(dateOf("2021-12-08T10:50:00.000Z").epochMs).toBe(Date.UTC(2021, 11, 8, 10, 50));
  });

  it.each(["2021-12-08 17:50", "2021/12/08 17:50", "2021-12-08T17:50"])("reads %s in the zone", (line) => {
    expect(dateOf(line)).toMatchObject({ iso: "2021-12-08T17:50:00+07:00", zone: "Asia/Ho_Chi_Minh" });
  });

  it("reads +0700 after a time", () => {
    expect(dateOf("2021-12-08 17:50:00 +0700").iso).toBe("2021-12-08T17:50:00+07:00");
  });
});

describe("parseDateLine: seconds and 12-hour clocks", () => {
  it.each([
    ["08/12/2021 17:50:30", "17:50:30"],
    ["08/12/2021 05:50 PM", "17:50:00"],
    ["08/12/2021 5:50 pm", "17:50:00"],
    ["08/12/2021 5:50 p.m.", "17:50:00"],
    ["08/12/2021 5:50 CH", "17:50:00"],
    ["08/12/2021 5:50 chiều", "17:50:00"],
    ["08/12/2021 7:50 tối", "19:50:00"],
    ["08/12/2021 5:50 SA", "05:50:00"],
    ["08/12/2021 5:50 sáng", "05:50:00"],
    ["08/12/2021 12:00 AM", "00:00:00"],
    ["08/12/2021 12:30 PM", "12:30:00"],
    ["08/12/2021 12:10 trưa", "12:10:00"],
    ["08-12-2021 - 17:50 PM", "17:50:00"],
    ["8/12/2021 5:50:30 PM", "17:50:30"],
  ])("reads %s", (line, clock) => {
    expect(dateOf(line).iso).toBe(`2021-12-08T${clock}+07:00`);
  });

  it.each(["08/12/2021 17:50 AM", "08/12/2021 0:30 PM", "08/12/2021 13:00 SA"])("rejects %s", (line) => {
    const result = findingsOf(line);
    expect(result.date).toBeNull();
    expect(result.findings).toMatchObject([{ severity: "error", ruleId: "invalid-date", column: 12 }]);
  });
});

describe("parseDateLine: English dates", () => {
  it.each([
    ["December 8, 2021 5:50 PM", "2021-12-08T17:50:00+07:00"],
    ["Dec. 8, 2021, 17:50", "2021-12-08T17:50:00+07:00"],
    ["8 Dec 2021 17:50", "2021-12-08T17:50:00+07:00"],
    ["8th December 2021", "2021-12-08T00:00:00+07:00"],
    ["Wednesday, December 8, 2021", "2021-12-08T00:00:00+07:00"],
    ["December 8, 2021 | 05:50 pm GMT+7", "2021-12-08T17:50:00+07:00"],
    ["December, 08/2021 - 17:50", "2021-12-08T17:50:00+07:00"],
    ["Wed, 08 Dec 2021 10:50:00 GMT", "2021-12-08T10:50:00+00:00"],
  ])("reads %s", (line, iso) => {
    expect(dateOf(line).iso).toBe(iso);
  });

  it("checks an English weekday too", () => {
    const result = findingsOf("Monday, December 8, 2021");
    expect(result.date?.iso).toBe("2021-12-08T00:00:00+07:00");
    expect(result.findings).toEqual([
      {
        severity: "warning",
        ruleId: "weekday-mismatch",
        reason: 'Weekday "Monday" does not match 08/12/2021 (Wednesday)',
        column: 1,
        actual: "Monday",
        expected: "Wednesday",
      },
    ]);
  });
});

describe("parseDateLine: weekday mismatch", () => {
  it("keeps the date and warns, naming the right weekday", () => {
    const result = findingsOf("Thứ hai, 08/12/2021 17:50");
    expect(result.date?.iso).toBe("2021-12-08T17:50:00+07:00");
    expect(result.findings).toEqual([
      {
        severity: "warning",
        ruleId: "weekday-mismatch",
        reason: 'Weekday "Thứ hai" does not match 08/12/2021 (Thứ Tư)',
        column: 1,
        actual: "Thứ hai",
        expected: "Thứ Tư",
      },
    ]);
  });

  it("points the column at the weekday where it stands", () => {
    const result = findingsOf("Cập nhật: CN, 08/12/2021");
    expect(result.findings).toMatchObject([{ ruleId: "weekday-mismatch", column: 11, actual: "CN", expected: "Thứ Tư" }]);
  });

  it("checks the weekday against the date as written, whatever the zone", () => {
    expect(findingsOf("Thứ Tư, 08/12/2021 00:30", { zone: "America/Los_Angeles" }).findings).toEqual([]);
  });
});

describe("parseDateLine: impossible dates and times", () => {
  it.each([
    ["31/02/2021", 1, "month 2 of 2021 has 28 days"],
    ["29/02/2021", 1, "month 2 of 2021 has 28 days"],
    ["31/04/2021 10:00", 1, "month 4 of 2021 has 30 days"],
    ["08/13/2021", 1, "month 13 does not exist"],
    ["00/12/2021", 1, "has 31 days"],
    ["32 tháng 12, 2021", 1, "has 31 days"],
    ["Thứ Tư, 08/12/2021 25:61", 20, "hours run from 00 to 23"],
    ["08/12/2021 17:61", 12, "minutes run from 00 to 59"],
    ["08/12/2021 17:50:60", 12, "seconds run from 00 to 59"],
    ["08/12/2021 24:00", 12, "write 00:00 of the next day"],
    ["08/12/2021 17:50 GMT+25", 18, "is not a UTC offset"],
  ])("rejects %s", (line, column, reason) => {
    const result = findingsOf(line);
    expect(result.date).toBeNull();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "error", ruleId: "invalid-date", column });
    expect(result.findings[0]?.reason).toContain(reason);
  });

  it("accepts 29 February in a leap year", () => {
    expect(dateOf("29/02/2024").iso).toBe("2024-02-29T00:00:00+07:00");
  });

  it("reports an impossible date and an impossible time together", () => {
    const result = findingsOf("31/02/2021 25:00");
    expect(result.findings.map((f) => f.column)).toEqual([1, 12]);
  });

  it("does not check the weekday of an impossible date", () => {
    expect(findingsOf("Thứ hai, 31/02/2021").findings).toMatchObject([{ ruleId: "invalid-date", column: 10 }]);
  });
});

describe("parseDateLine: zones and offsets", () => {
  it("reads the same wall time as different instants in different zones", () => {
    const hcm = dateOf("08/12/2021 17:50", { zone: "Asia/Ho_Chi_Minh" });
    const utc = dateOf("08/12/2021 17:50", { zone: "UTC" });
    expect(hcm).toMatchObject({ iso: "2021-12-08T17:50:00+07:00", zone: "Asia/Ho_Chi_Minh" });
    expect(utc).toMatchObject({ iso: "2021-12-08T17:50:00+00:00", zone: "UTC" });
    expect(utc.epochMs - hcm.epochMs).toBe(7 * 3600 * 1000);
  });

  it("lets an explicit offset override the zone option", () => {
    const date = dateOf("08/12/2021 17:50 GMT+7", { zone: "UTC" });
    expect(date).toEqual({ iso: "2021-12-08T17:50:00+07:00", epochMs: Date.UTC(2021, 11, 8, 10, 50), hasTime: true, zone: "UTC+7" });
  });

  it.each([
    ["08/12/2021 17:50 (GMT+07:00)", "2021-12-08T17:50:00+07:00", "UTC+7"],
    ["08/12/2021 17:50 GMT +7", "2021-12-08T17:50:00+07:00", "UTC+7"],
    ["08/12/2021 17:50 +07:00", "2021-12-08T17:50:00+07:00", "UTC+7"],
    ["08/12/2021 17:50 UTC", "2021-12-08T17:50:00+00:00", "UTC"],
    ["08/12/2021 17:50 GMT", "2021-12-08T17:50:00+00:00", "UTC"],
    ["08/12/2021 17:50 ICT", "2021-12-08T17:50:00+07:00", "UTC+7"],
    ["08/12/2021 17:50 GMT+5:30", "2021-12-08T17:50:00+05:30", "UTC+5:30"],
    ["08/12/2021 17:50 UTC-05:00", "2021-12-08T17:50:00-05:00", "UTC-5"],
  ])("reads %s", (line, iso, zone) => {
    expect(dateOf(line, { zone: "Europe/Paris" })).toMatchObject({ iso, zone });
  });

  it("uses the zone's offset at that instant (summer time)", () => {
    expect(dateOf("08/07/2021 17:50", { zone: "Europe/Paris" }).iso).toBe("2021-07-08T17:50:00+02:00");
    expect(dateOf("08/12/2021 17:50", { zone: "Europe/Paris" }).iso).toBe("2021-12-08T17:50:00+01:00");
  });

  it("reports a wall time skipped by a daylight-saving jump", () => {
    const result = findingsOf("14/03/2021 02:30", { zone: "America/New_York" });
    expect(result.date).toBeNull();
    expect(result.findings).toMatchObject([{ ruleId: "invalid-date", column: 12 }]);
  });

  it("throws a named error for an unknown zone option", () => {
    expect(() => parseDateLine("08/12/2021 17:50", { zone: "Mars/Olympus" })).toThrow(InvalidZoneError);
    expect(() => parseDateLine("08/12/2021 17:50", { zone: "local" })).toThrow(/option "zone"/);
  });
});

describe("parseDateLine: ordinary text is not a date line", () => {
  it.each([
    "Ngày 7-12, Bộ Công an tổ chức Hội nghị",
    "Ngày 8/12/2021, Bộ Công an tổ chức Hội nghị",
    "Theo CAND",
    "Năm 2021 là năm khó khăn",
    "Năm 2021",
    "Top 10 sự kiện nổi bật năm 2021",
    "Mùa giải 2020-2021",
    "Việt Nam thắng 3-0",
    "Trận đấu diễn ra lúc 17:50 ngày 8/12/2021 tại sân Mỹ Đình và thu hút hàng chục nghìn khán giả",
    "Hà Nội, ngày 8 tháng 12 năm 2021",
    "08/12",
    "ngày 08/12",
    "17:50",
    "8 tháng 12",
    "08/12/2021 17:50 - 18:30",
    "08/12/2021 và 09/12/2021",
    "",
    "   ",
  ])("rejects %j", (line) => {
    expect(parseDateLine(line, HCM)).toEqual({ matched: false });
  });

  it("rejects a date line longer than 80 characters", () => {
    expect(parseDateLine(`Cập nhật: 08/12/2021 17:50${" |".repeat(30)}`, HCM)).toEqual({ matched: false });
  });
});

describe("looksLikeDateLine", () => {
  it("is true for date lines and false for long or digit-poor lines", () => {
    expect(looksLikeDateLine("Thứ Tư, 8/12/2021, 17:50 (GMT+7)")).toBe(true);
    expect(looksLikeDateLine("Theo Dân trí")).toBe(false);
    expect(looksLikeDateLine("x".repeat(90) + " 08/12/2021")).toBe(false);
  });

  it("never rejects a line that parseDateLine matches", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (line) => {
        if (parseDateLine(line, HCM).matched) expect(looksLikeDateLine(line)).toBe(true);
      }),
    );
  });
});

describe("parseDateLine: robustness", () => {
  const dateLike = fc
    .array(
      fc.constantFrom(
        "Thứ Tư", "CN", "ngày", "tháng", "năm", "lúc", "GMT+7", "(GMT+07:00)", "+07:00", "Z", "T", "PM", "CH",
        "08", "8", "12", "2021", "21", "17", "50", "24", "99", "/", "-", ".", ":", ",", " ", "|", "h", "g",
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join(""));

  it("never throws, and a match always carries a date or an error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), dateLike), (line) => {
        const result = parseDateLine(line, HCM);
        if (result.matched) {
          const hasError = result.findings.some((f) => f.severity === "error");
          expect(result.date === null).toBe(hasError);
          for (const f of result.findings) expect(f.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips every valid instant it produces", () => {
    fc.assert(
      fc.property(dateLike, (line) => {
        const result = parseDateLine(line, HCM);
        if (result.matched && result.date) expect(Date.parse(result.date.iso)).toBe(result.date.epochMs);
      }),
      { numRuns: 1000 },
    );
  });
});
