/**
 * The built-in taxonomy: national bodies, international organisations,
 * places with several spellings, and recurring news topics. A project adds
 * or overrides entries in `_data/newsTaxonomy.json` (same shape).
 */
import { foldKey } from "../slug.ts";
import { KNOWN_NAMES } from "./known-names.ts";
import { AMBIGUOUS_PLACE_NAMES, PLACES } from "./places.ts";
import { TOPIC_LEXICON } from "./topic-lexicon.ts";
import type { TaxonomyEntry } from "./taxonomy.ts";

const org = (name: string, ...aliases: string[]): TaxonomyEntry => ({ name, aliases, kind: "organisation" });
const place = (name: string, ...aliases: string[]): TaxonomyEntry => ({ name, aliases, kind: "place" });
const topic = (name: string, ...aliases: string[]): TaxonomyEntry => ({ name, aliases, kind: "topic" });

const CORE_ENTRIES: readonly TaxonomyEntry[] = [
  // Forces and ministries (names before and after the 2025 reorganisation).
  org("Công an nhân dân", "CAND", "Công an Nhân dân"),
  org("Quân đội nhân dân", "QĐND", "Quân đội Nhân dân"),
  org("Bộ Công an", "BCA"),
  org("Bộ Quốc phòng", "BQP"),
  org("Bộ Y tế", "BYT"),
  org("Bộ Tài chính"),
  org("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT", "Bộ GD-ĐT", "Bộ GDĐT"),
  org("Bộ Công Thương", "Bộ Công thương"),
  org("Bộ Ngoại giao"),
  org("Bộ Nội vụ"),
  org("Bộ Tư pháp"),
  org("Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT", "Bộ KHĐT"),
  org("Bộ Giao thông vận tải", "Bộ GTVT"),
  org("Bộ Xây dựng"),
  org("Bộ Tài nguyên và Môi trường", "Bộ TN&MT", "Bộ TNMT"),
  org("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT", "Bộ NNPTNT"),
  org("Bộ Nông nghiệp và Môi trường"),
  org("Bộ Lao động - Thương binh và Xã hội", "Bộ LĐ-TB&XH", "Bộ LĐTBXH", "Bộ Lao động, Thương binh và Xã hội"),
  org("Bộ Văn hóa, Thể thao và Du lịch", "Bộ VH-TT&DL", "Bộ VHTTDL"),
  org("Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Bộ KHCN"),
  org("Bộ Thông tin và Truyền thông", "Bộ TT&TT", "Bộ TTTT"),
  org("Bộ Dân tộc và Tôn giáo"),
  org("Đảng ủy Công an Trung ương"),
  org("Quốc hội"),
  org("Ngân hàng Nhà nước", "NHNN", "Ngân hàng Nhà nước Việt Nam"),
  org("Kiểm toán Nhà nước"),
  org("Thanh tra Chính phủ"),
  org("Tòa án nhân dân tối cao", "TAND tối cao", "TANDTC"),
  org("Viện kiểm sát nhân dân tối cao", "VKSND tối cao", "VKSNDTC"),
  org("Ủy ban Chứng khoán Nhà nước", "UBCKNN"),
  org("Tổng cục Thống kê", "TCTK"),
  org("Mặt trận Tổ quốc Việt Nam"),
  org("Tổng Liên đoàn Lao động Việt Nam"),
  org("Liên đoàn Bóng đá Việt Nam", "VFF"),
  org("Công ty VPF", "VPF"),
  // International organisations.
  org("Liên hợp quốc", "LHQ", "Liên Hợp Quốc"),
  org("ASEAN", "Hiệp hội các quốc gia Đông Nam Á"),
  org("Tổ chức Y tế Thế giới", "WHO"),
  org("Quỹ Tiền tệ Quốc tế", "IMF"),
  org("Ngân hàng Thế giới", "World Bank", "WB"),
  org("Ngân hàng Phát triển châu Á", "ADB"),
  org("Liên minh châu Âu", "EU"),
  org("Cục Dự trữ Liên bang Mỹ", "Fed", "FED"),
  org("Tổ chức Thương mại Thế giới", "WTO"),
  org("OPEC"),
  org("NATO"),
  org("FIFA"),
  org("AFC", "Liên đoàn Bóng đá châu Á"),
  org("UEFA"),
  // Places with several spellings.
  place("TP.HCM", "TP Hồ Chí Minh", "TPHCM", "TP HCM", "HCM", "Tp.HCM", "Tp. Hồ Chí Minh", "TP. HCM", "TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Sài Gòn"),
  place("Hà Nội", "thủ đô Hà Nội", "Thủ đô Hà Nội"),
  place("Mỹ", "Hoa Kỳ", "nước Mỹ"),
  place("Anh", "Vương quốc Anh", "nước Anh"),
  place("Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"),
  place("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "BR-VT"),
  place("Úc", "Australia"),
  place("Nga", "Liên bang Nga"),
  place("Italia", "Italy", "nước Ý", "Ý"),
  // Recurring topics.
  topic("COVID-19", "Covid-19", "COVID", "Covid", "SARS-CoV-2", "nCoV", "virus corona", "Covid 19", "COVID 19"),
  topic("V-League", "V.League", "VLeague", "V-League 1", "V.League 1"),
  topic("SEA Games"),
  topic("AFF Cup", "AFF Suzuki Cup"),
  topic("World Cup"),
  topic("Ngoại hạng Anh", "Premier League", "giải Ngoại hạng Anh"),
  topic("Champions League", "Cúp C1", "cúp C1"),
  topic("La Liga"),
  topic("Serie A"),
  topic("Bundesliga"),
  topic("Chứng khoán", "thị trường chứng khoán", "sàn chứng khoán", "VN-Index", "VN30", "HoSE", "HOSE", "HNX", "UPCoM"),
  topic("Giá vàng", "vàng SJC", "giá vàng"),
  topic("Bất động sản", "thị trường bất động sản", "BĐS"),
  topic("Xăng dầu", "giá xăng", "giá xăng dầu"),
];

/**
 * Entries of `extra` join `base`: a name `base` has already gains the extra aliases; a new name is
 * added. Names that are also ordinary words or given names (`Đức`, `Pháp`, `Nhật`) match only by
 * their aliases (`CHLB Đức`); the bare name is left to the tagger's own rule for them (a country only
 * after a cue such as `nước`, `tại`, `đội tuyển`).
 */
function withPlaces(base: readonly TaxonomyEntry[], extra: readonly TaxonomyEntry[], ambiguous: ReadonlySet<string>): TaxonomyEntry[] {
  const out = base.map((e) => ({ ...e, aliases: [...(e.aliases ?? [])] }));
  const byKey = new Map(out.map((e) => [foldKey(e.name), e] as const));
  for (const e of extra) {
    const known = byKey.get(foldKey(e.name));
    if (known) {
      const have = new Set([known.name, ...known.aliases!]);
      for (const a of e.aliases ?? []) if (!have.has(a)) known.aliases!.push(a);
      continue;
    }
    // `Đức` alone may be a given name, but `CHLB Đức` and `nước Đức` are the country.
    const entry = { ...e, aliases: [...(e.aliases ?? [])], ...(ambiguous.has(e.name) ? { aliasesOnly: true } : {}) };
    if (entry.aliasesOnly && entry.aliases.length === 0) continue;
    out.push(entry);
    byKey.set(foldKey(e.name), entry);
  }
  return out;
}

/**
 * The built-in taxonomy: the entries above, the place gazetteer (`places.ts`), the topic lexicon
 * (`topic-lexicon.ts`) and well-known clubs, banks and people (`known-names.ts`).
 */
export const DEFAULT_TAXONOMY: readonly TaxonomyEntry[] = withPlaces(
  withPlaces(withPlaces(CORE_ENTRIES, PLACES, new Set(AMBIGUOUS_PLACE_NAMES)), TOPIC_LEXICON, new Set()),
  KNOWN_NAMES,
  new Set(),
);
