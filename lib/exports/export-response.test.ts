import { describe, expect, it } from "vitest";
import { chinaDateTimeText, chinaDay } from "./china-time";
import { parseExportFormat } from "./export-format";
import { contentDisposition, exportFileName, exportResponse } from "./export-response";

describe("export file names", () => {
  it("carry the China day the file was made", () => {
    // 17:00 UTC on 6 December is 01:00 on 7 December in China.
    expect(exportFileName("review-queue", "xlsx", new Date("2026-12-06T17:00:00Z"))).toBe("review-queue-2026-12-07.xlsx");
    expect(exportFileName("review-queue", "csv", new Date("2026-12-06T15:59:59Z"))).toBe("review-queue-2026-12-06.csv");
  });

  it("are sent as an ASCII filename, with RFC 5987's filename* only when the name needs it", () => {
    expect(contentDisposition("audit-log-2026-12-07.csv")).toBe('attachment; filename="audit-log-2026-12-07.csv"');
    expect(contentDisposition('审核队列 "a"\\.xlsx')).toBe(`attachment; filename="____ _a__.xlsx"; filename*=UTF-8''%E5%AE%A1%E6%A0%B8%E9%98%9F%E5%88%97%20%22a%22%5C.xlsx`);
  });

  it("come with the format's type and are never cached", () => {
    const response = exportResponse("x", "audit-log-2026-12-07.xlsx", "xlsx");
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(exportResponse("x", "a.csv", "csv").headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });
});

describe("export formats and times", () => {
  it("takes xlsx when asked and CSV otherwise", () => {
    expect(parseExportFormat("xlsx")).toBe("xlsx");
    for (const value of ["csv", "XLSX", "", undefined, null, ["xlsx"]]) expect(parseExportFormat(value)).toBe("csv");
  });

  it("writes moments in China Standard Time", () => {
    expect(chinaDateTimeText(new Date("2026-06-30T16:00:00Z"))).toBe("2026-07-01 00:00:00");
    expect(chinaDay(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
});
