/**
 * UI strings of the generated pages, Vietnamese first, English complete.
 * Layouts read them as `newsArchive.t.<key>`; date text comes from core/format-date.
 */
import { englishMonthName, formatEnglishDate, formatVietnameseDate, vietnameseMonthName } from "./core/format-date.ts";
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
};

export function uiStrings(locale: UiLocale): UiStrings {
  return locale === "en" ? { ...EN } : { ...VI };
}

export interface DateLabels {
  month: (year: string, month: string) => string;
  monthShort: (month: string) => string;
  day: (year: string, month: string, day: string) => string;
  undated: string;
  years: string;
  page: string;
  latest: string;
  formatDate: (iso: string, zone: string, withTime: boolean) => string;
}

export function dateLabels(locale: UiLocale): DateLabels {
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
      formatDate: (iso, zone, withTime) => formatEnglishDate(iso, zone, { withTime }),
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
    formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
