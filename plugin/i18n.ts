/**
 * UI strings of the generated pages, Vietnamese first, English complete.
 * Layouts read them as `newsArchive.t.<key>`; date text comes from core/format-date.
 */
import type { CalendarLabels } from "./core/calendar.ts";
import { englishMonthName, formatEnglishDate, formatVietnameseDate, vietnameseMonthName } from "./core/format-date.ts";
import type { OnThisDayLabels } from "./core/on-this-day.ts";
import { ENGLISH_WEEKDAYS, VIETNAMESE_WEEKDAYS } from "./core/vietnamese-calendar.ts";
import type { UiLocale } from "./options.ts";

export interface UiStrings {
  lang: string;
  ogLocale: string;
  home: string;
  latest: string;
  years: string;
  allYears: string;
  tags: string;
  allTags: string;
  sources: string;
  allSources: string;
  undated: string;
  undatedIntro: string;
  articles: string;
  article: string;
  source: string;
  author: string;
  published: string;
  tagged: string;
  previous: string;
  next: string;
  olderArticle: string;
  newerArticle: string;
  previousPage: string;
  nextPage: string;
  page: string;
  of: string;
  months: string;
  days: string;
  notFoundTitle: string;
  notFoundText: string;
  browse: string;
  noArticles: string;
  skipToContent: string;
  breadcrumb: string;
  pagination: string;
  mainNav: string;
  search: string;
  searchLabel: string;
  searchButton: string;
  searchPlaceholder: string;
  searchNeedsJs: string;
  searchAllSources: string;
  searchAllYears: string;
  searchSort: string;
  searchSortRelevance: string;
  searchSortNewest: string;
  searchResults: string;
  searchNoResults: string;
  searchMore: string;
  searchLoading: string;
  searchFailed: string;
  searchTopic: string;
  searchRemoveTopic: string;
  searchYear: string;
  searchSource: string;
  allArticles: string;
  recentArticles: string;
  olderByYear: string;
  olderArticles: string;
  authors: string;
  allAuthors: string;
  updated: string;
  related: string;
  feed: string;
  feedAtom: string;
  feedJson: string;
  previousDay: string;
  nextDay: string;
  previousMonth: string;
  nextMonth: string;
  previousYear: string;
  nextYear: string;
  dateNav: string;
  topTags: string;
  tagLetters: string;
  tagsUnder: string;
  calendar: string;
  calendarLegend: string;
  calendarLess: string;
  calendarMore: string;
  /** Column heads of a calendar, Monday first, and the weekdays they stand for. */
  weekdaysShort: readonly string[];
  weekdayNames: readonly string[];
  coverage: string;
  coverageIntro: string;
  year: string;
  total: string;
  onThisDay: string;
  onThisDayIntro: string;
  onThisDayIndexIntro: string;
  onThisDayAll: string;
  onThisDayYears: string;
  cite: string;
  citeIntro: string;
  citeAccessed: string;
  openData: string;
  openDataIntro: string;
  openDataFiles: string;
  openDataFields: string;
  openDataField: string;
  openDataMeaning: string;
  dataJsonl: string;
  dataCsv: string;
  dataTags: string;
  dataSources: string;
  /** The fields of an article row (`articles.jsonl`, `articles.csv`), in column order. */
  dataFields: readonly { name: string; text: string }[];
  /** The fields of `tags.json` and `sources.json`. */
  termFields: readonly { name: string; text: string }[];
}

const VI: UiStrings = {
  lang: "vi",
  ogLocale: "vi_VN",
  home: "Trang chủ",
  latest: "Tin mới nhất",
  years: "Theo năm",
  allYears: "Tất cả các năm",
  tags: "Chủ đề",
  allTags: "Tất cả chủ đề",
  sources: "Nguồn tin",
  allSources: "Tất cả nguồn tin",
  undated: "Bài không rõ ngày",
  undatedIntro: "Những bài dưới đây không có ngày đăng hợp lệ nên chưa được xếp vào mục theo ngày.",
  articles: "bài",
  article: "Bài viết",
  source: "Nguồn",
  author: "Tác giả",
  published: "Đăng lúc",
  tagged: "Chủ đề",
  previous: "Trước",
  next: "Sau",
  olderArticle: "Bài trước",
  newerArticle: "Bài sau",
  previousPage: "Trang trước",
  nextPage: "Trang sau",
  page: "Trang",
  of: "/",
  months: "Các tháng",
  days: "Các ngày",
  notFoundTitle: "Không tìm thấy trang",
  notFoundText: "Địa chỉ này không có trong kho lưu trữ. Hãy tìm bài theo năm, chủ đề hoặc nguồn tin.",
  browse: "Tra cứu",
  noArticles: "Chưa có bài nào.",
  skipToContent: "Chuyển đến nội dung",
  breadcrumb: "Vị trí",
  pagination: "Phân trang",
  mainNav: "Điều hướng chính",
  search: "Tìm kiếm",
  searchLabel: "Tìm trong kho lưu trữ",
  searchButton: "Tìm",
  searchPlaceholder: "Gõ có dấu hoặc không dấu",
  searchNeedsJs: "Tìm kiếm cần JavaScript. Hãy bật JavaScript, hoặc tra cứu bài theo năm, chủ đề và nguồn tin.",
  searchAllSources: "Mọi nguồn",
  searchAllYears: "Mọi năm",
  searchSort: "Sắp xếp",
  searchSortRelevance: "Phù hợp nhất",
  searchSortNewest: "Mới nhất trước",
  searchResults: "kết quả",
  searchNoResults: "Không tìm thấy bài nào. Hãy thử từ khác, hoặc bỏ bớt bộ lọc.",
  searchMore: "Xem thêm kết quả",
  searchLoading: "Đang tìm…",
  searchFailed: "Không tải được chỉ mục tìm kiếm.",
  searchTopic: "Chủ đề",
  searchRemoveTopic: "Bỏ lọc chủ đề",
  searchYear: "Năm",
  searchSource: "Nguồn",
  allArticles: "Tất cả bài viết",
  recentArticles: "Bài viết gần đây",
  olderByYear: "Các bài cũ hơn: xem theo năm",
  olderArticles: "Xem các bài cũ hơn",
  authors: "Tác giả",
  allAuthors: "Tất cả tác giả",
  updated: "Cập nhật",
  related: "Bài liên quan",
  feed: "Theo dõi",
  feedAtom: "Atom",
  feedJson: "JSON Feed",
  previousDay: "Ngày trước",
  nextDay: "Ngày sau",
  previousMonth: "Tháng trước",
  nextMonth: "Tháng sau",
  previousYear: "Năm trước",
  nextYear: "Năm sau",
  dateNav: "Ngày, tháng, năm liền kề",
  topTags: "Chủ đề nhiều bài nhất",
  tagLetters: "Chủ đề theo chữ cái",
  tagsUnder: "Chủ đề bắt đầu bằng chữ",
  calendar: "Lịch đăng bài",
  calendarLegend: "Mỗi ô là một ngày; số nhỏ là số bài, ô càng đậm ngày càng nhiều bài. Ngày có bài dẫn đến trang của ngày đó.",
  calendarLess: "Ít",
  calendarMore: "Nhiều",
  weekdaysShort: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
  weekdayNames: VIETNAMESE_WEEKDAYS,
  coverage: "Số bài theo tháng",
  coverageIntro: "Mỗi hàng là một năm, mỗi cột một tháng: cột trống là tháng kho lưu trữ chưa có bài.",
  year: "Năm",
  total: "Tổng",
  onThisDay: "Ngày này năm xưa",
  onThisDayIntro: "Những bài đăng vào ngày này trong các năm, năm gần nhất trước.",
  onThisDayIndexIntro: "Mỗi ngày trong năm có bài, với số bài và số năm có bài.",
  onThisDayAll: "Tất cả các ngày",
  onThisDayYears: "năm",
  cite: "Trích dẫn",
  citeIntro: "Trích dẫn bài này:",
  citeAccessed: "(truy cập ngày …)",
  openData: "Dữ liệu mở",
  openDataIntro: "Toàn bộ thông tin về các bài trong kho lưu trữ, dưới dạng tệp để dùng trong công cụ của bạn. Các tệp được tạo lại mỗi lần xây dựng trang.",
  openDataFiles: "Các tệp",
  openDataFields: "Các trường của một bài",
  openDataField: "Trường",
  openDataMeaning: "Ý nghĩa",
  dataJsonl: "Mỗi dòng là một bài (JSON Lines, UTF-8).",
  dataCsv: "Cùng các trường, mỗi hàng một bài (CSV theo RFC 4180, UTF-8 có BOM để bảng tính đọc đúng tiếng Việt; các chủ đề cách nhau bởi \"; \").",
  dataTags: "Các chủ đề: tên, slug, số bài, địa chỉ trang (JSON).",
  dataSources: "Các nguồn tin: tên, slug, số bài, địa chỉ trang (JSON).",
  dataFields: [
    { name: "url", text: "Địa chỉ đầy đủ của bài trong kho lưu trữ." },
    { name: "title", text: "Tiêu đề." },
    { name: "date", text: "Thời điểm đăng, ISO 8601 kèm múi giờ (2021-12-08T17:50:00+07:00); null nếu không rõ ngày." },
    { name: "updated", text: "Thời điểm cập nhật, cùng dạng; null nếu không có." },
    { name: "source", text: "Nguồn tin (báo gốc); null nếu không rõ." },
    { name: "author", text: "Tác giả như bài ghi; null nếu không có." },
    { name: "tags", text: "Các chủ đề (mảng trong JSON, cách nhau bởi \"; \" trong CSV)." },
    { name: "lead", text: "Đoạn mở đầu." },
    { name: "wordCount", text: "Số từ của phần thân bài." },
    { name: "file", text: "Tệp văn bản gốc, tính từ thư mục tin." },
  ],
  termFields: [
    { name: "name", text: "Tên hiển thị." },
    { name: "slug", text: "Phần địa chỉ của trang." },
    { name: "count", text: "Số bài." },
    { name: "url", text: "Địa chỉ đầy đủ của trang; null nếu loại trang đó bị tắt." },
  ],
};

const EN: UiStrings = {
  lang: "en",
  ogLocale: "en_US",
  home: "Home",
  latest: "Latest news",
  years: "By year",
  allYears: "All years",
  tags: "Topics",
  allTags: "All topics",
  sources: "Sources",
  allSources: "All sources",
  undated: "Undated articles",
  undatedIntro: "These articles have no valid publication date, so they are not filed under any date.",
  articles: "articles",
  article: "Article",
  source: "Source",
  author: "Author",
  published: "Published",
  tagged: "Topics",
  previous: "Previous",
  next: "Next",
  olderArticle: "Older article",
  newerArticle: "Newer article",
  previousPage: "Previous page",
  nextPage: "Next page",
  page: "Page",
  of: "of",
  months: "Months",
  days: "Days",
  notFoundTitle: "Page not found",
  notFoundText: "This address is not in the archive. Browse the articles by year, topic or source.",
  browse: "Browse",
  noArticles: "No articles yet.",
  skipToContent: "Skip to content",
  breadcrumb: "Breadcrumb",
  pagination: "Pagination",
  mainNav: "Main navigation",
  search: "Search",
  searchLabel: "Search the archive",
  searchButton: "Search",
  searchPlaceholder: "With or without diacritics",
  searchNeedsJs: "Search needs JavaScript. Turn JavaScript on, or browse the articles by year, topic and source.",
  searchAllSources: "All sources",
  searchAllYears: "All years",
  searchSort: "Sort",
  searchSortRelevance: "Most relevant",
  searchSortNewest: "Newest first",
  searchResults: "results",
  searchNoResults: "No articles found. Try other words, or fewer filters.",
  searchMore: "More results",
  searchLoading: "Searching…",
  searchFailed: "The search index could not be loaded.",
  searchTopic: "Topic",
  searchRemoveTopic: "Remove topic filter",
  searchYear: "Year",
  searchSource: "Source",
  allArticles: "All articles",
  recentArticles: "Recent articles",
  olderByYear: "Older articles: browse by year",
  olderArticles: "Older articles",
  authors: "Authors",
  allAuthors: "All authors",
  updated: "Updated",
  related: "Related articles",
  feed: "Follow",
  feedAtom: "Atom",
  feedJson: "JSON Feed",
  previousDay: "Previous day",
  nextDay: "Next day",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  previousYear: "Previous year",
  nextYear: "Next year",
  dateNav: "Neighbouring dates",
  topTags: "Most used topics",
  tagLetters: "Topics by letter",
  tagsUnder: "Topics starting with",
  calendar: "Publication calendar",
  calendarLegend: "Each cell is a day; the small number is its article count, and the darker the cell, the more articles. A day with articles links to its page.",
  calendarLess: "Fewer",
  calendarMore: "More",
  weekdaysShort: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
  weekdayNames: ENGLISH_WEEKDAYS,
  coverage: "Articles per month",
  coverageIntro: "One row per year, one column per month: an empty column is a month the archive has no articles for.",
  year: "Year",
  total: "Total",
  onThisDay: "On this day",
  onThisDayIntro: "Articles published on this day in every year, the most recent year first.",
  onThisDayIndexIntro: "Every day of the year with articles, with the number of articles and of years.",
  onThisDayAll: "All days",
  onThisDayYears: "years",
  cite: "Cite",
  citeIntro: "To cite this article:",
  citeAccessed: "(accessed …)",
  openData: "Open data",
  openDataIntro: "Everything the archive knows about its articles, as files for your own tools. The files are written again by every build.",
  openDataFiles: "Files",
  openDataFields: "The fields of an article",
  openDataField: "Field",
  openDataMeaning: "Meaning",
  dataJsonl: "One article per line (JSON Lines, UTF-8).",
  dataCsv: "The same fields, one article per row (CSV as in RFC 4180, UTF-8 with a BOM so spreadsheets read Vietnamese; tags separated by \"; \").",
  dataTags: "Topics: name, slug, article count, page URL (JSON).",
  dataSources: "Sources: name, slug, article count, page URL (JSON).",
  dataFields: [
    { name: "url", text: "The article's full URL in the archive." },
    { name: "title", text: "Headline." },
    { name: "date", text: "Publication time, ISO 8601 with the zone's offset (2021-12-08T17:50:00+07:00); null when undated." },
    { name: "updated", text: "Time of the latest revision, the same way; null when there is none." },
    { name: "source", text: "The outlet that first published it; null when unknown." },
    { name: "author", text: "The byline as written; null when there is none." },
    { name: "tags", text: "Topics (an array in JSON, separated by \"; \" in CSV)." },
    { name: "lead", text: "The first paragraph." },
    { name: "wordCount", text: "Words in the body." },
    { name: "file", text: "The raw text file, relative to the news folder." },
  ],
  termFields: [
    { name: "name", text: "Display name." },
    { name: "slug", text: "The page's URL segment." },
    { name: "count", text: "Number of articles." },
    { name: "url", text: "The page's full URL; null when that page kind is off." },
  ],
};

export function uiStrings(locale: UiLocale): UiStrings {
  return locale === "en" ? { ...EN } : { ...VI };
}

/** Labels of the calendars and the coverage chart (see core/calendar.ts). */
export function calendarLabels(locale: UiLocale): { labels: CalendarLabels; monthShort: (month: string) => string; monthCount: (year: string, month: string, count: number) => string } {
  const t = uiStrings(locale);
  if (locale === "en") {
    const count = (n: number) => `${n} ${n === 1 ? "article" : "articles"}`;
    return {
      labels: {
        month: (y, m) => `${englishMonthName(Number(m))} ${y}`,
        day: (y, m, d, weekday, n) => `${t.weekdayNames[weekday - 1]}, ${Number(d)} ${englishMonthName(Number(m))} ${y}: ${count(n)}`,
      },
      monthShort: (m) => englishMonthName(Number(m)).slice(0, 3),
      monthCount: (y, m, n) => `${englishMonthName(Number(m))} ${y}: ${count(n)}`,
    };
  }
  return {
    labels: {
      month: (y, m) => `Tháng ${Number(m)}, ${y}`,
      day: (y, m, d, weekday, n) => `${t.weekdayNames[weekday - 1]}, ${Number(d)} tháng ${Number(m)}, ${y}: ${n} bài`,
    },
    monthShort: (m) => `T${Number(m)}`,
    monthCount: (y, m, n) => `Tháng ${Number(m)}, ${y}: ${n} bài`,
  };
}

/** Labels of the on-this-day pages (see core/on-this-day.ts). */
export function onThisDayLabels(locale: UiLocale): OnThisDayLabels {
  const dates = dateLabels(locale);
  if (locale === "en") {
    return { dayOfYear: (m, d) => `${Number(d)} ${englishMonthName(Number(m))}`, day: dates.day, month: (m) => englishMonthName(Number(m)), title: EN.onThisDay };
  }
  return { dayOfYear: (m, d) => `Ngày ${Number(d)} ${vietnameseMonthName(Number(m))}`, day: dates.day, month: (m) => `Tháng ${Number(m)}`, title: VI.onThisDay };
}

export interface DateLabels {
  month: (year: string, month: string) => string;
  monthShort: (month: string) => string;
  day: (year: string, month: string, day: string) => string;
  undated: string;
  years: string;
  page: string;
  latest: string;
  recent: string;
  formatDate: (iso: string, zone: string, withTime: boolean) => string;
}

export function dateLabels(locale: UiLocale): DateLabels {
  let labels = labelsByLocale.get(locale);
  if (!labels) labelsByLocale.set(locale, (labels = makeDateLabels(locale)));
  return labels;
}
const labelsByLocale = new Map<UiLocale, DateLabels>();

function makeDateLabels(locale: UiLocale): DateLabels {
  const t = uiStrings(locale);
  if (locale === "en") {
    const name = (m: string) => englishMonthName(Number(m));
    return {
      month: (y, m) => `${name(m)} ${y}`,
      monthShort: name,
      day: (y, m, d) => `${Number(d)} ${name(m)} ${y}`,
      undated: t.undated,
      years: t.allYears,
      page: t.page,
      latest: t.allArticles,
      recent: t.recentArticles,
      formatDate: remembered((iso, zone, withTime) => formatEnglishDate(iso, zone, { withTime })),
    };
  }
  const name = (m: string) => vietnameseMonthName(Number(m));
  return {
    month: (y, m) => `${capitalise(name(m))}, ${y}`,
    monthShort: (m) => capitalise(name(m)),
    day: (y, m, d) => `Ngày ${Number(d)} ${name(m)}, ${y}`,
    undated: t.undated,
    years: t.allYears,
    page: t.page,
    latest: t.allArticles,
    recent: t.recentArticles,
    formatDate: remembered((iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime })),
  };
}

/** Every build formats the same dates again: keep the last few thousand answers (a date's text never changes). */
function remembered(format: DateLabels["formatDate"]): DateLabels["formatDate"] {
  const known = new Map<string, string>();
  return (iso, zone, withTime) => {
    const key = `${withTime ? 1 : 0}${zone} ${iso}`;
    let text = known.get(key);
    if (text === undefined) {
      if (known.size > 200_000) known.clear();
      text = format(iso, zone, withTime);
      known.set(key, text);
    }
    return text;
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
