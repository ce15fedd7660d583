/**
 * Default name lists for tag extraction. Users extend them through the
 * taxonomy and stop list in `_data/` (see the README); nothing here is needed
 * by the parser itself.
 */

/** Common Vietnamese family names: a capitalised run starting with one is a person's name. */
export const SURNAMES: readonly string[] = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
  "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Lưu", "Đinh", "Lương", "Thái",
  "Cao", "Châu", "Quách", "Tăng", "Triệu", "Kiều", "Khúc", "Lại", "Lục", "Mạc", "Nghiêm", "Ninh", "Nông", "Phí", "Quan",
  "Tống", "Từ", "Viên", "Hứa", "Khổng", "Lạc", "La", "Lã", "Âu", "Bạch", "Bế", "Cù", "Diệp", "Doãn", "Giáp", "Hàn",
  "Hầu", "Khương", "Nhữ", "Thạch", "Thân", "Thiều", "Tôn", "Ưng", "Chu", "Chử", "Đàm", "Đồng", "Lữ", "Mẫn",
  "Nguỵ", "Ngụy", "Tiêu", "Trình", "Vi", "Kim", "Giang", "Hoa", "Lường",
];

/** Words that stand before a name and are not part of it. */
export const PERSON_TITLES: readonly string[] = [
  "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "thầy", "ngài", "đồng chí",
  "hlv", "tiền đạo", "hậu vệ", "thủ môn", "tiền vệ", "cầu thủ", "danh thủ", "vận động viên", "vđv",
  "gs", "pgs", "ts", "ths", "bs", "ks", "ls", "nsnd", "nsưt", "nghệ sĩ",
  "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch", "tổng bí thư", "bí thư", "phó bí thư",
  "bộ trưởng", "thứ trưởng", "giám đốc", "phó giám đốc", "tổng giám đốc", "trưởng phòng", "trưởng ban",
  "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
  "đại úy", "thượng úy", "trung úy", "thiếu úy", "chủ nhiệm", "đại biểu", "luật sư", "bác sĩ", "nhà báo",
  "trung vệ", "thủ thành", "chân sút", "ngôi sao", "tay vợt", "võ sĩ", "tay đua", "golf thủ", "huấn luyện viên",
  "đội trưởng", "tỷ phú", "doanh nhân", "ca sĩ", "diễn viên", "người mẫu",
];

/** Provinces and cities, before and after the 2025 merger, and well-known cities. */
export const VIETNAM_PLACES: readonly string[] = [
  "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
  "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
  "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
  "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
  "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
  "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
  "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
  "Nha Trang", "Đà Lạt", "Vũng Tàu", "Hạ Long", "Hội An", "Phú Quốc", "Quy Nhơn", "Buôn Ma Thuột", "Biên Hòa",
  "Thủ Đức", "Sa Pa", "Côn Đảo", "Hoàng Sa", "Trường Sa", "Tây Nguyên", "Đồng bằng sông Cửu Long",
];

export const COUNTRIES: readonly string[] = [
  "Việt Nam", "Trung Quốc", "Mỹ", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Nga", "Pháp", "Tây Ban Nha",
  "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan", "Ukraine",
  "Thổ Nhĩ Kỳ", "Ấn Độ", "Pakistan", "Iran", "Iraq", "Israel", "Palestine", "Ả Rập Xê Út", "Qatar", "UAE", "Ai Cập",
  "Nam Phi", "Nigeria", "Brazil", "Argentina", "Mexico", "Canada", "Australia", "New Zealand", "Thái Lan", "Lào",
  "Campuchia", "Myanmar", "Malaysia", "Singapore", "Indonesia", "Philippines", "Brunei", "Đông Timor", "Đài Loan",
  "Hồng Kông", "Mông Cổ", "Cuba", "Venezuela", "Chile", "Colombia", "Croatia", "Serbia", "Hungary", "Hy Lạp",
  "Scotland", "Ireland", "Kuwait", "Oman", "Bahrain", "Jordan", "Syria", "Afghanistan", "Bangladesh", "Uzbekistan",
  "Kyrgyzstan", "Tajikistan", "Senegal", "Cameroon", "Ghana", "Maroc", "Algeria", "Tunisia", "Kenya", "Ethiopia", "Peru", "Uruguay", "Paraguay", "Ecuador", "Bolivia", "Áo", "Séc", "Slovakia", "Slovenia", "Romania", "Bulgaria", "Belarus", "Georgia", "Armenia", "Azerbaijan", "Wales", "Iceland", "Nepal", "Sri Lanka", "Liban", "Yemen", "Libya", "Sudan", "Jamaica", "Panama", "Costa Rica", "Kazakhstan", "Turkmenistan", "Italy", "Bắc Kinh", "Washington", "Tokyo", "Seoul",
  "Bình Nhưỡng", "Moskva", "London", "Paris", "Berlin", "Bangkok", "Viêng Chăn", "Phnom Penh", "Kuala Lumpur",
  "Jakarta", "Manila", "New Delhi", "Canberra", "Kiev", "Kyiv", "Thượng Hải", "Vũ Hán", "New York", "Dubai",
];

/**
 * Place names that are also common words or given names (`Anh` England / a
 * name, `Đức` Germany / a name): only taken after one of `AMBIGUOUS_CUES`.
 */
export const AMBIGUOUS_PLACES: readonly string[] = ["Anh", "Đức", "Ý", "Úc", "Nga", "Mỹ"];
export const AMBIGUOUS_CUES: readonly string[] = ["nước", "tuyển", "đội tuyển", "ĐT", "U23", "U22", "U19", "người", "Vương quốc", "tại", "ở", "sang", "giữa", "với"];

/** Heads of public bodies whose name continues with an administrative place. */
export const LOCAL_BODY_HEADS: readonly string[] = [
  "Công an", "UBND", "Ủy ban nhân dân", "HĐND", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Đảng ủy",
  "Tòa án nhân dân", "TAND", "Viện kiểm sát nhân dân", "VKSND", "Bộ Chỉ huy Quân sự", "Cục Thuế", "Cục Hải quan",
  "Kho bạc Nhà nước", "Liên đoàn Lao động",
  // Market surveillance, written with either case (`Cục quản lý thị trường Nam Định`).
  "Cục Quản lý thị trường", "Cục quản lý thị trường", "Chi cục Quản lý thị trường", "Chi cục quản lý thị trường", "Chi cục Thuế",
  "Bảo hiểm xã hội", "Mặt trận Tổ quốc", "Điện lực", "Sở Y tế", "Sở Giáo dục và Đào tạo",
  "Sở Tài chính", "Sở Công Thương", "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường",
  "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa và Thể thao",
  "Sở Du lịch", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
];
export const ADMIN_LEVELS: readonly string[] = ["tỉnh", "thành phố", "TP", "TP.", "Tp", "Tp.", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn"];

/** Heads of companies, banks, clubs: the name is the capitalised run after them. */
export const COMPANY_HEADS: readonly string[] = ["Công ty", "Tập đoàn", "Tổng công ty", "Ngân hàng", "Câu lạc bộ", "CLB", "Hãng", "Quỹ", "Trường", "Đại học", "Học viện", "Bệnh viện"];
/** Legal-form words between the head and the name (`Công ty CP Vinamilk`): dropped from the tag. */
export const COMPANY_FORMS: readonly string[] = ["cổ phần", "CP", "TNHH", "TMCP", "thương mại cổ phần", "MTV", "một thành viên", "bóng đá", "Đa khoa", "đa khoa"];

/** Years of the sexagenary cycle (`Đinh Dậu`, `Mậu Tuất`): dates, never tags. */
const STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
const BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];
export const LUNAR_YEARS: readonly string[] = Array.from({ length: 60 }, (_, i) => `${STEMS[i % 10]} ${BRANCHES[i % 12]}`);

/** Capitalised words and acronyms that are never topics on their own. */
export const DEFAULT_STOP_LIST: readonly string[] = [
  ...LUNAR_YEARS,
  // Abbreviations of roles, bodies and documents that name nothing by themselves (seen as tags on 10,000 articles of general news).
  "HĐXX", "CSĐT", "CQĐT", "CQCSĐT", "ĐBQH", "GTVT", "GD-ĐT", "GDĐT", "BKS", "LHP", "ĐTQG", "BVĐK", "PTNT", "VHTT", "LĐBĐ", "SVĐ", "VKS",
  "XSKT", "HĐBA", "BLHS", "BLDS", "NĐ-CP", "QĐ", "USS", "ĐKVĐ", "BLĐ", "TTXVN", "GĐ", "PGĐ", "TGĐ", "ĐH", "CĐ", "NXB", "KTS", "BCH", "BCĐ",
  "Hội nghị", "Thứ trưởng", "Bộ trưởng", "Nghị quyết", "Nghị định", "Chỉ thị", "Kết luận", "Quyết định", "Thông tư",
  "Luật", "Trung ương", "Nhà nước", "Đại hội", "Tổ quốc", "Ban Chấp hành", "Bộ Chính trị", "Thủ tướng", "Chủ tịch",
  "Tổng Bí thư", "Giám đốc", "Tổng giám đốc", "Phó", "Ông", "Bà", "Anh", "Chị", "Theo", "Tuy nhiên", "Ngoài ra",
  "CBCS", "CBCNV", "CB", "CNV", "HLV", "CĐV", "VĐV", "ĐT", "TP", "UBND", "HĐND", "TAND", "VKSND", "PV", "CTV", "BTV",
  "TS", "ThS", "GS", "PGS", "BS", "NSND", "NSƯT", "USD", "VND", "VNĐ", "EUR", "GMT", "UTC", "ICT", "TV", "MC", "CEO",
  "DN", "NĐT", "KH", "CP", "TNHH", "TMCP", "MTV", "QL", "ĐH", "THPT", "THCS", "CLB", "FC", "VN", "II", "III", "IV",
  "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "OK", "SMS", "ATM", "PC", "ID",
  "Dân trí",
  // Everywhere in a Vietnamese archive, so it tells a reader nothing.
  "Việt Nam",
  "HKQT", "CHKQT", "HĐQT", "ĐHĐCĐ", "ĐHCĐ", "SUV", "MPV", "CUV", "VĐQG", "BXH", "VCK", "HA", "HL", "BTC", "BQL", "THPT", "UBKT", "KCN", "KCX", "GTGT", "TNDN", "ĐBSCL",
  "Vòng chung kết", "Sir", "Online", "News", "Group", "Company", "Coffee", "Chicken", "Life", "Post", "Times", "Daily",
  "Sport", "Sports", "Club", "City", "United", "League", "Cup", "Super", "Ligue", "Hydrogen", "Smart", "Mobile", "Shop",
  "Store", "Mall", "Plus", "Pro", "Max", "Team", "Show", "Top", "Hot", "New", "Best", "Star", "Live", "Game", "Games",
];
